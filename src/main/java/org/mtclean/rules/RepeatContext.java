package org.mtclean.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtclean.internal.Chars;

/**
 * What surrounds a repeated word, read from the paragraph text: the token after it, the words
 * before it in its sentence, whether a sentence starts there. Used only at a candidate pair, so
 * the Strings it makes cost nothing on ordinary text. Stateless and thread-safe.
 */
final class RepeatContext {
  private RepeatContext() {}

  /** What follows a pair. */
  enum Next {
    /** End of the paragraph or line. */
    END,
    /** Punctuation that closes a phrase: {@code , . ; : ! ? ) ] ” —}. */
    CLOSE,
    /** A word (see {@link #nextWord}). */
    WORD,
    /** Anything else: an opening bracket or quote, a digit, a symbol, a possessive mark. */
    OTHER
  }

  /** The verdict on one pair: apply, keep without a word, or report with a reason. */
  static final class Verdict {
    static final Verdict SAFE = new Verdict(null);
    static final Verdict KEEP = new Verdict(null);

    final String reason;

    private Verdict(String reason) {
      this.reason = reason;
    }

    static Verdict report(String reason) {
      return new Verdict(reason);
    }
  }

  /** What follows {@code end}, across spaces and tabs. */
  static Next next(String s, int end) {
    int n = s.length();
    if (end < n && (s.charAt(end) == '\'' || s.charAt(end) == '\u2019')) {
      return Next.OTHER; // Venus' firm: a possessive, or a closing single quote
    }
    int i = skipSpaces(s, end);
    if (i >= n || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
      return Next.END;
    }
    char c = s.charAt(i);
    if (Chars.isWordLetter(s.codePointAt(i))) {
      return Next.WORD;
    }
    if (",.;:!?)]}\u201D\u2014\u2026\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F\uFF09\u3011".indexOf(c) >= 0) {
      return Next.CLOSE;
    }
    if (c == '"' && (i == end || i + 1 >= n || !Chars.isWordChar(s.codePointAt(i + 1)))) {
      return Next.CLOSE; // a straight quote glued to the word, or followed by no word, closes
    }
    return Next.OTHER;
  }

  /** The word after {@code end} (across spaces), lower case; call when {@link #next} is WORD. */
  static String nextWord(String s, int end) {
    int i = skipSpaces(s, end);
    return s.substring(i, WordTokens.tokenEnd(s, i)).toLowerCase(Locale.ROOT);
  }

  /** Whether the word after {@code end} starts with a capital letter. */
  static boolean nextCapitalized(String s, int end) {
    int i = skipSpaces(s, end);
    return i < s.length() && Character.isUpperCase(s.codePointAt(i));
  }

  /**
   * Up to {@code max} words before {@code start} in its sentence, nearest first, lower case. The
   * sentence ends at {@code . ! ? ;} or a line break.
   */
  static List<String> wordsBefore(String s, int start, int max) {
    List<String> words = new ArrayList<>(max);
    int i = start;
    while (words.size() < max && i > 0) {
      char c = s.charAt(i - 1);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\u3002') {
        break;
      }
      if (Chars.isWordChar(Chars.before(s, i))) {
        int from = WordTokens.tokenStart(s, i);
        words.add(s.substring(from, i).toLowerCase(Locale.ROOT));
        i = from;
      } else {
        i--;
      }
    }
    return words;
  }

  /** Whether the {@code count} words before {@code start} are separated by spaces only. */
  static boolean sameClause(String s, int start, int count) {
    int i = start;
    for (int k = 0; k < count; k++) {
      int j = i;
      while (j > 0 && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t')) {
        j--;
      }
      if (j == i || j == 0 || !Chars.isWordChar(Chars.before(s, j))) {
        return false;
      }
      i = WordTokens.tokenStart(s, j);
    }
    return true;
  }

  /** Whether the word right before {@code start}, with only spaces between, is capitalized. */
  static boolean capitalizedBefore(String s, int start) {
    int i = start;
    while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
      i--;
    }
    if (i == start || i == 0 || !Chars.isWordChar(Chars.before(s, i))) {
      return false;
    }
    return Character.isUpperCase(s.codePointAt(WordTokens.tokenStart(s, i)));
  }

  /** Whether a sentence starts at {@code start}: text or line start, or after . ! ? and closers. */
  static boolean sentenceStart(String s, int start) {
    int i = start;
    while (i > 0 && " \t\"\u201C\u2018([\u3010".indexOf(s.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i == 0 || s.charAt(i - 1) == '\n') {
      return true;
    }
    while (i > 0 && "\"\u201D\u2019)]\u3011".indexOf(s.charAt(i - 1)) >= 0) {
      i--;
    }
    char c = i > 0 ? s.charAt(i - 1) : '.';
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u3002' || c == '\uFF01'
        || c == '\uFF1F';
  }

  /** Whether the word {@code s[from, to)} has a letter and all its letters are capitals. */
  static boolean allCaps(String s, int from, int to) {
    boolean letter = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
