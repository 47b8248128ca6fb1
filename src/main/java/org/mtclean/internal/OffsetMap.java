package org.mtclean.internal;

/**
 * Maps char indices of a paragraph's current text back to its original text, across the edits of
 * successive rules. Starts as the identity; each applied batch of edits rebuilds it in one pass.
 */
final class OffsetMap {
  private int[] toOriginal; // length = current length + 1; null while identity

  int original(int index) {
    return toOriginal == null ? index : toOriginal[index];
  }

  /**
   * Records that {@code oldText} became the new text through sorted, non-overlapping replacements
   * {@code starts[i]..ends[i] -> lengths[i]} chars.
   */
  void update(int oldLength, int newLength, int[] starts, int[] ends, int[] lengths, int count) {
    int[] next = new int[newLength + 1];
    int in = 0;
    int out = 0;
    for (int k = 0; k < count; k++) {
      while (in < starts[k]) {
        next[out++] = original(in++);
      }
      int mapped = original(starts[k]);
      for (int j = 0; j < lengths[k]; j++) {
        next[out++] = mapped;
      }
      in = ends[k];
    }
    while (in <= oldLength) {
      next[out++] = original(in++);
    }
    if (out != newLength + 1) {
      throw new IllegalStateException("offset map out of step: " + out + " != " + (newLength + 1));
    }
    toOriginal = next;
  }
}
