package org.mtclean.rules;

import static org.mtclean.rules.RuleTesting.assertRule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterRulesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "２０２２|2022",
    "ＡＩ ｐｌａｎ|AI plan",
    "５０％|50%",
    "Ａ，Ｂ|A，B", // the comma is punct.cjk's, in context
    "\uFFE5500 per ton|\u00A5500 per ton",
    "\uFFE1３ and \uFFE010|\u00A33 and \u00A210",
    "\uFFE6\uFFE2\uFFE3\uFFE4|\u20A9\u00AC\u00AF\u00A6",
    "plain|plain",
  })
  void fullWidth(String in, String out) {
    assertRule("chars.fullwidth", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a\u3000b|a b",
    "a\u00A0\u00A0b|a  b",
    "a\u2007b\u202Fc|a b c",
  })
  void wideSpaces(String in, String out) {
    assertRule("chars.space", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a\u200Bb|ab",
    "a\u2060b\uFEFFc|abc",
    "a\u0000\u0001b|ab",
    "a\u0085b|ab",
    "tab\there|tab\there",
    "\uD83D\uDC68\u200D\uD83D\uDC69|\uD83D\uDC68\u200D\uD83D\uDC69",
  })
  void invisible(String in, String out) {
    assertRule("chars.invisible", in, out);
  }
}
