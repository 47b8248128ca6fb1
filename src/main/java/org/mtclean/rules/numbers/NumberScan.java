package org.mtclean.rules.numbers;

import java.util.List;

/**
 * The cheap pre-check that lets a paragraph pass with one walk over its words, for all the number
 * rules: which of {@link #COUNTING}, {@link #COUNTING_SMALL}, {@link #MONTH} and
 * {@link #LITERAL_YEAR} a stretch of text may have. It runs on every paragraph, so most words are
 * turned away by their first two letters and length alone (one table load), most of the rest by
 * their first three letters, and only the few left are looked up. Immutable after class initialisation; thread-safe.
 */
final class NumberScan {
  /** A number word that could be edited with the threshold at 10 or more. */
  static final int COUNTING = 1;
  /** The same with a threshold below 10, where a lone unit word counts too. */
  static final int COUNTING_SMALL = 2;
  /**
   * The word {@code month}, in any case, after spaces or tabs and, before them, a digit or a unit
   * or teen word: what a literal date's month ({@code 11 month}, {@code Four month}) needs.
   */
  static final int MONTH = 4;
  /** The word {@code year}, in any case, right after four digits and spaces. */
  static final int LITERAL_YEAR = 8;
  /**
   * A unit, teen or tens word, then spaces or tabs, then a unit, zero, teen, tens or scale word:
   * how every number of more than one word starts ({@code two thousand}, {@code nineteen
   * ninety-seven}, {@code one nine nine seven}), and so every spelled-out year.
   */
  static final int PAIR = 16;
  /**
   * What {@code numbers.cardinal} may edit with a threshold of 10 or more: a {@link #PAIR}, a
   * teen or tens word, or a unit word followed, past spaces or tabs, by {@code percent},
   * {@code per} or {@code point} ({@code five percent}, {@code three point five}). A lone unit
   * word is below the threshold, and a lone scale or zero word starts no number.
   */
  static final int CARDINAL = 32;
  /** {@code ten thousand} or {@code hundred million}, in any case, apart by spaces or tabs. */
  static final int MYRIAD = 64;
  /**
   * A number word that starts with a lower-case letter, or a lower-case {@code or}, {@code to}
   * or {@code and} right after a number word (spaces or tabs between): what
   * {@code numbers.cardinal} needs to edit, since it leaves a phrase or range whose words are
   * all capitalized as it is ({@code Forty Years}, {@code Five Or Six Hundred}).
   */
  static final int LOWER = 128;
  private static final int ALL = COUNTING | COUNTING_SMALL | MONTH | LITERAL_YEAR | PAIR | CARDINAL | MYRIAD
      | LOWER;

  /**
   * For a word of a given first letter and length, at {@link #shape}: bit {@code c & 31} set when a
   * number word of a counting kind, {@code month} or {@code year} has that letter, that length and
   * second letter {@code c}. Words of more letters than {@link #MAX_LENGTH} are none of these.
   */
  private static final int[] SECOND_LETTERS = new int[32 << 4];
  private static final int MAX_LENGTH = 15;
  /**
   * Bit {@code (a * 26 + b) * 26 + c} set when a number word of a counting kind starts with the
   * letters a, b, c (counted from 'a'): the second filter, for the words that pass
   * {@link #SECOND_LETTERS} ({@code forum}, {@code firm}, {@code seconds} and the like).
   */
  private static final long[] COUNTING_PREFIXES = new long[(26 * 26 * 26 + 63) / 64];

  static {
    List<String> words = NumberWords.countingWords();
    for (String w : words) {
      if (w.length() < 3 || w.length() > MAX_LENGTH) {
        throw new AssertionError("the word filters assume 3 to " + MAX_LENGTH + " letters: " + w);
      }
      allowSecondLetter(w);
      int bit = ((w.charAt(0) - 'a') * 26 + (w.charAt(1) - 'a')) * 26 + (w.charAt(2) - 'a');
      COUNTING_PREFIXES[bit >>> 6] |= 1L << bit;
    }
    allowSecondLetter("month");
    allowSecondLetter("year");
  }

  private static void allowSecondLetter(String w) {
    SECOND_LETTERS[shape(w.charAt(0), w.length())] |= 1 << (w.charAt(1) & 31);
  }

  private NumberScan() {}

  /** The index into {@link #SECOND_LETTERS} of a word of {@code length} (at most 15) starting with {@code first}. */
  private static int shape(char first, int length) {
    return (first & 31) << 4 | length;
  }

  /**
   * Told the start of each word that gives {@link #COUNTING} or {@link #LITERAL_YEAR}, and of every
   * {@code month}, whatever is before it.
   */
  interface Hits {
    void at(int wordStart);
  }

  /**
   * Which flags the chars {@code [lo, hi)} of {@code s} have ({@code lo} 0 or a word start). A lone
   * unit word ({@code one}, {@code first}, {@code five}) is not {@code COUNTING}, since on its own
   * it stays a word; a unit is when a unit word or {@code percent} follows it ({@code one nine
   * nine seven}, {@code five percent}, {@code three point five}), and teens, tens, scales and
   * {@code zero} always are. {@code breaks} from index {@code k0} on are the word breaks from
   * {@code lo} on (see {@link org.mtclean.RuleContext#wordBreaks}), ended by one not less than
   * {@code hi}: each run of ASCII letters between two breaks is one word.
   */
  static int scan(char[] s, int lo, int hi, int n, int[] breaks, int k0) {
    return scan(s, lo, hi, n, breaks, k0, null);
  }

  /**
   * {@link #scan}, telling {@code hits} (when not null) of every word that counts, not stopping
   * early. {@code n}: the length of the text, which the look at the word after a number word may
   * reach past {@code hi}.
   */
  static int scan(char[] s, int lo, int hi, int n, int[] breaks, int k0, Hits hits) {
    int flags = 0;
    boolean unitBefore = false;
    int from = lo;
    for (int k = k0; ; k++) {
      int to = breaks[k];
      if (to > hi) {
        to = hi;
      }
      int len = to - from;
      // most words are no number word, month or year: their first two letters and length tell.
      // No such word has fewer than 3 letters, so s[from + 1] is in the word when seconds is not
      // 0; and the shift takes the low five bits of the char, as the table does
      int seconds = len > 0 && len <= MAX_LENGTH ? SECOND_LETTERS[shape(s[from], len)] : 0;
      if (len > 0 && (unitBefore || (seconds != 0 && (seconds & 1 << s[from + 1]) != 0))) {
        int r = word(s, from, to, n, unitBefore);
        unitBefore = (r & UNIT_BEFORE) != 0;
        if ((r & (ALL | HIT)) != 0) {
          flags |= r & ALL;
          if (hits != null) {
            if ((r & HIT) != 0) {
              hits.at(from);
            }
          } else if (flags == ALL) {
            break;
          }
        }
      }
      if (to >= hi) {
        break;
      }
      if (unitBefore && s[to] != ' ') {
        unitBefore = false; // a digit, a mark, anything but a space
      }
      from = to + 1;
    }
    return flags;
  }

  // in the result of word(), besides the flags
  private static final int UNIT_BEFORE = 256;
  private static final int HIT = 512;
  private static final long TEN = NumberWords.lookup("ten".toCharArray(), 0, 3);
  private static final long HUNDRED = NumberWords.lookup("hundred".toCharArray(), 0, 7);
  private static final long THOUSAND = NumberWords.lookup("thousand".toCharArray(), 0, 8);
  private static final long MILLION = NumberWords.lookup("million".toCharArray(), 0, 7);

  /**
   * The word {@code s[from, to)}, a unit word right before it or not: its flags, whether it is a
   * unit word ({@link #UNIT_BEFORE}) for the next, and whether it is a hit ({@link #HIT}).
   */
  private static int word(char[] s, int from, int to, int n, boolean unitBefore) {
    int len = to - from;
    int r = 0;
    boolean counts = false;
    if (unitBefore || (len >= 3 && mayStartCountingWord(s, from))) {
      long entry = NumberWords.lookup(s, from, to);
      int kind = NumberWords.kind(entry);
      if (kind == NumberWords.UNIT || kind == NumberWords.TEEN || kind == NumberWords.TENS
          || kind == NumberWords.SCALE || kind == NumberWords.ZERO) {
        r = withNextWord(s, to, n, entry, kind) | (s[from] >= 'a' ? LOWER : 0);
      }
      if (kind == NumberWords.UNIT) {
        counts = unitBefore; // one nine nine seven
        r |= COUNTING_SMALL | UNIT_BEFORE;
      } else if (kind == NumberWords.POINT) {
        counts = unitBefore; // three point five
        r |= unitBefore ? UNIT_BEFORE : 0;
      } else if (kind == NumberWords.NONE || kind == NumberWords.AND) {
        counts = unitBefore && isPercent(s, from, to); // five percent
      } else {
        counts = true;
        r |= unitBefore ? UNIT_BEFORE : 0;
      }
    } // a word that starts no counting word is "and", "point" or none: with no unit before it, it changes nothing
    if (counts) {
      r |= COUNTING | COUNTING_SMALL | HIT;
    }
    if (len == 5 && isMonth(s, from)) {
      r |= afterMonthNumber(s, from) ? MONTH | HIT : HIT;
    }
    if (len == 4 && isLiteralYear(s, from)) {
      r |= LITERAL_YEAR | HIT;
    }
    return r;
  }

  /**
   * {@link #PAIR}, {@link #CARDINAL}, {@link #MYRIAD} and the {@link #LOWER} of a connector, of the
   * number word {@code entry} (of {@code kind}: a unit, zero, teen, tens or scale word) that ends
   * at {@code to}, from the word after it when only spaces or tabs come between.
   */
  private static int withNextWord(char[] s, int to, int n, long entry, int kind) {
    boolean head = kind == NumberWords.UNIT || kind == NumberWords.TEEN || kind == NumberWords.TENS;
    int r = kind == NumberWords.TEEN || kind == NumberWords.TENS ? CARDINAL : 0;
    int i = to;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) {
      i++;
    }
    if (i == to || i == n || !NumberWords.isAsciiLetter(s[i])) {
      return r;
    }
    int end = i + 1;
    while (end < n && NumberWords.isAsciiLetter(s[end])) {
      end++;
    }
    long next = NumberWords.lookup(s, i, end);
    int nextKind = NumberWords.kind(next);
    if (head && nextKind != NumberWords.NONE && nextKind != NumberWords.AND
        && nextKind != NumberWords.POINT) {
      r |= PAIR | CARDINAL;
    } else if (kind == NumberWords.UNIT && (nextKind == NumberWords.POINT || isPercent(s, i, end))) {
      r |= CARDINAL;
    }
    if ((entry == TEN && next == THOUSAND) || (entry == HUNDRED && next == MILLION)) {
      r |= MYRIAD;
    }
    if (s[i] >= 'a' && isConnector(s, i, end)) {
      r |= LOWER;
    }
    return r;
  }

  /** Whether {@code s[from, to)} is {@code or}, {@code to} or {@code and}, in any case. */
  private static boolean isConnector(char[] s, int from, int to) {
    int len = to - from;
    return len == 2 ? isWord(s, from, "or") || isWord(s, from, "to") : len == 3 && isWord(s, from, "and");
  }

  /** Whether the three letters at {@code s[from]} may start a number word of a counting kind. */
  private static boolean mayStartCountingWord(char[] s, int from) {
    int bit = (((s[from] | 0x20) - 'a') * 26 + ((s[from + 1] | 0x20) - 'a')) * 26 + ((s[from + 2] | 0x20) - 'a');
    return (COUNTING_PREFIXES[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * Whether the four chars at {@code s[from]} are {@code year}, in any case, after four digits and
   * spaces or tabs (any number of them: the tokens of the rules count them as adjacent).
   */
  private static boolean isLiteralYear(char[] s, int from) {
    if (!isWord(s, from, "year")) {
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

  /**
   * Whether spaces or tabs come right before {@code s[from]} and, before them, a digit or a unit or
   * teen word: the month number of a literal date is a digit run or such a word (in the tokens of
   * the rules, a digit run ends with a digit and a word with its last run of letters).
   */
  private static boolean afterMonthNumber(char[] s, int from) {
    int i = from;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
      i--;
    }
    if (i == from || i == 0) {
      return false;
    }
    if ((char) (s[i - 1] - '0') < 10) {
      return true;
    }
    int start = i;
    while (start > 0 && NumberWords.isAsciiLetter(s[start - 1])) {
      start--;
    }
    int kind = NumberWords.kind(NumberWords.lookup(s, start, i));
    return kind == NumberWords.UNIT || kind == NumberWords.TEEN;
  }

  /** Whether the five chars at {@code s[from]} are the word {@code month}, in any case. */
  private static boolean isMonth(char[] s, int from) {
    return isWord(s, from, "month");
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
}
