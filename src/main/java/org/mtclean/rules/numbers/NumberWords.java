package org.mtclean.rules.numbers;

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

  /**
   * Bit {@code b - 'a'} of entry {@code a - 'a'} set when a number word other than {@code and}
   * and {@code point} starts with the letters a, b (all such words have three letters or more).
   */
  private static final int[] COUNTING_PREFIXES = countingPrefixes();

  private static int[] countingPrefixes() {
    for (String[] words : new String[][] {CARDINALS, ORDINALS, TENS_WORDS, TENS_ORDINALS, SCALES}) {
      for (String w : words) {
        if (w != null && w.length() < 3) {
          throw new AssertionError("the prefix filter assumes words of three letters or more: " + w);
        }
      }
    }
    int[] masks = new int[26];
    for (int a = 0; a < 26; a++) {
      for (int b = 0; b < 26 && next[a] != 0; b++) {
        int node = next[next[a] * 26 + b];
        if (node != 0 && hasCountingWord(node)) {
          masks[a] |= 1 << b;
        }
      }
    }
    return masks;
  }

  /** Whether the trie below {@code node} (inclusive) holds a word of a counting kind. */
  private static boolean hasCountingWord(int node) {
    int kind = kind(payload[node]);
    if (kind != NONE && kind != AND && kind != POINT) {
      return true;
    }
    for (int c = 0; c < 26; c++) {
      int child = next[node * 26 + c];
      if (child != 0 && hasCountingWord(child)) {
        return true;
      }
    }
    return false;
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

  /**
   * The cheap pre-check that lets a paragraph pass with one scan: whether {@code s} has a number
   * word that could be edited. With {@code smallUnits} false (threshold 10 and up) a lone unit
   * word ({@code one}, {@code first}, {@code five}) does not count, since on its own it stays a
   * word; a unit counts when a unit word or {@code percent} follows it ({@code one nine nine
   * seven}, {@code five percent}, {@code three point five}), and teens, tens, scales and
   * {@code zero} always count. {@code breaks} are the word breaks of the text (see
   * {@link org.mtclean.RuleContext#wordBreaks}): each run of ASCII letters between two breaks is
   * one word, looked up only when its first two letters may start a number word that counts.
   */
  static boolean containsNumberWord(char[] s, int n, int[] breaks, boolean smallUnits) {
    boolean unitBefore = false;
    int from = 0;
    for (int k = 0; ; k++) {
      int to = Math.min(breaks[k], n);
      if (to > from && (unitBefore || (to - from >= 3
          && (COUNTING_PREFIXES[(s[from] | 0x20) - 'a'] & (1 << ((s[from + 1] | 0x20) - 'a'))) != 0))) {
        int node = 0;
        for (int j = from; j < to && node >= 0; j++) {
          int child = next[node * 26 + ((s[j] | 0x20) - 'a')];
          node = child == 0 ? -1 : child;
        }
        int kind = node > 0 ? kind(payload[node]) : NONE;
        if (kind == UNIT) {
          if (smallUnits || unitBefore) {
            return true;
          }
          unitBefore = true;
        } else if (kind == POINT) {
          if (unitBefore) {
            return true; // three point five
          }
        } else if (kind == NONE || kind == AND) {
          if (unitBefore && isPercent(s, from, to)) {
            return true;
          }
          unitBefore = false;
        } else {
          return true;
        }
      }
      // a word that starts no counting word is "and", "point" or none: with no unit before it, it
      // changes nothing
      if (to >= n) {
        return false;
      }
      if (s[to] != ' ') {
        unitBefore = false; // a digit, a mark, anything but a space
      }
      from = to + 1;
    }
  }

  private static boolean isPercent(char[] s, int from, int to) {
    int len = to - from;
    if (len != 7 && len != 3) {
      return false;
    }
    String w = len == 7 ? "percent" : "per";
    for (int k = 0; k < len; k++) {
      if ((s[from + k] | 0x20) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
