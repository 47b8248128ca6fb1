package org.mtclean;

import java.util.Arrays;
import java.util.Objects;

/**
 * A read-only list of char indices in increasing order, such as the marks and the word breaks of
 * a paragraph ({@link RuleContext#marks()}, {@link RuleContext#wordBreaks()}). Immutable: it
 * holds its own copy of the indices.
 */
public final class Indices {
  private static final Indices EMPTY = new Indices(new int[0]);

  private final int[] values;

  private Indices(int[] values) {
    this.values = values;
  }

  /**
   * A list of {@code indices}, copied.
   *
   * @throws IllegalArgumentException if an index is negative or not greater than the one before
   */
  public static Indices of(int... indices) {
    return of(indices, 0, indices.length);
  }

  /**
   * A list of {@code indices[from, to)}, copied.
   *
   * @throws IndexOutOfBoundsException if {@code [from, to)} is not a range of {@code indices}
   * @throws IllegalArgumentException if an index is negative or not greater than the one before
   */
  public static Indices of(int[] indices, int from, int to) {
    Objects.checkFromToIndex(from, to, indices.length);
    if (from == to) {
      return EMPTY;
    }
    int[] values = Arrays.copyOfRange(indices, from, to);
    int before = -1;
    for (int k = 0; k < values.length; k++) {
      if (values[k] <= before) {
        throw new IllegalArgumentException("index " + values[k] + " at " + k
            + (values[k] < 0 ? " is negative" : " is not greater than the one before, " + before));
      }
      before = values[k];
    }
    return new Indices(values);
  }

  /** The number of indices. */
  public int size() {
    return values.length;
  }

  /**
   * The {@code k}-th index, counted from 0.
   *
   * @throws IndexOutOfBoundsException if {@code k} is negative or not less than {@link #size()}
   */
  public int get(int k) {
    return values[Objects.checkIndex(k, values.length)];
  }

  /**
   * The position of the first index not less than {@code index}, or {@link #size()} when there
   * is none: where a walk that starts at {@code index} begins.
   */
  public int firstAtOrAfter(int index) {
    int k = Arrays.binarySearch(values, index);
    return k >= 0 ? k : -k - 1;
  }

  /** The indices, as a new array. */
  public int[] toArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indices other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
