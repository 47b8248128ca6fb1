package org.mtclean.rules.numbers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.mtclean.internal.Chars;
import org.mtclean.internal.WordFiles;

/**
 * What surrounds a number phrase in one paragraph: sentence starts, quoted spans, Title Case
 * names, compounds and the noun that follows. One instance per paragraph; not thread-safe.
 */
final class NumberContext {
  /** Words that end in s but are not plural nouns. */
  private static final Set<String> NOT_PLURAL = WordFiles.read("not-plurals");
  /** Modifiers looked through when deciding whether a plural noun follows. */
  private static final Set<String> MODIFIERS = WordFiles.read("count-modifiers");

  private final String s;
  private final Set<String> countNouns;
  private int[] quoted; // open, close pairs (indices of the quote chars)
  private int quotedSize = -1;

  /**
   * @param countNouns plural count nouns without a final s, and mass units that count like
   *     plurals, in lower case (the list {@code count-nouns}): looked up ignoring case, so that a
   *     capital never makes a word count (capitalizing cannot give the number rules more to do)
   */
  NumberContext(String text, Set<String> countNouns) {
    this.countNouns = countNouns;
    this.s = text;
  }

  /** Whether a sentence starts at {@code start}: paragraph or line start, or after . ! ? */
  boolean sentenceStart(int start) {
    int i = start;
    while (i > 0 && isSpaceOrOpener(s.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || s.charAt(i - 1) == '\n') {
      return true;
    }
    while (i > 0 && isCloser(s.charAt(i - 1))) {
      i--;
    }
    char c = i > 0 ? s.charAt(i - 1) : '.';
    return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }

  private static boolean isSpaceOrOpener(char c) {
    return c == ' ' || c == '\t' || c == '"' || c == '\u201C' || c == '\u2018' || c == '('
        || c == '[';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
  }

  /** Whether {@code [start, end)} lies inside a pair of double quotes of this paragraph. */
  boolean quoted(int start, int end) {
    if (quotedSize < 0) {
      findQuotes();
    }
    for (int k = 0; k < quotedSize; k += 2) {
      if (quoted[k] < start && end <= quoted[k + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Pairs straight quotes in order and curly quotes by nesting; a quote left open runs to the end
   * of its line, so that a number after a stray opening quote is treated as quoted.
   */
  private void findQuotes() {
    quoted = new int[8];
    quotedSize = 0;
    int straightOpen = -1;
    int[] curly = new int[8];
    int depth = 0;
    // the three quote chars in text order, each found by a (vectorized) indexOf
    int nextStraight = s.indexOf('"');
    int nextOpen = s.indexOf('\u201C');
    int nextClose = s.indexOf('\u201D');
    while (nextStraight >= 0 || nextOpen >= 0 || nextClose >= 0) {
      int i = first(nextStraight, first(nextOpen, nextClose));
      if (i == nextStraight) {
        if (straightOpen < 0) {
          straightOpen = i;
        } else {
          addQuoted(straightOpen, i);
          straightOpen = -1;
        }
        nextStraight = s.indexOf('"', i + 1);
      } else if (i == nextOpen) {
        if (depth == curly.length) {
          curly = Arrays.copyOf(curly, depth * 2);
        }
        curly[depth++] = i;
        nextOpen = s.indexOf('\u201C', i + 1);
      } else {
        if (depth > 0) {
          addQuoted(curly[--depth], i);
        }
        nextClose = s.indexOf('\u201D', i + 1);
      }
    }
    if (straightOpen >= 0) {
      addQuoted(straightOpen, lineEnd(straightOpen));
    }
    while (depth > 0) {
      int open = curly[--depth];
      addQuoted(open, lineEnd(open));
    }
  }

  /** The smaller of two indices, -1 standing for none. */
  private static int first(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private int lineEnd(int i) {
    int nl = s.indexOf('\n', i);
    return nl < 0 ? s.length() : nl;
  }

  private void addQuoted(int open, int close) {
    if (quotedSize + 2 > quoted.length) {
      quoted = Arrays.copyOf(quoted, quoted.length * 2);
    }
    quoted[quotedSize++] = open;
    quoted[quotedSize++] = close;
  }

  /**
   * Whether the phrase is glued to something that makes it part of a larger word or name: a
   * hyphen compound ({@code Five-Year}, {@code ten-day}), a possessive, a letter or digit, or
   * untranslated CJK text.
   */
  boolean glued(int start, int end) {
    int before = Chars.before(s, start);
    if (before == '-' || before == '/' || (before >= 0 && Chars.isWordChar(before))) {
      return true;
    }
    int after = Chars.at(s, end);
    if (after == '-' || after == '/' || (after >= 0 && Chars.isWordChar(after))) {
      return true;
    }
    if (cjkNear(start, -1) || cjkNear(end, 1)) {
      return true; // next to untranslated Chinese (ninety 年): not English context
    }
    return (after == '\'' || after == '\u2019') && Chars.isWordLetter(Chars.at(s, end + 1));
  }

  /** Whether a CJK letter is next to {@code index} in direction {@code dir}, across spaces. */
  private boolean cjkNear(int index, int dir) {
    int i = dir < 0 ? index - 1 : index;
    while (i >= 0 && i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i += dir;
    }
    if (i < 0 || i >= s.length()) {
      return false;
    }
    int cp = dir < 0 ? s.codePointBefore(i + 1) : s.codePointAt(i);
    return Chars.isCjkLetter(cp);
  }

  /** Start of the word after {@code end} when only spaces or tabs separate them, else -1. */
  int nextWord(int end) {
    int i = end;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    if (i == end || i >= s.length() || !Chars.isWordLetter(s.codePointAt(i))) {
      return -1;
    }
    return i;
  }

  /** End of the word (letters and inner hyphens) starting at {@code start}. */
  int wordEnd(int start) {
    int i = start;
    while (i < s.length()
        && (Chars.isWordLetter(s.charAt(i))
            || (s.charAt(i) == '-' && i + 1 < s.length() && Chars.isWordLetter(s.charAt(i + 1))))) {
      i++;
    }
    return i;
  }

  /** Whether a plural noun follows {@code end}, looking through a modifier such as square. */
  boolean pluralNounAfter(int end) {
    int w = nextWord(end);
    for (int step = 0; step < 2 && w >= 0; step++) {
      int we = wordEnd(w);
      String word = s.substring(w, we);
      if (isPlural(word)) {
        return true;
      }
      if (!MODIFIERS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
      w = nextWord(we);
    }
    return false;
  }

  private boolean isPlural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (countNouns.contains(lower)) {
      return true;
    }
    int n = lower.length();
    return n >= 3 && lower.charAt(n - 1) == 's' && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && !NOT_PLURAL.contains(lower);
  }

  /** Whether {@code percent} or {@code per cent} follows; returns the end of it, or -1. */
  int percentAfter(int end) {
    int w = nextWord(end);
    if (w < 0) {
      return -1;
    }
    int we = wordEnd(w);
    if (s.regionMatches(true, w, "percent", 0, 7) && we - w == 7) {
      return we;
    }
    if (s.regionMatches(true, w, "per", 0, 3) && we - w == 3) {
      int c = nextWord(we);
      if (c >= 0 && wordEnd(c) - c == 4 && s.regionMatches(true, c, "cent", 0, 4)) {
        return c + 4;
      }
    }
    return -1;
  }

  /** Whether the word after {@code end} starts with a capital letter. */
  boolean capitalizedAfter(int end) {
    int w = nextWord(end);
    return w >= 0 && Character.isUpperCase(s.codePointAt(w));
  }
}
