package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Options;

class SpelledNumberRulesTest {
  private static final Cleaner YEAR = Cleaner.builder().disableAll().enable("numbers.year").build();
  private static final Cleaner CARDINAL =
      Cleaner.builder().disableAll().enable("numbers.cardinal").build();
  private static final Cleaner BOTH =
      Cleaner.builder().disableAll().enable("numbers.year", "numbers.cardinal").build();

  private static String both(String s) {
    return BOTH.clean(s).text();
  }

  @Test
  void years() {
    assertEquals("in 2019 the", YEAR.clean("in two thousand and nineteen the").text());
    assertEquals("in 2019 the", YEAR.clean("in two thousand nineteen the").text());
    assertEquals("in 1997 and", YEAR.clean("in nineteen ninety-seven and").text());
    assertEquals("in 2021.", YEAR.clean("in twenty twenty-one.").text());
    assertEquals("in 2019.", YEAR.clean("in two zero one nine.").text());
    assertEquals("in 1956.", YEAR.clean("in nineteen hundred and fifty-six.").text());
    assertEquals("the 2018 budget", YEAR.clean("the two thousand and eighteen budget").text());
    assertEquals("2020 was hard. 2020 was hard.",
        YEAR.clean("Two thousand and twenty was hard. Two thousand and twenty was hard.").text());
    assertEquals("added two thousand and eighteen households",
        YEAR.clean("added two thousand and eighteen households").text());
  }

  @Test
  void yearOfCountIsACount() {
    assertEquals("added 2,018 households", both("added two thousand and eighteen households"));
    assertEquals("hired 2,018 people", both("hired two thousand and eighteen people"));
    assertEquals("built 2,000 square meters", both("built two thousand square meters"));
    assertEquals("paid RMB 2,005 each", both("paid RMB two thousand and five each"));
    assertEquals("rose 2,000 percent", both("rose two thousand percent"));
  }

  @Test
  void cardinals() {
    assertEquals("has 42 branches", both("has forty-two branches"));
    assertEquals("has 42 branches", both("has forty two branches"));
    assertEquals("has 605 staff", both("has six hundred and five staff"));
    assertEquals("has 605 staff", both("has six hundred five staff"));
    assertEquals("moved 30,000 tons", both("moved thirty thousand tons"));
    assertEquals("spent 3.5 million yuan", both("spent three point five million yuan"));
    assertEquals("spent 3,500 yuan", both("spent three point five thousand yuan"));
    assertEquals("ran 12.05 km", both("ran twelve point zero five km"));
    assertEquals("has 1,000,005 trees", both("has one million and five trees"));
    assertEquals("has 1,200,005 trees", both("has one million two hundred thousand and five trees"));
    assertEquals("has 2,500 trees", both("has twenty-five hundred trees"));
    assertEquals("has 60 million", both("has sixty million"));
    assertEquals("has 1.2 billion", both("has one billion two hundred million"));
  }

  @Test
  void ordinals() {
    assertEquals("the 12th meeting", both("the twelfth meeting"));
    assertEquals("the 19th Congress", both("the nineteenth Congress"));
    assertEquals("the 21st, 22nd, 23rd and 111th rounds",
        both("the twenty-first, twenty-second, twenty-third and one hundred and eleventh rounds"));
    assertEquals("the 101st day", both("the one hundred first day"));
  }

  @Test
  void percent() {
    assertEquals("rose 15 percent", both("rose fifteen percent"));
    assertEquals("rose 5 percent", both("rose five percent"));
    assertEquals("rose 5 per cent", both("rose five per cent"));
    Cleaner sign = Cleaner.builder().disableAll().enable("numbers.cardinal")
        .option("percent-style", "sign").build();
    assertEquals("rose 15% and 5%.", sign.clean("rose fifteen percent and five per cent.").text());
    assertEquals("Fifteen percent rose", sign.clean("Fifteen percent rose").text());
  }

  @Test
  void threshold() {
    Cleaner chicago = Cleaner.builder().disableAll().enable("numbers.cardinal")
        .option("number-threshold", "101").build();
    assertEquals("has ninety-nine and 101 and 605 trees",
        chicago.clean("has ninety-nine and one hundred one and six hundred and five trees").text());
    Cleaner low = Cleaner.builder().disableAll().enable("numbers.cardinal")
        .option(Options.NUMBER_THRESHOLD, 2).build();
    assertEquals("has 5 trees, one by one, one of them, second to none, at first",
        low.clean("has five trees, one by one, one of them, second to none, at first").text());
    assertThrows(IllegalArgumentException.class,
        () -> Cleaner.builder().option("percent-style", "bogus"));
  }

  @Test
  void leftAlone() {
    for (String s : new String[] {
        "five party branch secretaries", "\" Eight decisive battles \"", "the \"Twelve Tasks\" plan",
        "the “Twenty Measures” plan", "the Two Sessions", "the Five-Year Plan",
        "the Twentieth Party Congress", "Twenty branches met.", "It rained. Fifteen teams met.",
        "one by one", "one of them", "no one", "first of all", "at first", "second to none",
        "one another", "the first quarter", "a twenty second pause", "a twenty-second pause", "a number of", "ten-day trip",
        "a fifty-fifty split", "five twenty", "one two three", "a twelve point plan",
        "a hundred guests", "thousands of staff", "the 2019 twenty", "`twenty branches`",
        "twenty's"}) {
      assertEquals(s, both(s), s);
    }
  }

  @Test
  void threadSafe() throws Exception {
    String input = "has forty-two branches, six hundred and five staff and the twelfth plan in "
        + "two thousand and nineteen";
    String expected = both(input);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new java.util.ArrayList<>();
      for (int k = 0; k < 200; k++) {
        int n = 10 + k;
        results.add(pool.submit(() -> both(input) + "|" + both("has " + words(n) + " trees")));
      }
      for (int k = 0; k < results.size(); k++) {
        assertEquals(expected + "|has " + (10 + k) + " trees", results.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String words(int n) {
    return new com.ibm.icu.text.RuleBasedNumberFormat(com.ibm.icu.util.ULocale.ENGLISH,
        com.ibm.icu.text.RuleBasedNumberFormat.SPELLOUT).format(n);
  }

  @Test
  void rangesAreWrittenAlike() {
    assertEquals("walked 500 or 600 meters", both("walked five or six hundred meters"));
    assertEquals("walked 500 to 600 meters", both("walked five to six hundred meters"));
    assertEquals("between 3,000 and 4,000 people", both("between three and four thousand people"));
    assertEquals("fell by 1.2 or 1.3", both("fell by 1.2 or 1.3"));
    assertEquals("raised 2 million or 3 million yuan", both("raised two or three million yuan"));
    assertEquals("sold 500,000 or 600,000 units", both("sold five or six hundred thousand units"));
    assertEquals("took 25,000 or 30,000 steps", both("took twenty-five or thirty thousand steps"));
    assertEquals("took 90 or 100 minutes", both("took ninety or one hundred minutes"));
    assertEquals("rose 5 to 15 percent", both("rose five to fifteen percent"));
    assertEquals("took 10 or 20 days", both("took ten or twenty days"));
    for (String kept : List.of("took nine or ten days", "cracks of four or five centimeters",
        "Five or six hundred people came.", "the \"five or six hundred\" slogan",
        "grew from five to six hundred members", "five or six hundred and fifty seats")) {
      assertEquals(kept, both(kept));
    }
  }

  @Test
  void anUnclearRangeIsReported() {
    var r = CARDINAL.clean("Membership grew from five to six hundred.");
    assertEquals("Membership grew from five to six hundred.", r.text());
    assertEquals(1, r.edits().size());
    assertEquals(org.mtclean.RuleKind.REPORT, r.edits().get(0).kind());
    assertEquals("five to six hundred", r.edits().get(0).original());
    var s = CARDINAL.clean("It has five or six hundred and fifty seats.");
    assertEquals(1, s.edits().size());
    assertEquals(org.mtclean.RuleKind.REPORT, s.edits().get(0).kind());
  }

  @Test
  void datesUsedAsNamesAndHalvesStayWords() {
    assertEquals("the Double Eleven sales", both("the Double Eleven sales"));
    assertEquals("on double twelve", both("on double twelve"));
    assertEquals("for ten and a half months", both("for ten and a half months"));
    assertEquals("for 10 months and a half", both("for ten months and a half"));
  }
}
