package org.mtclean.rules.numbers;

import java.util.Arrays;

/**
 * The words and digit runs of one paragraph. A word is a run of ASCII letters with inner hyphens
 * ({@code twenty-four}, {@code Five-Year}); a digit run is digits with inner {@code .} or
 * {@code ,} ({@code 1.5}, {@code 12,500}). Anything else separates tokens. One instance per call;
 * not thread-safe.
 */
final class Tokens {
  static final int WORD = 1;
  static final int DIGITS = 2;

  final String text;
  int size;
  int[] start;
  int[] end;
  byte[] type; // WORD or DIGITS
  /** Packed {@link NumberWords} entry of a word, 0 when it is not a number word. */
  long[] entry;
  /** Whether a word contains a hyphen (a compound such as {@code Five-Year}). */
  boolean[] compound;

  private final char[] chars; // the text, for fast scanning, from 0 to n
  private final int n;

  /** @param capacity the number of tokens expected */
  private Tokens(String text, char[] chars, int capacity) {
    this.text = text;
    this.chars = chars;
    this.n = text.length();
    start = new int[capacity];
    end = new int[capacity];
    type = new byte[capacity];
    entry = new long[capacity];
    compound = new boolean[capacity];
  }

  static Tokens of(String text) {
    return of(text, text.toCharArray());
  }

  /** The tokens of {@code text}, whose chars {@code chars} holds from 0 on (and is not changed while the tokens are in use). */
  static Tokens of(String text, char[] chars) {
    Tokens t = new Tokens(text, chars, Math.max(32, text.length() / 5)); // a token per 5 chars or fewer
    t.scan(0, t.n);
    return t;
  }

  /**
   * The tokens within {@code reach} tokens of each number word that could change with a threshold
   * of 10 or more (see {@link NumberScan#scan}: a lone unit word such as {@code one} stays a word)
   * and of each {@code month} and literal {@code year} of {@code text}, in order, and no others: for a long paragraph, where
   * most tokens are far from any number. Every index within {@code reach} of such a word sees the same tokens as in
   * {@link #of}, since a window starts and ends between tokens and holds at least {@code reach}
   * tokens on each side (or all there are); and two windows with tokens left out between them are
   * never {@link #adjacent}, just as the tokens around the left-out ones are not. The words are
   * given by their starts, in order, as {@link NumberScan#scan} told them: {@code hits[0, count)}.
   * {@code chars} as in {@link #of(String, char[])}.
   */
  static Tokens near(String text, char[] chars, int[] hits, int count, int reach) {
    Tokens t = new Tokens(text, chars, 32);
    Windows windows = t.new Windows(reach);
    for (int k = 0; k < count; k++) {
      windows.at(hits[k]);
    }
    windows.flush();
    return t;
  }

  /** Gathers the windows around the words that count, merging those that meet, and scans each. */
  private final class Windows {
    private final int reach;
    private int start = -1;
    private int end = -1;

    Windows(int reach) {
      this.reach = reach;
    }

    void at(int wordStart) {
      int ws = windowStart(chars, wordStart, reach);
      if (start >= 0 && ws > end) {
        flush();
      }
      if (start < 0) {
        start = ws;
      }
      end = Math.max(end, windowEnd(chars, n, wordStart, reach));
    }

    void flush() {
      if (start >= 0) {
        scan(start, end);
        start = -1;
      }
    }
  }

  /** Chars that can be inside a token: anything else ends one, and the scan is between tokens. */
  private static boolean isTokenChar(char c) {
    return NumberWords.isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ',';
  }

  /** Whether {@code s[from, to)} has a letter or digit, and so at least one token. */
  private static boolean hasToken(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (NumberWords.isAsciiLetter(s[i]) || (s[i] >= '0' && s[i] <= '9')) {
        return true;
      }
    }
    return false;
  }

  /** The start of the run of token chars {@code reach} runs with tokens before the one at {@code i}. */
  private static int windowStart(char[] s, int i, int reach) {
    while (i > 0 && isTokenChar(s[i - 1])) {
      i--;
    }
    for (int count = 0; count < reach && i > 0; ) {
      int j = i;
      while (j > 0 && !isTokenChar(s[j - 1])) {
        j--;
      }
      if (j == 0) {
        return 0;
      }
      int g = j;
      while (g > 0 && isTokenChar(s[g - 1])) {
        g--;
      }
      if (hasToken(s, g, j)) {
        count++;
      }
      i = g;
    }
    return i;
  }

  /** The end of the run of token chars {@code reach} runs with tokens after the one at {@code i}. */
  private static int windowEnd(char[] s, int n, int i, int reach) {
    while (i < n && isTokenChar(s[i])) {
      i++;
    }
    for (int count = 0; count < reach && i < n; ) {
      while (i < n && !isTokenChar(s[i])) {
        i++;
      }
      int g = i;
      while (g < n && isTokenChar(s[g])) {
        g++;
      }
      if (hasToken(s, i, g)) {
        count++;
      }
      i = g;
    }
    return i;
  }

  /** Adds the tokens of {@code chars[from, to)}; {@code from} is between tokens, {@code to} ends one or the text. */
  private void scan(int from, int to) {
    char[] s = chars;
    int i = from;
    while (i < to) {
      char c = s[i];
      if (NumberWords.isAsciiLetter(c)) {
        i = word(s, i);
      } else if (isDigit(c)) {
        i = digits(s, i);
      } else {
        i++;
      }
    }
  }

  /** Adds the word at {@code s[i]}, with its inner hyphens, and returns its end. */
  private int word(char[] s, int i) {
    int n = this.n;
    int j = i + 1;
    int hyphen = -1;
    int hyphens = 0;
    while (true) {
      while (j < n && NumberWords.isAsciiLetter(s[j])) {
        j++;
      }
      if (j + 1 < n && s[j] == '-' && NumberWords.isAsciiLetter(s[j + 1])) {
        if (hyphens++ == 0) {
          hyphen = j;
        }
        j++;
      } else {
        break;
      }
    }
    add(i, j, WORD, hyphen < 0 ? NumberWords.lookup(s, i, j)
        : hyphens == 1 ? tensUnit(s, i, hyphen, j) : 0, hyphen >= 0);
    return j;
  }

  /** Adds the digit run at {@code s[i]}, with its inner {@code .} and {@code ,}, and returns its end. */
  private int digits(char[] s, int i) {
    int n = this.n;
    int j = i + 1;
    while (true) {
      while (j < n && isDigit(s[j])) {
        j++;
      }
      if (j + 1 < n && (s[j] == '.' || s[j] == ',') && isDigit(s[j + 1])) {
        j++;
      } else {
        break;
      }
    }
    add(i, j, DIGITS, 0, false);
    return j;
  }

  /** {@code twenty-four} or {@code twenty-fourth}; 0 for any other hyphenated word. */
  private static long tensUnit(char[] s, int from, int hyphen, int to) {
    long tens = NumberWords.lookup(s, from, hyphen);
    long unit = NumberWords.lookup(s, hyphen + 1, to);
    if (NumberWords.kind(tens) == NumberWords.TENS && !NumberWords.ordinal(tens)
        && NumberWords.kind(unit) == NumberWords.UNIT) {
      return NumberWords.pack(NumberWords.TENS_UNIT,
          NumberWords.value(tens) + NumberWords.value(unit), NumberWords.ordinal(unit));
    }
    return 0;
  }

  private static boolean isDigit(char c) {
    return (char) (c - '0') < 10;
  }

  private void add(int s, int e, int ty, long en, boolean hyphenated) {
    if (size == start.length) {
      grow();
    }
    start[size] = s;
    end[size] = e;
    type[size] = (byte) ty;
    entry[size] = en;
    compound[size] = hyphenated;
    size++;
  }

  private void grow() {
    int cap = size * 2;
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    type = Arrays.copyOf(type, cap);
    entry = Arrays.copyOf(entry, cap);
    compound = Arrays.copyOf(compound, cap);
  }

  int kind(int k) {
    return k < size ? NumberWords.kind(entry[k]) : NumberWords.NONE;
  }

  boolean ordinal(int k) {
    return k < size && NumberWords.ordinal(entry[k]);
  }

  long value(int k) {
    return NumberWords.value(entry[k]);
  }

  /** Whether tokens {@code k} and {@code k + 1} exist and only spaces or tabs lie between them. */
  boolean adjacent(int k) {
    if (k < 0 || k + 1 >= size) {
      return false;
    }
    int from = end[k];
    int to = start[k + 1];
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} is the word {@code w} (lower case), in any case. */
  boolean is(int k, String w) {
    return k >= 0 && k < size && type[k] == WORD && end[k] - start[k] == w.length()
        && text.regionMatches(true, start[k], w, 0, w.length());
  }

  boolean isWord(int k) {
    return k >= 0 && k < size && type[k] == WORD;
  }

  /** Whether token {@code k} contains a hyphen (a compound such as {@code Five-Year}). */
  boolean hyphenated(int k) {
    return compound[k];
  }

  boolean capitalized(int k) {
    char c = chars[start[k]];
    return c >= 'A' && c <= 'Z';
  }

  String word(int k) {
    return text.substring(start[k], end[k]);
  }

  /** First token whose start is at or after {@code index}. */
  int tokenAtOrAfter(int index) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < index) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
