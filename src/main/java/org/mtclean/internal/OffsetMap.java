package org.mtclean.internal;

import java.util.Arrays;

/**
 * Maps char indices of a paragraph's current text back to its original text, across the edits of
 * successive rules. Sparse: one segment per edit, so an update costs O(segments + edits), not
 * O(text), and a lookup is a binary search.
 *
 * <p>Segment k starts at current index {@code cur[k]}. A linear segment maps {@code i} to
 * {@code orig[k] + (i - cur[k])}; a replaced segment (text put in by an edit) maps every index in
 * it to {@code orig[k]}.
 */
final class OffsetMap {
  private int[] cur = new int[8];
  private int[] orig = new int[8];
  private boolean[] linear = new boolean[8];
  private int size; // 0 while identity
  private int hint; // the segment of the last lookup
  // the arrays of the mapping before the last update, reused by the next one
  private int[] spareCur = new int[8];
  private int[] spareOrig = new int[8];
  private boolean[] spareLinear = new boolean[8];

  void reset() {
    size = 0;
  }

  int original(int index) {
    if (size == 0) {
      return index;
    }
    int k = segmentOf(index);
    return linear[k] ? orig[k] + (index - cur[k]) : orig[k];
  }

  /**
   * The segment holding {@code index}. Lookups mostly come in increasing order (the edits of a
   * commit, left to right), so the search gallops forward from the last answer: a paragraph with
   * many segments does not pay a full binary search per edit.
   */
  private int segmentOf(int index) {
    int k = Math.min(hint, size - 1);
    if (cur[k] > index) {
      k = Sorted.lastAtOrBefore(cur, 0, k, index);
    } else {
      int lo = k;
      int step = 1;
      int hi = k + 1;
      while (hi < size && cur[hi] <= index) {
        lo = hi;
        step <<= 1;
        hi = lo + step;
      }
      k = Sorted.lastAtOrBefore(cur, lo, Math.min(hi, size), index);
    }
    hint = k;
    return k;
  }

  /**
   * Records sorted, non-overlapping replacements {@code starts[i]..ends[i] -> lengths[i]} chars
   * applied to the current text.
   */
  void update(int[] starts, int[] ends, int[] lengths, int count) {
    int capacity = size + 2 * count + 2;
    if (spareCur.length < capacity) {
      int c = Math.max(capacity, spareCur.length * 2);
      spareCur = new int[c];
      spareOrig = new int[c];
      spareLinear = new boolean[c];
    }
    int[] nCur = spareCur;
    int[] nOrig = spareOrig;
    boolean[] nLinear = spareLinear;
    int n = 0;
    int shift = 0; // new index - old index, for text after the edits so far
    int prevEnd = 0; // old index where the unedited run starts
    for (int k = 0; k < count; k++) {
      // unedited run [prevEnd, starts[k]) keeps the old mapping, shifted
      n = copySegments(prevEnd, starts[k], shift, nCur, nOrig, nLinear, n);
      if (lengths[k] > 0) {
        nCur[n] = starts[k] + shift;
        nOrig[n] = original(starts[k]);
        nLinear[n] = false;
        n++;
      }
      shift += lengths[k] - (ends[k] - starts[k]);
      prevEnd = ends[k];
    }
    n = copySegments(prevEnd, Integer.MAX_VALUE, shift, nCur, nOrig, nLinear, n);
    spareCur = cur;
    spareOrig = orig;
    spareLinear = linear;
    cur = nCur;
    orig = nOrig;
    linear = nLinear;
    size = n;
  }

  /** Appends the old mapping of old indices {@code [from, to)} at {@code from + shift}. */
  private int copySegments(int from, int to, int shift, int[] nCur, int[] nOrig, boolean[] nLinear, int n) {
    if (from >= to) {
      return n;
    }
    if (size == 0) {
      nCur[n] = from + shift;
      nOrig[n] = from;
      nLinear[n] = true;
      return n + 1;
    }
    int k = segmentOf(from);
    // the part of segment k from 'from' on
    nCur[n] = from + shift;
    nOrig[n] = linear[k] ? orig[k] + (from - cur[k]) : orig[k];
    nLinear[n] = linear[k];
    n++;
    for (k++; k < size && cur[k] < to; k++) {
      nCur[n] = cur[k] + shift;
      nOrig[n] = orig[k];
      nLinear[n] = linear[k];
      n++;
    }
    return n;
  }

  @Override
  public String toString() {
    return "OffsetMap" + Arrays.toString(Arrays.copyOf(cur, size)) + Arrays.toString(Arrays.copyOf(orig, size));
  }
}
