package org.mtclean.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtclean.Edit;
import org.mtclean.RuleKind;

class DateSuggestionTest {
  private static List<Edit> found(String source, String target) {
    return BitextChecks.check(source, target);
  }

  @Test
  void theSourceGivesTheMonth() {
    List<Edit> f = found("7月26日，他宣布了决定。", "He announced the decision on the 26th.");
    assertEquals(1, f.size(), f::toString);
    Edit e = f.get(0);
    assertEquals(DateSuggestion.ID, e.ruleId());
    assertEquals(RuleKind.SUGGEST, e.kind());
    assertFalse(e.applied());
    assertEquals("on the 26th", e.original());
    assertEquals("on July 26", e.replacement());
    assertEquals("the source date is July 26: the target leaves out the month", e.message());
  }

  @Test
  void formsOfTheDay() {
    assertEquals("On July 26", found("7月26日，他宣布了决定。", "On the 26th, he announced it.").get(0).replacement());
    assertEquals("on July 26", found("7月26日，他宣布了决定。", "He spoke on 26th at noon.").get(0).replacement());
    assertEquals("July 26", found("7月26日，他宣布了决定。", "The 26th was the last day.").get(0).replacement());
    assertEquals("on November 3", found("2020年11月3日投票", "Voting took place on the 3rd in 2020.").get(0).replacement());
  }

  @Test
  void notWhenTheDayIsNoDateOrIsAmbiguous() {
    assertTrue(found("7月26日是建厂26周年。", "July 26 marks the 26th anniversary of the plant.").isEmpty());
    assertTrue(found("7月26日是建厂纪念日。", "It is the plant's day, on the 26th anniversary.").stream()
        .noneMatch(e -> e.ruleId().equals(DateSuggestion.ID)));
    // the month is in the target already
    assertTrue(found("7月25日和26日", "on July 25 and on the 26th").isEmpty());
    // two source dates with that day
    assertTrue(found("6月26日至7月26日", "from the 26th to the 26th").stream()
        .noneMatch(e -> e.ruleId().equals(DateSuggestion.ID)));
    // another number with that value
    assertTrue(found("7月26日，26名代表出席", "On the 26th, 26 delegates attended").stream()
        .noneMatch(e -> e.ruleId().equals(DateSuggestion.ID)));
    // of: the 26th of the month
    assertTrue(found("7月26日", "on the 26th of the month").stream()
        .noneMatch(e -> e.ruleId().equals(DateSuggestion.ID)));
    // a capitalized word after it: a name
    assertTrue(found("7月26日", "on the 26th Congress").stream()
        .noneMatch(e -> e.ruleId().equals(DateSuggestion.ID)));
  }

  @Test
  void withoutTheSuggestionADayIsReportedMissing() {
    List<Edit> f = BitextChecks.without(java.util.Set.of(DateSuggestion.ID))
        .findings("7月26日，他宣布了决定。", "He announced the decision on the 26th.");
    assertEquals(1, f.size(), f::toString);
    assertEquals(NumberCheck.ID, f.get(0).ruleId());
    assertEquals("source has 7月26日 (July 26); no such date in the target", f.get(0).message());
  }
}
