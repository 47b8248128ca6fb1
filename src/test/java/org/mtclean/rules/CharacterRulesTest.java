package org.mtclean.rules;

import static org.mtclean.rules.RuleTesting.assertRule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.mtclean.Cleaner;
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

  /**
   * The engine runs chars.fullwidth on every paragraph that holds a char it converts, Chinese
   * punctuation around or not: the chars it declares (Wakes.onlyWith) answer for all of them.
   */
  @Test
  void everyCharTheFullWidthRuleConvertsWakesIt() {
    Cleaner alone = Cleaner.builder().disableAll().enable("chars.fullwidth").build();
    for (char c = 0xFF00; c < 0xFFF0; c++) {
      if (CharacterRules.FullWidth.convertible(c)) {
        for (String text : new String[] {"a" + c + "b", "\uFF0C" + c + "\uFF1F\u3002"}) {
          assertEquals(1, alone.clean(text).edits().size(), Integer.toHexString(c) + " in " + text);
        }
      }
    }
  }

  /** The same for chars.space and the spaces it makes plain, next to Chinese full stops or not. */
  @Test
  void everySpaceTheWideSpaceRuleConvertsWakesIt() {
    Cleaner alone = Cleaner.builder().disableAll().enable("chars.space").build();
    for (char c : "\u3000\u00A0\u2007\u202F".toCharArray()) {
      for (String text : new String[] {"a" + c + "b", "\u3002a" + c + "b\u3001"}) {
        assertEquals(1, alone.clean(text).edits().size(), Integer.toHexString(c) + " in " + text);
      }
    }
  }
}
