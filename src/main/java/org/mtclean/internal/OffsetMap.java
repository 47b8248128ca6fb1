package org.mtclean.internal;

import java.util.Arrays;

/**
 * Maps char indices of a paragraph's current text back to its original text, across the edits of
 * successive rules. Sparse: one segment per edit, so an update costs O(segments + edits), not
 * O(text), and a lookup is a binary search.
 *
 * <p>Segment k starts at current index {@code cur[k]}. A linear segment maps {@code i} to
 * {@code orig[k] + (i - cur[k])}; a replaced segment (text put in by an edit) stands for the
 * original chars {@code [orig[k], origEnd[k])} as a whole. An edit of the current text thus maps
 * to the original chars it covers: its start to where the char at the start came from, its end to
 * just after where the char before the end came from, so that an edit next to text an earlier
 * edit deleted does not reach over it, and one inside text an earlier edit put in covers all of
 * that edit's original.
 */
final class OffsetMap {
  private int[] cur = new int[8];
  private int[] orig = new int[8];
  private int[] origEnd = new int[8]; // for a replaced segment
  private boolean[] linear = new boolean[8];
  private int size; // 0 while identity
  private int length; // of the current text
  private int hint; // the segment of the last lookup
  // the arrays of the mapping before the last update, reused by the next one
  private int[] spareCur = new int[8];
  private int[] spareOrig = new int[8];
  private boolean[] spareLinear = new boolean[8];
  private int[] spareOrigEnd = new int[8];

  /** Starts over with the identity on a text of {@code n} chars. */
  void reset(int n) {
    size = 0;
    length = n;
  }

  /** Where the edits at current index {@code index} start in the original. */
  int originalStart(int index) {
    if (size == 0) {
      return index;
    }
    if (index >= length) {
      return index == 0 ? 0 : originalEnd(index);
    }
    int k = segmentOf(index);
    return linear[k] ? orig[k] + (index - cur[k]) : orig[k];
  }

  /** Where an edit ending at current index {@code index} (exclusive) ends in the original. */
  int originalEnd(int index) {
    if (size == 0) {
      return index;
    }
    if (index <= 0) {
      return originalStart(0);
    }
    int k = segmentOf(index - 1);
    return linear[k] ? orig[k] + (index - cur[k]) : origEnd[k];
  }

  /** Original range {@code [start, end)} of the current range {@code [s, e)}, packed as {@code start << 32 | end}. */
  long original(int s, int e) {
    int start = originalStart(s);
    int end = e == s ? start : Math.max(start, originalEnd(e));
    return ((long) start << 32) | end;
  }

  /**
   * The current range that an edit of {@code [s, e)} must be reported on, packed as {@code start
   * << 32 | end}: {@code [s, e)} widened to whole pieces of text that earlier edits put in, since
   * such a piece has no original chars of its own to map a part of it to. An insertion strictly
   * inside such a piece widens to the piece too.
   */
  long widened(int s, int e) {
    if (size == 0) {
      return ((long) s << 32) | e;
    }
    int cs = s;
    int ce = e;
    if (s < length) {
      int k = segmentOf(s);
      if (!linear[k] && (e > s || s > cur[k])) {
        cs = cur[k];
        if (e == s) {
          ce = segmentEnd(k);
        }
      }
    }
    if (e > s) {
      int k = segmentOf(e - 1);
      if (!linear[k]) {
        ce = Math.max(ce, segmentEnd(k));
      }
    }
    return ((long) cs << 32) | ce;
  }

  private int segmentEnd(int k) {
    return k + 1 < size ? cur[k + 1] : length;
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
      spareOrigEnd = new int[c];
    }
    int[] nCur = spareCur;
    int[] nOrig = spareOrig;
    int[] nOrigEnd = spareOrigEnd;
    boolean[] nLinear = spareLinear;
    int n = 0;
    int shift = 0; // new index - old index, for text after the edits so far
    int prevEnd = 0; // old index where the unedited run starts
    for (int k = 0; k < count; k++) {
      // unedited run [prevEnd, starts[k]) keeps the old mapping, shifted
      n = copySegments(prevEnd, starts[k], shift, nCur, nOrig, nOrigEnd, nLinear, n);
      if (lengths[k] > 0) {
        long range = original(starts[k], ends[k]);
        nCur[n] = starts[k] + shift;
        nOrig[n] = (int) (range >>> 32);
        nOrigEnd[n] = (int) range;
        nLinear[n] = false;
        n++;
      }
      shift += lengths[k] - (ends[k] - starts[k]);
      prevEnd = ends[k];
    }
    n = copySegments(prevEnd, Integer.MAX_VALUE, shift, nCur, nOrig, nOrigEnd, nLinear, n);
    spareCur = cur;
    spareOrig = orig;
    spareOrigEnd = origEnd;
    spareLinear = linear;
    cur = nCur;
    orig = nOrig;
    origEnd = nOrigEnd;
    linear = nLinear;
    size = n;
    length += shift;
  }

  /** Appends the old mapping of old indices {@code [from, to)} at {@code from + shift}. */
  private int copySegments(int from, int to, int shift, int[] nCur, int[] nOrig, int[] nOrigEnd,
      boolean[] nLinear, int n) {
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
    nOrigEnd[n] = origEnd[k];
    nLinear[n] = linear[k];
    n++;
    for (k++; k < size && cur[k] < to; k++) {
      nCur[n] = cur[k] + shift;
      nOrig[n] = orig[k];
      nOrigEnd[n] = origEnd[k];
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
