package org.mtclean.rules;

import java.util.Arrays;
import java.util.List;

/**
 * A few words looked for among the words of a long text, without a String per word read: a word
 * of the text is skipped at once unless a looked-for word has its length and its first letter,
 * and is then found by its {@link String#hashCode} in an open-addressing table. Not thread-safe.
 */
final class WordLookup {
  private final String[] table;
  private final int[] index; // of table[i] in the list given
  private final int mask;
  private final long lengths; // bit L: a word of length L is looked for (L >= 63 shares bit 63)
  private final long firstChars; // bit c & 63 of each word's first char

  /** Looks for {@code words}, all different; {@link #indexOf} answers with their index in this list. */
  WordLookup(List<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
    table = new String[size];
    index = new int[size];
    mask = size - 1;
    long lens = 0;
    long firsts = 0;
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      lens |= 1L << Math.min(w.length(), 63);
      firsts |= w.isEmpty() ? 0 : 1L << (w.charAt(0) & 63);
      int i = spread(w.hashCode()) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = w;
      index[i] = k;
    }
    lengths = lens;
    firstChars = firsts;
  }

  /** The index of the word {@code s[from, to)} among the looked-for words, or -1. */
  int indexOf(char[] s, int from, int to) {
    if ((lengths & 1L << Math.min(to - from, 63)) == 0 || (firstChars & 1L << (s[from] & 63)) == 0) {
      return -1;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s[i];
    }
    for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
      String w = table[i];
      if (w.hashCode() == h && equals(w, s, from, to)) {
        return index[i];
      }
    }
    return -1;
  }

  private static boolean equals(String w, char[] s, int from, int to) {
    if (w.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s[i] != w.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "WordLookup" + Arrays.toString(table);
  }
}
