package org.mtclean.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.mtclean.Edit;

/**
 * Applied and proposed edit counts per rule id, listed sorted by id. As an
 * {@link org.mtclean.internal.EditCounter} it lets the engine skip making edit objects when counts
 * are all that is wanted. Not thread-safe.
 */
final class EditCounts implements org.mtclean.internal.EditCounter {
  private final Map<String, long[]> byRule = new HashMap<>();

  void add(Edit e) {
    count(e.ruleId(), e.applied());
  }

  @Override
  public void count(String ruleId, boolean applied) {
    count(ruleId, applied, 1);
  }

  @Override
  public void count(String ruleId, boolean applied, long times) {
    long[] c = byRule.get(ruleId);
    if (c == null) {
      c = new long[2];
      byRule.put(ruleId, c);
    }
    c[applied ? 0 : 1] += times;
  }

  @Override
  public void onEdit(Edit e) {
    add(e);
  }

  /**
   * These counts as a listener for a run whose findings nobody reads: the engine may then skip
   * the rules that only report, and only applied edits are counted.
   */
  org.mtclean.internal.TextOnly textOnly() {
    return new org.mtclean.internal.TextOnly() {
      @Override
      public void count(String ruleId, boolean applied) {
        EditCounts.this.count(ruleId, applied, 1);
      }

      @Override
      public void count(String ruleId, boolean applied, long times) {
        EditCounts.this.count(ruleId, applied, times);
      }

      @Override
      public void onEdit(Edit e) {
        add(e);
      }
    };
  }

  void addAll(EditCounts other) {
    for (Map.Entry<String, long[]> en : other.byRule.entrySet()) {
      long[] c = byRule.get(en.getKey());
      if (c == null) {
        c = new long[2];
        byRule.put(en.getKey(), c);
      }
      c[0] += en.getValue()[0];
      c[1] += en.getValue()[1];
    }
  }

  /** rule id -> {applied, proposed}, sorted by id */
  Map<String, long[]> byRule() {
    return new TreeMap<>(byRule);
  }

  long applied() {
    return total(0);
  }

  long proposed() {
    return total(1);
  }

  private long total(int index) {
    long sum = 0;
    for (long[] c : byRule.values()) {
      sum += c[index];
    }
    return sum;
  }

  boolean isEmpty() {
    return byRule.isEmpty();
  }

  /** "rule 3, rule 1" for the applied (index 0) or proposed (index 1) counts. */
  String describe(int index) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, long[]> en : byRule().entrySet()) {
      long n = en.getValue()[index];
      if (n > 0) {
        b.append(b.length() == 0 ? "" : ", ").append(en.getKey()).append(' ').append(n);
      }
    }
    return b.toString();
  }
}
