package org.mtclean.rules.numbers;

import org.mtclean.internal.Chars;

/**
 * Decides for {@code numbers.date} and {@code numbers.myriad} whether a number left with CJK
 * marks ({@code 2022年}, {@code 1月1日}, {@code 5万}) stands next to untranslated Chinese, when
 * the CJK letter before it is itself the mark of such a number: {@code 2022年 2022年 2022年} is a
 * chain, and every link is in English context when the chain is, that is when what comes before
 * its first number is not a CJK letter. Deciding the chain as a whole, as each link would once
 * its neighbour is converted, lets one pass of each rule convert all of it (a link per pass would
 * leave a long chain half done, and cost a pass per link).
 *
 * <p>Callers ask in increasing order of position and tell the verdict of each number they look
 * at ({@link #remember}); a walk back then stops at the last number remembered, so that a
 * paragraph costs one sweep. One instance per scan of a paragraph; not thread-safe.
 */
final class NumberChain {
  private final char[] s;
  private int knownEnd = -1; // end of the last number whose context was told
  private boolean knownEnglish;

  NumberChain(char[] s) {
    this.s = s;
  }

  /**
   * Whether untranslated Chinese comes right before {@code start} (across spaces and tabs): a CJK
   * letter that is not the mark of a number in a chain in English context.
   */
  boolean chineseBefore(int start) {
    int i = start;
    while (i > 0 && isSpace(s[i - 1])) {
      i--;
    }
    int cp = Chars.before(s, i);
    if (cp < 0 || !Chars.isCjkLetter(cp)) {
      return false;
    }
    if (!isMark(s[i - 1])) {
      return true;
    }
    // walk back over the chain: digits, number marks, spaces, up to its start or the last
    // number remembered
    int first = -1; // the leftmost non-space char of the chain
    int j = i;
    while (j > 0 && j != knownEnd) {
      char c = s[j - 1];
      if (isSpace(c)) {
        j--;
        continue;
      }
      if (!Chars.isAsciiDigit(c) && !isMark(c) && c != '.' && c != ',') {
        break;
      }
      first = --j;
    }
    if (j == knownEnd && j > 0) {
      return !knownEnglish;
    }
    if (first < 0 || !Chars.isAsciiDigit(s[first])) {
      return true; // a bare mark (中 年): Chinese
    }
    int before = Chars.before(s, j); // j is past the spaces before the chain
    return before >= 0 && Chars.isCjkLetter(before);
  }

  /** Tells the verdict for the number ending at {@code end}: whether it is in English context. */
  void remember(int end, boolean english) {
    knownEnd = end;
    knownEnglish = english;
  }

  private static boolean isMark(char c) {
    return c == '\u5E74' || c == '\u6708' || c == '\u65E5' || c == '\u53F7' || c == '\u4E07'
        || c == '\u4EBF' || c == '\u5143';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
