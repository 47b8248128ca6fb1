package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Rule;
import org.mtclean.TestSeeds;

/**
 * {@code quotes.padding} against {@link ReferenceQuoteRule}, the same rule written on boxed
 * lists: on random paragraphs full of straight and curly quotes, line breaks, inch marks, doubled
 * quotes, padding and protected chars, both must pair the straight quotes alike, make the same
 * calls to the context (edits and reports, with their messages, in the same order) and the same
 * edits in the engine. Fixed seed;
 * another with {@code -Dmtclean.seed=N}, or {@code random}.
 */
class QuoteRuleReferenceTest {
  private static final String[] WORDS = {
    "the", "plan", "Green", "Factory", "of", "Belt", "and", "Road", "said", "Eight", "Rules", "a",
    "to", "in", "Model", "X", "don\u2019t", "it\u2019s", "65", "5'10", "3.5", "80", "x", "\u00D7",
    "\u4E2D\u56FD", "\u00C9cole", "A&B", "co-op", "1p",
  };
  private static final String[] QUOTES = {
    "\"", "\"", "\"", "\"", "\u201C", "\u201D", "\u2018", "\u2019", "\u2019", "\"\"",
  };
  private static final String[] GLUE = {
    " ", " ", " ", " ", "", "", "  ", "\n", ", ", ". ", ",", ".", ";", ":", "!", "?", "(", ")", "-",
    "\u2013", "\u2014", "\t", "\u00A0", "\u3000", "[", "{", "...", " \n", "\n\n",
  };
  private static final String[] PROTECTED = {" http://example.com/a\"b ", " 10:30 ", " `x \" y` "};

  @Test
  void sameCallsToTheContextAsTheReference() {
    long seed = TestSeeds.seed("QuoteRuleReferenceTest.context");
    Random random = new Random(seed);
    Rule rule = new QuoteRule();
    Rule reference = new ReferenceQuoteRule();
    for (int round = 0; round < 30_000; round++) {
      String text = paragraph(random);
      boolean[] protectedChars = new boolean[text.length()];
      if (!text.isEmpty() && random.nextInt(4) == 0) {
        for (int k = random.nextInt(4); k > 0; k--) {
          protectedChars[random.nextInt(text.length())] = true;
        }
      }
      boolean exactPresence = random.nextBoolean();
      RecordingContext expected = new RecordingContext(text, protectedChars, exactPresence);
      reference.apply(expected);
      RecordingContext actual = new RecordingContext(text, protectedChars, exactPresence);
      rule.apply(actual);
      assertEquals(expected.calls, actual.calls, "round " + round + " on [" + escaped(text) + "]");
    }
  }

  @Test
  void sameEditsInTheEngineAsTheReference() {
    long seed = TestSeeds.seed("QuoteRuleReferenceTest.engine");
    Random random = new Random(seed);
    Cleaner rule = Cleaner.builder().disableAll().enable("quotes.padding").build();
    Cleaner reference = Cleaner.builder().disableAll().addRule(new ReferenceQuoteRule()).build();
    for (int round = 0; round < 3_000; round++) {
      StringBuilder document = new StringBuilder();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        document.append(paragraph(random));
        if (random.nextInt(3) == 0) {
          document.append(PROTECTED[random.nextInt(PROTECTED.length)]);
        }
      }
      String text = document.toString();
      CleanResult expected = reference.clean(text);
      CleanResult actual = rule.clean(text);
      String where = "round " + round + " on [" + escaped(text) + "]";
      assertEquals(expected.text(), actual.text(), where);
      assertEquals(withoutRuleIds(expected.edits()), withoutRuleIds(actual.edits()), where);
    }
  }

  @Test
  void sameStraightPairsAsTheReference() {
    long seed = TestSeeds.seed("QuoteRuleReferenceTest.pairing");
    Random random = new Random(seed);
    for (int round = 0; round < 30_000; round++) {
      String text = paragraph(random);
      char[] s = text.toCharArray();
      List<Integer> straight = new ArrayList<>();
      int[] quotes = new int[s.length];
      int[] lines = new int[s.length];
      int count = 0;
      int line = 0;
      for (int i = 0; i < s.length; i++) {
        if (s[i] == '\n') {
          line++;
        } else if (s[i] == '"') {
          straight.add(i);
          quotes[count] = i;
          lines[count++] = line;
        }
      }
      ReferenceQuotePlaces.Pairing expected = ReferenceQuotePlaces.pairStraight(s, s.length, straight);
      StraightQuotePairing actual = StraightQuotePairing.of(s, s.length, quotes, lines, count);
      String where = "round " + round + " on [" + escaped(text) + "]";
      List<String> expectedPairs = new ArrayList<>();
      for (int[] pair : expected.pairs) {
        expectedPairs.add(pair[0] + "-" + pair[1]);
      }
      List<String> actualPairs = new ArrayList<>();
      for (int k = 0; k < actual.pairs(); k++) {
        actualPairs.add(actual.open(k) + "-" + actual.close(k));
      }
      assertEquals(expectedPairs, actualPairs, where);
      List<String> actualUncertain = new ArrayList<>();
      List<String> actualReasons = new ArrayList<>();
      for (int u = 0; u < actual.uncertain(); u++) {
        actualUncertain.add(String.valueOf(actual.uncertainAt(u)));
        actualReasons.add(actual.reason(u));
      }
      assertEquals(expected.uncertainAt.stream().map(String::valueOf).toList(), actualUncertain, where);
      assertEquals(expected.reasons, actualReasons, where);
      assertEquals(expected.certain(), actual.certain(), where);
    }
  }

  /** A random paragraph: words, quotes and what glues them, with some well-formed quotations. */
  static String paragraph(Random random) {
    StringBuilder b = new StringBuilder();
    // the odds of a stray quote: high in half the paragraphs, low in the others, which then hold
    // mostly quotations that pair
    int strayQuotes = random.nextBoolean() ? 20 : 2;
    for (int items = random.nextInt(30); items > 0; items--) {
      int what = random.nextInt(100);
      if (what < 40) {
        b.append(WORDS[random.nextInt(WORDS.length)]);
      } else if (what < 40 + strayQuotes) {
        b.append(QUOTES[random.nextInt(QUOTES.length)]);
      } else if (what < 80) {
        b.append(GLUE[random.nextInt(GLUE.length)]);
      } else {
        quotation(random, b);
      }
    }
    return b.toString();
  }

  /** {@code the " Green Factory "award} and the like: a quotation, padded or not, maybe of mixed marks. */
  private static void quotation(Random random, StringBuilder b) {
    String open = random.nextInt(3) == 0 ? "\u201C" : "\"";
    String close = random.nextInt(4) == 0 ? (open.equals("\"") ? "\u201D" : "\"") : (open.equals("\"") ? "\"" : "\u201D");
    b.append(random.nextBoolean() ? " " : "").append(open).append(random.nextBoolean() ? " " : "");
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      b.append(WORDS[random.nextInt(WORDS.length)]);
      if (k > 1) {
        b.append(' ');
      }
    }
    b.append(random.nextBoolean() ? " " : "").append(close);
    b.append(random.nextInt(3) == 0 ? "" : GLUE[random.nextInt(GLUE.length)]);
  }

  private static List<String> withoutRuleIds(List<Edit> edits) {
    List<String> out = new ArrayList<>();
    for (Edit e : edits) {
      out.add(e.kind() + " " + e.start() + "-" + e.end() + " [" + e.original() + "] -> ["
          + e.replacement() + "] " + e.message() + (e.applied() ? " applied" : ""));
    }
    return out;
  }

  static String escaped(String text) {
    return text.replace("\n", "\\n").replace("\t", "\\t");
  }
}
