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
   * Bit {@code (a * 26 + b) * 26 + c} set when a number word other than {@code and} and
   * {@code point} starts with the letters a, b, c (counted from 'a'; all such words have three
   * letters or more). Three letters, not two, so that {@code the}, {@code that} and {@code then}
   * do not pass for {@code three} and {@code third}.
   */
  private static final long[] COUNTING_PREFIXES = countingPrefixes();

  private static long[] countingPrefixes() {
    for (String[] words : new String[][] {CARDINALS, ORDINALS, TENS_WORDS, TENS_ORDINALS, SCALES}) {
      for (String w : words) {
        if (w != null && w.length() < 3) {
          throw new AssertionError("the prefix filter assumes words of three letters or more: " + w);
        }
      }
    }
    long[] bits = new long[(26 * 26 * 26 + 63) / 64];
    for (int a = 0; a < 26; a++) {
      for (int b = 0; b < 26 && next[a] != 0; b++) {
        int ab = next[next[a] * 26 + b];
        for (int c = 0; c < 26 && ab != 0; c++) {
          int node = next[ab * 26 + c];
          if (node != 0 && hasCountingWord(node)) {
            int bit = (a * 26 + b) * 26 + c;
            bits[bit >>> 6] |= 1L << bit;
          }
        }
      }
    }
    return bits;
  }

  /** Whether the three letters at {@code s[from]} may start a number word of a counting kind. */
  private static boolean mayStartCountingWord(char[] s, int from) {
    int bit = (((s[from] | 0x20) - 'a') * 26 + ((s[from + 1] | 0x20) - 'a')) * 26 + ((s[from + 2] | 0x20) - 'a');
    return (COUNTING_PREFIXES[bit >>> 6] & (1L << bit)) != 0;
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

  /** {@link #scan} flag: a number word that could be edited with the threshold at 10 or more. */
  static final int COUNTING = 1;
  /** {@link #scan} flag: the same with a threshold below 10, where a lone unit word counts too. */
  static final int COUNTING_SMALL = 2;
  /** {@link #scan} flag: the word {@code month}, in any case. */
  static final int MONTH = 4;
  /** {@link #scan} flag: the word {@code year}, in any case, right after four digits and spaces. */
  static final int LITERAL_YEAR = 8;

  /**
   * The cheap pre-check that lets a paragraph pass with one scan, for all the number rules: which
   * of {@link #COUNTING}, {@link #COUNTING_SMALL}, {@link #MONTH} and {@link #LITERAL_YEAR} the chars {@code [lo, hi)} of
   * {@code s} have ({@code lo} 0 or a word start). A lone unit word ({@code one}, {@code first}, {@code five}) is not
   * {@code COUNTING}, since on its own it stays a word; a unit is when a unit word or
   * {@code percent} follows it ({@code one nine nine seven}, {@code five percent}, {@code three
   * point five}), and teens, tens, scales and {@code zero} always are. {@code breaks} from index
   * {@code k0} on are the word breaks from {@code lo} on (see
   * {@link org.mtclean.RuleContext#wordBreaks}), ended by one not less than {@code hi}: each run of ASCII letters between two breaks is one word, looked up only
   * when its first three letters may start a number word that counts.
   */
  static int scan(char[] s, int lo, int hi, int[] breaks, int k0) {
    return scan(s, lo, hi, breaks, k0, null);
  }

  /** Told the start of each word that gives {@link #COUNTING}, {@link #MONTH} or {@link #LITERAL_YEAR} in {@link #scan}. */
  interface Hits {
    void at(int wordStart);
  }

  /** {@link #scan}, telling {@code hits} (when not null) of every word that counts, not stopping early. */
  static int scan(char[] s, int lo, int hi, int[] breaks, int k0, Hits hits) {
    int flags = 0;
    boolean unitBefore = false;
    int from = lo;
    for (int k = k0; hits != null || flags != (COUNTING | COUNTING_SMALL | MONTH | LITERAL_YEAR); k++) {
      int to = Math.min(breaks[k], hi);
      int len = to - from;
      boolean counts = false;
      if (len > 0 && (unitBefore || (len >= 3 && mayStartCountingWord(s, from)))) {
        int kind = kind(lookup(s, from, to));
        if (kind == UNIT) {
          counts = unitBefore; // one nine nine seven
          flags |= COUNTING_SMALL;
          unitBefore = true;
        } else if (kind == POINT) {
          counts = unitBefore; // three point five
        } else if (kind == NONE || kind == AND) {
          counts = unitBefore && isPercent(s, from, to); // five percent
          unitBefore = false;
        } else {
          counts = true;
        }
      }
      if (counts) {
        flags |= COUNTING | COUNTING_SMALL;
      }
      boolean month = len == 5 && isMonth(s, from);
      if (month) {
        flags |= MONTH;
      }
      boolean year = len == 4 && isLiteralYear(s, from);
      if (year) {
        flags |= LITERAL_YEAR;
      }
      if (hits != null && (counts || month || year)) {
        hits.at(from);
      }
      // a word that starts no counting word is "and", "point" or none: with no unit before it, it
      // changes nothing
      if (to >= hi) {
        break;
      }
      if (s[to] != ' ') {
        unitBefore = false; // a digit, a mark, anything but a space
      }
      from = to + 1;
    }
    return flags;
  }

  /**
   * Whether the four chars at {@code s[from]} are {@code year}, in any case, after four digits and
   * spaces or tabs (any number of them: the tokens of the rules count them as adjacent).
   */
  private static boolean isLiteralYear(char[] s, int from) {
    if ((s[from] | 0x20) != 'y' || !isWord(s, from, "year")) {
      return false;
    }
    int i = from;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
      i--;
    }
    if (i == from || i < 4) {
      return false;
    }
    for (int d = i - 4; d < i; d++) {
      if (s[d] < '0' || s[d] > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the five chars at {@code s[from]} are the word {@code month}, in any case. */
  private static boolean isMonth(char[] s, int from) {
    return (s[from] | 0x20) == 'm' && isWord(s, from, "month");
  }

  /** Whether {@code s[from, from + w.length())} is the lower-case {@code w} in any case. */
  private static boolean isWord(char[] s, int from, String w) {
    for (int k = 0; k < w.length(); k++) {
      if ((s[from + k] | 0x20) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPercent(char[] s, int from, int to) {
    int len = to - from;
    if (len != 7 && len != 3) {
      return false;
    }
    return isWord(s, from, len == 7 ? "percent" : "per");
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
