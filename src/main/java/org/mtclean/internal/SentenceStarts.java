package org.mtclean.internal;

/**
 * Where a sentence starts, as {@code case.sentence-start} sees one: after {@code . ! ?}, closing
 * quotes or brackets, at least one space or line break, and opening quotes or brackets; or at
 * the start of the paragraph. The rule adds its own conditions (a word before the mark, no
 * ellipsis, no abbreviation); the engine asks whether an edit capitalized only such letters.
 * Rules ask through {@link org.mtclean.RuleContext#sentenceStartAfter} and
 * {@link org.mtclean.RuleContext#isSentenceStart}. Not API.
 */
public final class SentenceStarts {
  private SentenceStarts() {}

  /** Whether {@code c} may end a sentence. */
  public static boolean isMark(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /** A closing quote or bracket, which may stand between a mark and the space after it. */
  public static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
  }

  /** An opening quote or bracket, which may stand before a sentence's first letter. */
  public static boolean isOpener(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[';
  }

  /** The index after the closing quotes and brackets from {@code from} on. */
  public static int skipClosers(char[] s, int n, int from) {
    int k = from;
    while (k < n && isCloser(s[k])) {
      k++;
    }
    return k;
  }

  /**
   * Where a sentence's first letter would be when spaces or line breaks (at least one) start at
   * {@code spaceStart}: past them and the opening quotes and brackets; -1 when there is no space
   * there or nothing after the spaces.
   */
  public static int firstLetter(char[] s, int n, int spaceStart) {
    int k = spaceStart;
    while (k < n && (s[k] == ' ' || s[k] == '\n')) {
      k++;
    }
    if (k == spaceStart || k >= n) {
      return -1;
    }
    while (k < n && isOpener(s[k])) {
      k++;
    }
    return k;
  }

  /**
   * Whether a sentence starts at {@code at}: the paragraph start, or the place
   * {@link #firstLetter} finds after a mark and its closers.
   */
  public static boolean startsAt(char[] s, int at) {
    int i = at;
    while (i > 0 && isOpener(s[i - 1])) {
      i--;
    }
    int spaces = i;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\n')) {
      i--;
    }
    if (i == 0) {
      return true;
    }
    if (i == spaces) {
      return false;
    }
    while (i > 0 && isCloser(s[i - 1])) {
      i--;
    }
    return i > 0 && isMark(s[i - 1]);
  }
}
