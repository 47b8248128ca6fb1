package org.mtclean.rules;

import java.util.List;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;

/** Helpers for the repetition and leftover rule tests: run rules, pick out one rule's edits. */
final class RuleEditTesting {
  private RuleEditTesting() {}

  /** The edits of {@code ruleId} in {@code result}. */
  static List<Edit> editsOf(CleanResult result, String ruleId) {
    return result.edits().stream().filter(e -> e.ruleId().equals(ruleId)).toList();
  }

  /** Cleans {@code text} with only the given rules enabled. */
  static CleanResult only(String text, String... ruleIds) {
    return Cleaner.builder().disableAll().enable(ruleIds).build().clean(text);
  }
}
