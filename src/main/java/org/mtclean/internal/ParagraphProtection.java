package org.mtclean.internal;

/**
 * Which chars of the paragraph being cleaned lie in protected spans ({@link ProtectedSpans}), for
 * {@link org.mtclean.RuleContext#isProtected}: answered from the token around a char while that
 * stays cheap, from a scan of the whole paragraph otherwise. Lives as long as its buffer; told
 * of every new text. Not thread-safe.
 */
final class ParagraphProtection {
  private char[] chars;
  private int length;
  private int[] marks;
  private ProtectedSpans spans; // made when first needed, for the current text
  private int codeOrMark; // whether the text may hold code or a marked run: 0 unknown, 1 yes, -1 no
  private long tokenLooks; // chars looked at since the text last changed
  private long charsLooked; // the same, and the scans of whole paragraphs, since this was made

  /** A new paragraph: {@code chars[0, length)} with its {@code marks} (see {@link Marks}). */
  void startParagraph(char[] chars, int length, int[] marks) {
    text(chars, length, marks);
    codeOrMark = 0;
  }

  /**
   * The text changed to {@code chars[0, length)}; {@code addedCodeOrMark} when an edit put in a
   * backtick or a {@code [}.
   */
  void textChanged(char[] chars, int length, int[] marks, boolean addedCodeOrMark) {
    text(chars, length, marks);
    if (codeOrMark < 0 && addedCodeOrMark) {
      codeOrMark = 1;
    }
  }

  private void text(char[] chars, int length, int[] marks) {
    this.chars = chars;
    this.length = length;
    this.marks = marks;
    spans = null;
    tokenLooks = 0;
  }

  /** Lets go of the text. */
  void release() {
    chars = null;
    marks = null;
    spans = null;
  }

  /** Chars that protection questions have cost so far, scans of whole paragraphs included: for tests. */
  long cost() {
    return charsLooked;
  }

  boolean contains(int index) {
    if (index < 0 || index >= length) {
      return false;
    }
    if (hasCodeOrMark()) {
      return spans().contains(index);
    }
    if (spans != null) {
      return spans.contains(index);
    }
    // Without backtick code or a marked run, only a token holding . : @ / (or , - after a digit)
    // can be protected: a look at the token answers most questions without scanning the paragraph.
    // Each look costs the length of its token, and a rule may ask about every char of one long
    // token (a,b,a,b,...): once the looks have cost the paragraph's length, the paragraph is
    // scanned once and every later question is a binary search, so that the cost stays linear.
    if (tokenLooks > length + 256) {
      return spans().contains(index);
    }
    long extent = ProtectedSpans.tokenExtent(chars, length, index);
    int tokenStart = (int) (extent >>> 32);
    int tokenEnd = (int) extent;
    tokenLooks += 2L * (tokenEnd - tokenStart) + 1;
    charsLooked += 2L * (tokenEnd - tokenStart) + 1;
    if (!ProtectedSpans.tokenMayBeProtected(chars, tokenStart, tokenEnd)) {
      return false;
    }
    return ProtectedSpans.tokenContains(chars, tokenStart, tokenEnd, index);
  }

  boolean intersects(int start, int end) {
    if (end <= start) {
      return start > 0 && contains(start - 1) && contains(start) && spans().intersects(start, end);
    }
    if (end - start > 64 || hasCodeOrMark()) {
      return spans().intersects(start, end);
    }
    for (int i = start; i < end; i++) {
      if (contains(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the paragraph may hold backtick code, an {@code [untranslated: ...]} mark or an
   * inline code (U+FFFC).
   */
  private boolean hasCodeOrMark() {
    if (codeOrMark == 0) {
      boolean found = false;
      int[] m = marks;
      for (int k = 0, i; !found && (i = m[k]) < length; k++) {
        found = chars[i] == '`' || chars[i] == '[' || chars[i] == ProtectedSpans.INLINE_CODE;
      }
      codeOrMark = found ? 1 : -1;
    }
    return codeOrMark > 0;
  }

  private ProtectedSpans spans() {
    if (spans == null) {
      spans = ProtectedSpans.of(chars, length);
      charsLooked += length;
    }
    return spans;
  }
}
