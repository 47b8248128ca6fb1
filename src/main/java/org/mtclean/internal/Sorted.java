package org.mtclean.internal;

/** Searches in sorted int arrays. Not API: may change without notice. */
public final class Sorted {
  private Sorted() {}

  /**
   * The last index {@code k} in {@code [0, size)} with {@code a[k] <= x}, for {@code a} sorted
   * ascending; 0 when there is none (callers put their first entry at or before every x).
   */
  public static int lastAtOrBefore(int[] a, int size, int x) {
    return lastAtOrBefore(a, 0, size, x);
  }

  /** {@link #lastAtOrBefore(int[], int, int)} within {@code [from, to)}; {@code from} when none. */
  public static int lastAtOrBefore(int[] a, int from, int to, int x) {
    int lo = from;
    int hi = to - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (a[mid] <= x) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
