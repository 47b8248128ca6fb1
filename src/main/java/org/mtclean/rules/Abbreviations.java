package org.mtclean.rules;

import java.util.Set;

/**
 * Abbreviations whose period is often inside a sentence, for {@link SentenceCaseRule}: after them
 * a lower-case word may well go on with the sentence ({@code Seattle, Wash. to Austin},
 * {@code Sen. Jones}, {@code a Ph.D. in law}). Stateless.
 */
final class Abbreviations {
  private Abbreviations() {}

  /**
   * The abbreviation that ends at the period at {@code dot}, or null: a word of {@code words} (the
   * list {@code abbreviations}), or a dotted one ({@code U.S.}, {@code Ph.D.}, {@code e.g.}, {@code a.m.}), or a lone letter
   * (an initial, or a list letter).
   */
  static String before(char[] s, int dot, Set<String> words) {
    int start = dot;
    int segments = 1;
    int longest = 0;
    int segmentEnd = dot;
    while (start > 0) {
      char c = s[start - 1];
      if (isAsciiLetter(c)) {
        start--;
      } else if (c == '.' && start < segmentEnd && start - 1 > 0 && isAsciiLetter(s[start - 2])) {
        longest = Math.max(longest, segmentEnd - start);
        segmentEnd = start - 1;
        segments++;
        start--;
      } else {
        break;
      }
    }
    longest = Math.max(longest, segmentEnd - start);
    if (start == dot || (start > 0 && Character.isLetterOrDigit(s[start - 1]))) {
      return null;
    }
    String word = new String(s, start, dot - start);
    if (segments > 1) {
      // U.S. Ph.D. e.g. W.Va.: letters of one or two with periods; not example.org
      return longest <= 2 ? word + "." : null;
    }
    return word.length() == 1 || words.contains(word) ? word + "." : null;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
