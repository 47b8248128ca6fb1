package org.mtclean.rules;

import org.mtclean.internal.Chars;

/**
 * Word boundaries shared by the repetition and run-on rules: a word is a run of letters and digits
 * (not East Asian ones) with ' ’ or - between two of them. Stateless and thread-safe.
 */
final class WordTokens {
  private WordTokens() {}

  /** End of the word starting at {@code i}: word characters, and ' ’ - between two of them. */
  static int tokenEnd(String s, int i) {
    int n = s.length();
    int k = i;
    while (k < n) {
      int cp = s.codePointAt(k);
      if (Chars.isWordChar(cp)) {
        k += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019' || cp == '-') && k > i && k + 1 < n
          && Chars.isWordChar(s.codePointAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char ch = 0; ch < 128; ch++) {
      ASCII_WORD[ch] = Chars.isWordChar(ch);
    }
  }

  /** {@link #tokenEnd(String, int)} on the first {@code n} chars of an array. */
  static int tokenEnd(char[] c, int n, int i) {
    int k = i;
    while (k < n) {
      char ch = c[k];
      if (ch < 0x80 && ASCII_WORD[ch]) {
        k++;
        continue;
      }
      if (ch >= 0x80 && ch < 0x2E80 && Character.isLetterOrDigit(ch)) {
        k++; // word characters are all in the BMP (Chars.isWordChar)
        continue;
      }
      if ((ch == '\'' || ch == '\u2019' || ch == '-') && k > i && k + 1 < n
          && Chars.isWordChar(c[k + 1])) {
        k++;
        continue;
      }
      break;
    }
    return k;
  }

  /** Whether {@code c} is a word char (word chars are all in the BMP). */
  static boolean isWordChar(char c) {
    return c < 0x80 ? ASCII_WORD[c] : Chars.isWordChar(c);
  }

  /**
   * Whether a word break {@code c} (not an ASCII letter) may still be part of a word: a digit, a
   * non-ASCII letter or digit, or ' ’ - between two word chars.
   */
  static boolean mayJoin(char c) {
    return c < 0x80 ? ASCII_JOIN[c] : c == '\u2019' || Chars.isWordChar(c);
  }

  private static final boolean[] ASCII_JOIN = new boolean[128];

  static {
    for (char ch = 0; ch < 128; ch++) {
      ASCII_JOIN[ch] = ch == '\'' || ch == '-' || (ch >= '0' && ch <= '9');
    }
  }

  /** {@link #tokenStart(String, int)} on a char array. */
  static int tokenStart(char[] c, int end) {
    int k = end;
    while (k > 0) {
      char ch = c[k - 1];
      if (isWordChar(ch)) {
        k--;
      } else if ((ch == '\'' || ch == '\u2019' || ch == '-') && k < end && k >= 2
          && isWordChar(c[k - 2])) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /** Start of the word that ends at {@code end} ({@code end} itself when none does). */
  static int tokenStart(String s, int end) {
    int k = end;
    while (k > 0) {
      int cp = s.codePointBefore(k);
      if (Chars.isWordChar(cp)) {
        k -= Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019' || cp == '-') && k < end && k >= 2
          && Chars.isWordChar(s.codePointBefore(k - 1))) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }
}
