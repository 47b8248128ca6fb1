package org.mtclean.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mtclean.RuleKind;

/**
 * An edit found in a paragraph, with its range as char indices into the paragraph's original
 * text (lines joined by '\n'). Positions in the whole input are computed later, in one sweep.
 */
record PendingEdit(
    String ruleId,
    RuleKind kind,
    int start,
    int end,
    String original,
    String replacement,
    String message,
    boolean applied,
    int order) {

  /**
   * Sorts {@code edits} by start, then rule order (below {@code rules}), keeping the order of equal
   * ones: a sort of packed keys (start, order, index), cheaper than a comparator sort of objects.
   */
  static void sortByStartAndOrder(List<PendingEdit> edits, int rules) {
    int n = edits.size();
    if (n < 2) {
      return;
    }
    if (n >= 1 << 20 || rules >= 1 << 12) {
      edits.sort(Comparator.comparingInt(PendingEdit::start).thenComparingInt(PendingEdit::order));
      return;
    }
    long[] keys = new long[n];
    boolean sorted = true;
    for (int k = 0; k < n; k++) {
      PendingEdit e = edits.get(k);
      keys[k] = ((long) e.start() << 32) | ((long) e.order() << 20) | k;
      sorted &= k == 0 || keys[k - 1] <= keys[k];
    }
    if (sorted) {
      return;
    }
    Arrays.sort(keys);
    PendingEdit[] copy = edits.toArray(new PendingEdit[0]);
    for (int k = 0; k < n; k++) {
      edits.set(k, copy[(int) (keys[k] & 0xFFFFF)]);
    }
  }
}
