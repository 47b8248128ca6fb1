package org.mtclean.formats;

/** A run of a segment being built from a document: its kind, its text, and its file range. */
record Atom(Kind kind, String text, int start, int end) {
  enum Kind {
    /** chars copied as they are from the file (text null until the segment is built) */
    PLAIN,
    /** text that stands for the range: a reference, an escape, a line end with its indentation */
    TEXT,
    /** an inline code */
    CODE,
    /** a code of spaces and tabs, left out at the segment's ends */
    BLANK
  }
}
