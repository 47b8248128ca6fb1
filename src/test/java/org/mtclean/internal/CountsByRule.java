package org.mtclean.internal;

import java.util.Map;
import java.util.TreeMap;
import org.mtclean.Edit;

/** A counting listener for tests: edits by rule id, with {@code ?} after the id of those not applied. */
final class CountsByRule implements EditCounter {
  final Map<String, Integer> counts = new TreeMap<>();

  @Override
  public void count(String ruleId, boolean applied) {
    counts.merge(ruleId + (applied ? "" : "?"), 1, Integer::sum);
  }

  @Override
  public void onEdit(Edit e) {
    count(e.ruleId(), e.applied());
  }
}
