package org.mtclean.internal;

/**
 * Where paragraphs start in a stream of lines: after a blank line (or at the start), and, in a
 * paragraph longer than {@code pieceLines} lines, every {@code pieceLines} lines (see
 * {@link DocumentEngine#pieceLines}). The one place that decides it, for the engine that cleans
 * paragraphs and for the reader that cuts a stream into batches ({@link BatchedRun}). Not API.
 */
final class ParagraphCuts {
  /** A blank line: it belongs to no paragraph. */
  static final int BLANK = 0;
  /** The first line of a paragraph, or of a piece of a long one. */
  static final int FIRST = 1;
  /** A line that goes on with the paragraph of the line before. */
  static final int NEXT = 2;

  private int pieceLines;
  private boolean afterBlank;
  private int inPiece; // lines of the current paragraph, or piece of a long one
  private boolean ended;

  /** Starts over, at a paragraph start or at a blank line, cutting long paragraphs every {@code pieceLines} lines. */
  void reset(int pieceLines) {
    this.pieceLines = pieceLines;
    afterBlank = true;
    inPiece = 0;
    ended = false;
  }

  /** What the next line is: {@link #BLANK}, {@link #FIRST} or {@link #NEXT}. */
  int next(boolean blank) {
    boolean cut = !blank && !afterBlank && inPiece == pieceLines;
    ended = !afterBlank && (blank || cut);
    int kind;
    if (blank) {
      kind = BLANK;
    } else if (afterBlank || cut) {
      inPiece = 1;
      kind = FIRST;
    } else {
      inPiece++;
      kind = NEXT;
    }
    afterBlank = blank;
    return kind;
  }

  /** Whether the line last given ended the paragraph before it (it is blank, or starts a piece). */
  boolean endedParagraph() {
    return ended;
  }

  /** Whether the line {@code s[from, to)} is blank: spaces, zero-width and control chars only. */
  static boolean isBlank(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s[i];
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
      if (!Chars.isInlineSpace(c) && !Chars.isZeroWidth(c) && !control) {
        return false;
      }
    }
    return true;
  }
}
