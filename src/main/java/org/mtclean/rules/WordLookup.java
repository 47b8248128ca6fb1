package org.mtclean.rules;

import java.util.Arrays;
import java.util.Collection;

/**
 * A few words looked for among the words of a long text, without a String per word read: a word
 * of the text is skipped at once unless a looked-for word has its length and its first letter,
 * and is then found by its {@link String#hashCode} in an open-addressing table, which records
 * that it was seen. Not thread-safe.
 */
final class WordLookup {
  private final String[] table;
  private final boolean[] seen; // per slot of the table
  private final int mask;
  private final long lengths; // bit L: a word of length L is looked for (L >= 63 shares bit 63)
  private final long firstChars; // bit c & 63 of each word's first char

  /** Looks for {@code words} (repeats are fine). */
  WordLookup(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
    table = new String[size];
    seen = new boolean[size];
    mask = size - 1;
    long lens = 0;
    long firsts = 0;
    for (String w : words) {
      lens |= 1L << Math.min(w.length(), 63);
      firsts |= w.isEmpty() ? 0 : 1L << (w.charAt(0) & 63);
      int i = spread(w.hashCode()) & mask;
      while (table[i] != null && !table[i].equals(w)) {
        i = (i + 1) & mask;
      }
      table[i] = w;
    }
    lengths = lens;
    firstChars = firsts;
  }

  /** Records that the word {@code s[from, to)} occurs, when it is one looked for. */
  void see(char[] s, int from, int to) {
    if ((lengths & 1L << Math.min(to - from, 63)) == 0 || (firstChars & 1L << (s[from] & 63)) == 0) {
      return;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s[i];
    }
    int slot = slotOf(h, s, from, to);
    if (slot >= 0) {
      seen[slot] = true;
    }
  }

  /** Whether {@code word}, one of those looked for, was seen. */
  boolean seen(String word) {
    char[] w = word.toCharArray();
    int slot = slotOf(word.hashCode(), w, 0, w.length);
    return slot >= 0 && seen[slot];
  }

  private int slotOf(int hash, char[] s, int from, int to) {
    for (int i = spread(hash) & mask; table[i] != null; i = (i + 1) & mask) {
      String w = table[i];
      if (w.hashCode() == hash && equals(w, s, from, to)) {
        return i;
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
