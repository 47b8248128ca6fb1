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

  /** Bit {@code c - 'a'} set when a number word other than {@code and} and {@code point} starts with c. */
  private static final int COUNTING_INITIALS = countingInitials();

  private static int countingInitials() {
    int mask = 0;
    for (int c = 0; c < 26; c++) {
      int node = next[c];
      if (node != 0 && hasCountingWord(node)) {
        mask |= 1 << c;
      }
    }
    return mask;
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
  static long lookup(CharSequence s, int start, int end) {
    int node = 0;
    for (int i = start; i < end; i++) {
      int c = s.charAt(i) | 0x20;
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
   * {@code zero} always count.
   */
  static boolean containsNumberWord(char[] s, int n, boolean smallUnits) {
    return containsNumberWord(s, n, org.mtclean.internal.Marks.breaksOf(s, n), smallUnits);
  }

  /**
   * {@link #containsNumberWord(char[], int, boolean)} with the word breaks of the text (see
   * {@link org.mtclean.RuleContext#wordBreaks}): only the runs of ASCII letters and digits between
   * two breaks are looked at, and a word that leaves the lexicon is skipped at once.
   */
  static boolean containsNumberWord(char[] s, int n, int[] breaks, boolean smallUnits) {
    boolean unitBefore = false;
    int from = 0;
    for (int k = 0; ; k++) {
      int to = Math.min(breaks[k], n);
      int i = from;
      while (i < to) { // ASCII letters and digits only
        if (s[i] <= '9') {
          unitBefore = false; // a digit
          i++;
          continue;
        }
        int j = i;
        if (!unitBefore && (COUNTING_INITIALS & (1 << ((s[i] | 0x20) - 'a'))) == 0) {
          while (j < to && s[j] > '9') {
            j++; // no number word that counts starts so: only "and" or "point" could be here
          }
          i = j;
          continue;
        }
        int node = 0;
        while (j < to && s[j] > '9') {
          node = next[node * 26 + ((s[j] | 0x20) - 'a')];
          j++;
          if (node == 0) {
            while (j < to && s[j] > '9') {
              j++; // not a number word: the rest of it needs no lookups
            }
            break;
          }
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
          if (unitBefore && isPercent(s, i, j)) {
            return true;
          }
          unitBefore = false;
        } else {
          return true;
        }
        i = j;
      }
      if (to >= n) {
        return false;
      }
      if (s[to] != ' ') {
        unitBefore = false;
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
