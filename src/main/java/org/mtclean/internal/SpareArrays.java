package org.mtclean.internal;

/**
 * Char arrays of batches already written out, kept for the next batches (see {@link BatchedRun}):
 * a new array for each batch's text and cleaned text, a quarter megabyte each, cost a few percent
 * of a run's CPU time in allocation and zeroing alone. Holds a few arrays at most. Thread-safe.
 */
final class SpareArrays {
  private final char[][] arrays;
  private int size;

  /** Keeps up to {@code capacity} arrays. */
  SpareArrays(int capacity) {
    arrays = new char[capacity][];
  }

  /**
   * An array of at least {@code minLength} chars, whatever they hold: a spare one, or a new one
   * a little longer, so that it fits the next request of about the same length too.
   */
  char[] take(int minLength) {
    synchronized (this) {
      while (size > 0) {
        char[] a = arrays[--size];
        arrays[size] = null;
        if (a.length >= minLength) {
          return a;
        }
      }
    }
    return new char[minLength + (minLength >> 5)];
  }

  /** Keeps {@code array}, which its giver no longer uses, for a later {@link #take}. */
  synchronized void give(char[] array) {
    if (size < arrays.length) {
      arrays[size++] = array;
    }
  }
}
