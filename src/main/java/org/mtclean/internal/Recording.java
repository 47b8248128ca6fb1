package org.mtclean.internal;

import org.mtclean.EditListener;

/**
 * How much of its edits a run keeps. Decided once per run from the listener the caller passes,
 * here and nowhere else: the command's plain runs and {@code cleanText} pass a counter, and
 * {@code clean(String)} an {@link EditList}, so that no run pays for records nobody reads.
 */
public enum Recording {
  /** One {@link org.mtclean.Edit} per edit, to any listener. */
  EDITS,
  /** Rows packed into an {@link EditList}: the edits of {@code clean(String)}, made into objects when read. */
  ROWS,
  /** A count per rule and applied flag ({@link EditCounter}): no positions, no records. */
  COUNTS,
  /** Counts, and the rules that only report are not run ({@link TextOnly}): the text is the product. */
  TEXT_ONLY;

  /** The recording that {@code listener} asks for by its type. */
  public static Recording of(EditListener listener) {
    if (listener instanceof TextOnly) {
      return TEXT_ONLY;
    }
    if (listener instanceof EditCounter) {
      return COUNTS;
    }
    return listener instanceof EditList ? ROWS : EDITS;
  }

  /** Whether only counts by rule are kept. */
  public boolean countsOnly() {
    return this == COUNTS || this == TEXT_ONLY;
  }
}
