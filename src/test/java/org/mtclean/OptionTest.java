package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Parsing and checking of the three kinds of option, with the messages a user sees. */
class OptionTest {
  enum Style { WORD, SIGN_ONLY }

  private static final Option<Boolean> FLAG = Option.ofBoolean("flag", false, "a flag");
  private static final Option<Integer> COUNT = Option.ofInt("count", 3, 1, 9, "a count");
  private static final Option<Integer> ANY = Option.ofInt("any", 0, "any number");
  private static final Option<Integer> FROM = Option.ofInt("from", 5, 2, Integer.MAX_VALUE, "at least 2");
  private static final Option<Style> STYLE = Option.ofEnum("style", Style.class, Style.WORD, "a style");

  @Test
  void booleansTakeTheUsualWords() {
    for (String yes : new String[] {"true", "Yes", " on ", "1"}) {
      assertEquals(Boolean.TRUE, FLAG.parse(yes), yes);
    }
    for (String no : new String[] {"false", "NO", "off", "0"}) {
      assertEquals(Boolean.FALSE, FLAG.parse(no), no);
    }
    assertMessage("option flag: expected true or false, got 'maybe'", () -> FLAG.parse("maybe"));
    assertEquals(Boolean.TRUE, FLAG.cast(true));
  }

  @Test
  void wholeNumbersAreCheckedAgainstTheirRange() {
    assertEquals(7, COUNT.parse(" 7 "));
    assertEquals(-12, ANY.parse("-12"));
    assertMessage("option count: expected a whole number from 1 to 9, got '10'", () -> COUNT.parse("10"));
    assertMessage("option count: expected a whole number from 1 to 9, got 'x'", () -> COUNT.parse("x"));
    assertMessage("option from: expected a whole number from 2 up, got '1'", () -> FROM.parse("1"));
    assertMessage("option any: expected a whole number, got '1.5'", () -> ANY.parse("1.5"));
    assertEquals(9, COUNT.cast(9));
    assertMessage("option count: expected a whole number from 1 to 9, got '0'", () -> COUNT.cast(0));
    assertMessage("option count takes a Integer, not 2.0", () -> COUNT.cast(2.0));
    assertThrows(IllegalArgumentException.class, () -> Option.ofInt("bad", 0, 1, 2, "default out of range"));
  }

  @Test
  void enumsTakeTheirNamesInAnyCaseWithHyphens() {
    assertEquals(Style.SIGN_ONLY, STYLE.parse("sign-only"));
    assertEquals(Style.SIGN_ONLY, STYLE.parse("SIGN_ONLY"));
    assertEquals(Style.WORD, STYLE.parse("word"));
    assertMessage("option style: expected one of word, sign-only, got 'both'", () -> STYLE.parse("both"));
    assertEquals(Style.WORD, STYLE.cast(Style.WORD));
    assertMessage("option style takes a Style, not 3", () -> STYLE.cast(3));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
  }
}
