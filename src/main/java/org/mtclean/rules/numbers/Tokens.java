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
  int[] start = new int[32];
  int[] end = new int[32];
  int[] type = new int[32];
  /** Packed {@link NumberWords} entry of a word, 0 when it is not a number word. */
  long[] entry = new long[32];
  /** Whether a word contains a hyphen (a compound such as {@code Five-Year}). */
  boolean[] compound = new boolean[32];

  private final char[] chars; // the text, for fast scanning

  private Tokens(String text) {
    this.text = text;
    this.chars = text.toCharArray();
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    char[] s = t.chars;
    int n = s.length;
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (NumberWords.isAsciiLetter(c)) {
        int j = i;
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
        t.add(i, j, WORD, hyphen < 0 ? NumberWords.lookup(s, i, j)
            : hyphens == 1 ? tensUnit(s, i, hyphen, j) : 0);
        t.compound[t.size - 1] = hyphen >= 0;
        i = j;
      } else if (c >= '0' && c <= '9') {
        int j = i;
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
        t.add(i, j, DIGITS, 0);
        i = j;
      } else {
        i++;
      }
    }
    return t;
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
    return c >= '0' && c <= '9';
  }

  private void add(int s, int e, int ty, long en) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      type = Arrays.copyOf(type, cap);
      entry = Arrays.copyOf(entry, cap);
      compound = Arrays.copyOf(compound, cap);
    }
    start[size] = s;
    end[size] = e;
    type[size] = ty;
    entry[size] = en;
    size++;
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
