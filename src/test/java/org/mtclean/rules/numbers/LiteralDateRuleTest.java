package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.RuleKind;

class LiteralDateRuleTest {
  private static final Cleaner ONLY = Cleaner.builder().disableAll().enable("numbers.date").build();

  private static String clean(String s) {
    return ONLY.clean(s).text();
  }

  @Test
  void wordAndDigitDates() {
    assertEquals("April 24 On the morning", clean("Four month Twenty-four On the morning"));
    assertEquals("on November 9 we met", clean("on Eleven month Nine day we met"));
    assertEquals("on November 9 we met", clean("on 11 month 9 day we met"));
    assertEquals("on November 9 we met", clean("on eleven month nine we met"));
    assertEquals("on November 9 we met", clean("on ELEVEN MONTH NINE DAY we met"));
    assertEquals("on December 31.", clean("on twelve month thirty-one."));
    assertEquals("by March 21 it", clean("by 3 month twenty one day it"));
  }

  @Test
  void inBeforeADayBecomesOn() {
    assertEquals("held on October 16, 2022, and", clean("held in 2022\u5E7410\u670816\u65E5, and"));
    assertEquals("On March 15, the firm met.", clean("In Three month Fifteen day, the firm met."));
    assertEquals("opened on November 9 and", clean("opened in 11 month 9 day and"));
    assertEquals("ON March 15 it", clean("IN 3\u670815\u65E5 it"));
    // a month and year, or a year, keep in; so do a glued word and a possessive
    assertEquals("closed in October 2022.", clean("closed in 2022\u5E7410\u6708."));
    assertEquals("in 2019.", clean("in 2019\u5E74."));
    assertEquals("within March 15 and", clean("within 3\u670815\u65E5 and"));
    assertEquals("built-in March 15 and", clean("built-in 3\u670815\u65E5 and"));
    assertEquals("in March 15's meeting", clean("in 3\u670815\u65E5's meeting"));
  }

  @Test
  void yearBeforeTheDate() {
    assertEquals("November 9, 2019 the firm",
        clean("Two thousand and nineteen year Eleven month Nine day the firm"));
    assertEquals("November 9, 2019 the firm", clean("2019 year 11 month 9 day the firm"));
    assertEquals("July 1, 1997 it", clean("nineteen ninety-seven year seven month one day it"));
    assertEquals("in November 2019 it", clean("in 2019 year 11 month it"));
    assertEquals("in November 2019.", clean("in two thousand and nineteen year eleven month."));
  }

  @Test
  void literalYearAfterAYear() {
    assertEquals("In 2023, output rose.", clean("In 2023 year, output rose."));
    assertEquals("the first quarter of 2020.", clean("the first quarter of 2020 year."));
    assertEquals("(in 2019)", clean("(in 2019 year)"));
    assertEquals("in 2019", clean("in 2019 year"));
    assertEquals("in 2019 , the", clean("in 2019 year , the")); // space.before-punct does the rest
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "a 2000 year old tree", "the 2019 year-end review", "the \u201C2023 Year\u201D campaign",
    "the \"2023 year\" slogan", "over 1500 year, then", "in 2019 years.", "in 2019 year the plan",
    "file 12019 year.", "see example.org/2019 year.", "IN 2019 YEAR, a name"
  })
  void literalYearKeeps(String text) {
    assertEquals(text, clean(text));
  }

  @Test
  void cjkDates() {
    assertEquals("on March 15, 2022 the", clean("on 2022年3月15日 the"));
    assertEquals("on March 15 the", clean("on 3月15日 the"));
    assertEquals("on March 15 the", clean("on 3月15号 the"));
    assertEquals("in 2019, the", clean("in 2019年, the"));
    assertEquals("in June 2023 the", clean("in 2023年6月 the"));
    assertEquals("on March 15, 2022 the", clean("on 2022 年 3 月 15 日 the"));
  }

  @Test
  void cjkDateInsideChineseTextStays() {
    assertEquals("会议于2019年11月9日召开", clean("会议于2019年11月9日召开"));
    assertEquals("the 2019年度 plan", clean("the 2019年度 plan"));
  }

  @Test
  void notDates() {
    for (String s : new String[] {
        "a three month pilot", "for 12 months", "3 month 20 percent", "every two month 5 visits",
        "2 month 30 day", "13 month 5 day", "Four month", "the month 5 report",
        "twenty three month 4 day", "four month-long talks", "a 3 month 5 day course"}) {
      assertEquals(s, clean(s), s);
    }
  }

  @Test
  void editsAreSafeAndExplained() {
    CleanResult r = ONLY.clean("Four month Twenty-four On");
    assertEquals(1, r.edits().size());
    assertEquals("numbers.date", r.edits().get(0).ruleId());
    assertEquals(RuleKind.SAFE, r.edits().get(0).kind());
    assertEquals("Four month Twenty-four", r.edits().get(0).original());
    assertTrue(r.edits().get(0).applied());
  }

  @Test
  void idempotent() {
    String once = clean("Four month Twenty-four and 2022年3月15日 and 11 month 9 day");
    assertEquals(once, clean(once));
  }
}
