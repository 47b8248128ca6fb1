package org.mtclean.rules.numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed English number-word vocabulary (cardinals, ordinals, scales, {@code and},
 * {@code point}) in a case-insensitive trie over ASCII letters, so that a word is looked up
 * without allocating. Immutable after class initialisation; thread-safe.
 */
final class NumberWords {
  // kinds
  static final int NONE = 0;
  static final int ZERO = 1;
  static final int UNIT = 2; // 1-9
  static final int TEEN = 3; // 10-19
  static final int TENS = 4; // 20-90
  static final int TENS_UNIT = 5; // twenty-four (hyphenated); built by Tokens, not in the trie
  static final int SCALE = 6; // hundred, thousand, million, billion, trillion
  static final int AND = 7;
  static final int POINT = 8;

  private static final String[] CARDINALS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"
  };
  private static final String[] ORDINALS = {
    null, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth"
  };
  private static final String[] TENS_WORDS = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] TENS_ORDINALS = {
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
    "ninetieth"
  };
  private static final String[] SCALES = {"hundred", "thousand", "million", "billion", "trillion"};
  private static final long[] SCALE_VALUES = {100L, 1_000L, 1_000_000L, 1_000_000_000L,
    1_000_000_000_000L};

  // trie: node * 26 + letter -> child node (0 = none); payload per node
  private static int[] next = new int[26 * 256];
  private static long[] payload = new long[256];
  private static int nodes = 1;
  /**
   * At {@code (first letter & 31) << 4 | length}: bit {@code c & 31} set when a word of the
   * vocabulary has that first letter, that length and second letter {@code c}, so that most words
   * are turned away before the trie. All the words have 3 to 15 letters.
   */
  private static final int[] SECOND_LETTERS = new int[32 << 4];

  static {
    for (int v = 0; v < CARDINALS.length; v++) {
      put(CARDINALS[v], v == 0 ? ZERO : v < 10 ? UNIT : TEEN, v, false);
      if (ORDINALS[v] != null) {
        put(ORDINALS[v], v < 10 ? UNIT : TEEN, v, true);
      }
    }
    for (int k = 0; k < TENS_WORDS.length; k++) {
      put(TENS_WORDS[k], TENS, 20 + 10 * k, false);
      put(TENS_ORDINALS[k], TENS, 20 + 10 * k, true);
    }
    for (int k = 0; k < SCALES.length; k++) {
      put(SCALES[k], SCALE, SCALE_VALUES[k], false);
      put(SCALES[k] + "th", SCALE, SCALE_VALUES[k], true);
    }
    put("and", AND, 0, false);
    put("point", POINT, 0, false);
  }

  /** The words of the kinds that count for {@link NumberScan}: all but {@code and} and {@code point}. */
  static List<String> countingWords() {
    List<String> words = new ArrayList<>();
    for (String[] list : new String[][] {CARDINALS, ORDINALS, TENS_WORDS, TENS_ORDINALS, SCALES}) {
      for (String w : list) {
        if (w != null) {
          words.add(w);
        }
      }
    }
    for (String scale : SCALES) {
      words.add(scale + "th");
    }
    return words;
  }

  private NumberWords() {}

  /** Packs kind, ordinal flag and value into one long: value << 5 | ordinal << 4 | kind. */
  static long pack(int kind, long value, boolean ordinal) {
    return (value << 5) | (ordinal ? 16 : 0) | kind;
  }

  static int kind(long packed) {
    return (int) (packed & 15);
  }

  static boolean ordinal(long packed) {
    return (packed & 16) != 0;
  }

  static long value(long packed) {
    return packed >>> 5;
  }

  private static void put(String word, int kind, long value, boolean ordinal) {
    if (word.length() < 3 || word.length() > 15) {
      throw new AssertionError("the lookup's filter assumes words of 3 to 15 letters: " + word);
    }
    SECOND_LETTERS[(word.charAt(0) & 31) << 4 | word.length()] |= 1 << (word.charAt(1) & 31);
    int node = 0;
    for (int i = 0; i < word.length(); i++) {
      int slot = node * 26 + (word.charAt(i) - 'a');
      if (next[slot] == 0) {
        if (nodes == payload.length) {
          payload = java.util.Arrays.copyOf(payload, nodes * 2);
          next = java.util.Arrays.copyOf(next, nodes * 2 * 26);
        }
        next[slot] = nodes++;
      }
      node = next[slot];
    }
    payload[node] = pack(kind, value, ordinal);
  }

  /**
   * Looks up {@code s[start, end)} (ASCII letters, any case) and returns its packed entry, or 0
   * when it is not a number word.
   */
  static long lookup(char[] s, int start, int end) {
    int len = end - start;
    // the shift takes the low five bits of the second char, as the table does
    if (len < 3 || len > 15 || (SECOND_LETTERS[(s[start] & 31) << 4 | len] & 1 << s[start + 1]) == 0) {
      return 0;
    }
    int node = 0;
    for (int i = start; i < end; i++) {
      int c = s[i] | 0x20;
      if (c < 'a' || c > 'z') {
        return 0;
      }
      node = next[node * 26 + (c - 'a')];
      if (node == 0) {
        return 0;
      }
    }
    return payload[node];
  }

  static boolean isAsciiLetter(char c) {
    return (char) ((c | 0x20) - 'a') < 26; // one unsigned compare: c | 0x20 is 'a' to 'z' for letters only
  }
}
