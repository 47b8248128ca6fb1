package org.mtclean.internal;

/** Searches in sorted int arrays. Not API: may change without notice. */
public final class Sorted {
  private Sorted() {}

  /**
   * The last index {@code k} in {@code [0, size)} with {@code a[k] <= x}, for {@code a} sorted
   * ascending; 0 when there is none (callers put their first entry at or before every x).
   */
  public static int lastAtOrBefore(int[] a, int size, int x) {
    int lo = 0;
    int hi = size - 1;
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
