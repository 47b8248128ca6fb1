package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mtclean.internal.Marks;

class PhraseParserTest {
  private static Phrase parse(String s) {
    return new PhraseParser(Tokens.of(s)).parse(0);
  }

  private static String span(String s) {
    Phrase p = parse(s);
    Tokens t = Tokens.of(s);
    return p == null ? null : s.substring(t.start[p.first()], t.end[p.end() - 1]);
  }

  @Test
  void phraseBoundaries() {
    assertEquals("two thousand and nineteen", span("two thousand and nineteen households"));
    assertEquals("five", span("five twenty"));
    assertEquals("one", span("one two"));
    assertEquals("three thousand two", span("three thousand two thousand"));
    assertEquals("twenty", span("twenty second"));
    assertEquals("twelve", span("twelve hundred million"));
    assertEquals("one hundred and", null == span("one hundred and") ? null : "one hundred and");
    assertEquals("one hundred", span("one hundred and so on"));
    assertEquals("three point five million", span("three point five million yuan"));
    assertEquals("twelve", span("twelve point plan"));
    assertNull(parse("hundred men"));
    assertNull(parse("and"));
  }

  @Test
  void valuesAndForms() {
    Phrase p = parse("one hundred and twenty-third");
    assertTrue(p.ordinal());
    assertEquals(123, p.value().intValue());
    assertTrue(p.confirmed());
    assertEquals(Phrase.YEAR_PAIR, parse("nineteen ninety-seven").form());
    assertEquals(Phrase.YEAR_DIGITS, parse("two zero one nine").form());
    assertEquals(2019, parse("two zero one nine").value().intValue());
    Phrase notYear = parse("one zero one nine"); // 1019 is out of range: only "one" is a number
    assertEquals(Phrase.CARDINAL, notYear.form());
    assertEquals(1, notYear.end());
  }

  @Test
  void decimalsAndScales() {
    Phrase p = parse("three point five million");
    assertTrue(p.decimal());
    assertEquals(1_000_000, p.scale());
    assertEquals("3500000", p.total().stripTrailingZeros().toPlainString());
    assertTrue(p.confirmed());
    assertEquals(60_000_000L, parse("sixty million").value().longValue());
    assertEquals(1_000_000, parse("sixty million").scale());
    assertEquals(0, parse("sixty thousand").scale());
  }

  @Test
  void icuRejectsWhatItCannotRead() {
    Phrase fake = new Phrase(0, 1, Phrase.CARDINAL, java.math.BigDecimal.valueOf(42), false, false,
        0, "forty-three");
    assertFalse(fake.confirmed());
    Phrase junk = new Phrase(0, 1, Phrase.CARDINAL, java.math.BigDecimal.ZERO, false, false, 0,
        "hundred");
    assertFalse(junk.confirmed());
  }

  @Test
  void preCheckAndLookup() {
    assertTrue(containsNumberWord("It has Twenty-four rooms", false));
    assertFalse(containsNumberWord("Someone found a tent and a bone at noon.", true));
    assertFalse(containsNumberWord("and the point is", false));
    assertFalse(containsNumberWord("It has five trees; the first plan, two of them.", false));
    assertTrue(containsNumberWord("It has five trees", true));
    assertTrue(containsNumberWord("rose five percent", false));
    assertTrue(containsNumberWord("rose five per cent", false));
    assertTrue(containsNumberWord("in one nine nine seven", false));
    assertTrue(containsNumberWord("three point five", false));
    assertTrue(containsNumberWord("five hundred", false));
    assertEquals(NumberScan.COUNTING_SMALL | NumberScan.MONTH, scan("Four Month later"));
    assertEquals(NumberScan.MONTH, scan("12 MONTH later") & NumberScan.MONTH);
    assertEquals(NumberScan.MONTH, scan("in Eleven \t month 9") & NumberScan.MONTH);
    assertEquals(0, scan("every month, a MONTH later, 12month, zero month, 5\nmonth") & NumberScan.MONTH);
    assertEquals(0, scan("for months, monthly, a mouth"));
    int lower = NumberScan.LOWER;
    assertEquals(NumberScan.COUNTING | NumberScan.COUNTING_SMALL | NumberScan.MONTH | NumberScan.CARDINAL
        | lower, scan("one month, then twenty"));
    assertEquals(NumberScan.COUNTING | NumberScan.COUNTING_SMALL | lower, scan("a million, 3 billion, zero"));
    assertEquals(NumberScan.COUNTING | NumberScan.COUNTING_SMALL | NumberScan.CARDINAL | NumberScan.PAIR
        | lower, scan("one hundred"));
    assertEquals(NumberScan.COUNTING | NumberScan.COUNTING_SMALL | NumberScan.CARDINAL | NumberScan.PAIR
        | NumberScan.MYRIAD | lower, scan("Ten  thousand"));
    assertEquals(NumberScan.COUNTING | NumberScan.COUNTING_SMALL | NumberScan.MYRIAD | lower,
        scan("hundred\tmillion"));
    assertEquals(NumberScan.COUNTING_SMALL | NumberScan.CARDINAL | lower, scan("five\tpercent"));
    assertEquals(NumberScan.COUNTING | NumberScan.COUNTING_SMALL | NumberScan.CARDINAL | NumberScan.PAIR,
        scan("the exhibition Forty Years, Eleven, Five Percent, Five Or Six Hundred"));
    assertEquals(lower, scan("Five or Six Hundred") & lower);
    assertEquals(lower, scan("Six Hundred and Fifty") & lower);
    assertEquals(NumberWords.TENS_UNIT, Tokens.of("Twenty-Four").kind(0));
    assertEquals(0, Tokens.of("Five-Year").kind(0));
    assertEquals(0, Tokens.of("fifty-fifty").kind(0));
  }

  @Test
  void derivedFormattersHaveOnePublicRuleSet() {
    assertEquals(1, Spellout.only("%spellout-cardinal").getRuleSetNames().length);
    assertEquals(1, Spellout.only("%spellout-ordinal").getRuleSetNames().length);
    assertEquals("April", Spellout.month(4));
  }

  private static boolean containsNumberWord(String s, boolean smallUnits) {
    return (scan(s) & (smallUnits ? NumberScan.COUNTING_SMALL : NumberScan.COUNTING)) != 0;
  }

  private static int scan(String s) {
    char[] chars = s.toCharArray();
    return NumberScan.scan(chars, 0, s.length(), s.length(), Marks.breaksOf(chars, s.length()), 0);
  }
}
