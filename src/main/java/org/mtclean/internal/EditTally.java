package org.mtclean.internal;

import java.util.Arrays;

/**
 * The rule id and applied flag of each edit of a paragraph, in the order found: all a counting
 * listener needs, kept instead of edit records. Not thread-safe.
 */
final class EditTally {
  private String[] ruleIds = new String[16];
  private boolean[] applied = new boolean[16];
  private int size;

  void clear() {
    size = 0;
  }

  void add(String ruleId, boolean isApplied) {
    if (size == ruleIds.length) {
      ruleIds = Arrays.copyOf(ruleIds, size * 2);
      applied = Arrays.copyOf(applied, size * 2);
    }
    ruleIds[size] = ruleId;
    applied[size++] = isApplied;
  }

  /** Tells {@code counter} of each edit kept. */
  void reportTo(EditCounter counter) {
    for (int k = 0; k < size; k++) {
      counter.count(ruleIds[k], applied[k]);
    }
  }
}
