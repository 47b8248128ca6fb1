package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.mtclean.CleanResult;
import org.mtclean.Cleaner;

/** Runs one rule alone. */
final class RuleTesting {
  private RuleTesting() {}

  static CleanResult only(String ruleId, String input) {
    return Cleaner.builder().disableAll().enable(ruleId).build().clean(input);
  }

  /** Checks the rule's output and that the rule leaves its own output alone. */
  static void assertRule(String ruleId, String input, String expected) {
    CleanResult r = only(ruleId, input);
    assertEquals(expected, r.text(), () -> ruleId + " on [" + input + "]: " + r.edits());
    assertEquals(expected, only(ruleId, expected).text(), () -> ruleId + " not idempotent on " + expected);
  }
}
