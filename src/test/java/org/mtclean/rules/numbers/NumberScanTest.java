package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mtclean.internal.Marks;

/**
 * The pre-check's word filters change nothing: on random text, {@link NumberScan#scan} gives the
 * flags and hits of the plain definition, which looks up every word. Replay with
 * {@code -Dmtclean.seed=N}.
 */
class NumberScanTest {
  private static final String[] PIECES = {
    "one", "two", "ten", "nine", "first", "second", "twenty", "thousand", "hundred", "billion",
    "trillionth", "seventeenth", "zero", "eleven", "eighteen", "ninety", "fortieth", "month",
    "year", "percent", "per", "point", "and", "the", "three", "this", "for", "forum", "mon",
    "month", "month", "month", "eleven", "twelfth", "8", "03", "13", "1.5", "2,5", "five-", "a-",
    "twenty-four", "\u00E9", "\u00A0", "\t",
    "mont", "months", "years", "yea", "th", "tw", "on", "a", "plan", "secretary", "firm", "tens",
    "fiver", "sixes", "nineteenths", "extraordinarily", "internationalization",
    " ", " ", " ", "  ", "\t", ",", ".", "-", "5", "2019", "1997", "12", "\u3002", "\u4E2D", "\n"
  };
  /** Pairs for the flags that look at the word after a number word. */
  private static final String[] PAIRS = {
    "ten thousand", "hundred\tmillion", "TEN  THOUSAND", "hundred million", "five\tpercent",
    "one\t\tpoint", "seven \tper", "nineteen zero", "two\thundred", "ninety-nine", "Five or",
    "Five Or", "Hundred and", "Thousand\tAND", "zero to", "Two oR"
  };

  @Test
  void scanGivesThePlainDefinitionsFlagsAndHits() {
    long seed = org.mtclean.TestSeeds.seed("NumberScanTest");
    Random r = new Random(seed);
    for (int paragraph = 0; paragraph < 20_000; paragraph++) {
      char[] s = randomText(r, true).toCharArray();
      int[] breaks = Marks.breaksOf(s, s.length);
      int lo = 0;
      int k0 = 0;
      int hi = s.length;
      if (r.nextBoolean() && s.length > 0) { // a window, as the cache scans after an edit
        lo = wordStartAtOrBefore(s, r.nextInt(s.length));
        hi = lo + r.nextInt(s.length - lo + 1);
        while (breaks[k0] < lo) {
          k0++;
        }
      }
      List<Integer> hits = new ArrayList<>();
      List<Integer> expectedHits = new ArrayList<>();
      int expected = plainScan(s, lo, hi, breaks, k0, expectedHits);
      String where = "seed " + seed + ", paragraph " + paragraph + " [" + lo + ", " + hi + "): '"
          + new String(s) + "'";
      assertEquals(expected, NumberScan.scan(s, lo, hi, s.length, breaks, k0), where);
      assertEquals(expected, NumberScan.scan(s, lo, hi, s.length, breaks, k0, hits::add), where);
      assertEquals(expectedHits, hits, where);
    }
  }

  private static String randomText(Random r, boolean pairs) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(30); k >= 0; k--) {
      String piece = pairs && r.nextInt(8) == 0 ? PAIRS[r.nextInt(PAIRS.length)] : PIECES[r.nextInt(PIECES.length)];
      int c = r.nextInt(4);
      b.append(c == 0 ? piece.toUpperCase(Locale.ROOT)
          : c == 1 && !piece.isEmpty() ? Character.toUpperCase(piece.charAt(0)) + piece.substring(1)
          : piece);
      if (r.nextInt(3) != 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static int wordStartAtOrBefore(char[] s, int i) {
    while (i > 0 && NumberWords.isAsciiLetter(s[i - 1])) {
      i--;
    }
    return i;
  }

  /** The definition: every word looked up, every word checked for month and year. */
  private static int plainScan(char[] s, int lo, int hi, int[] breaks, int k0, List<Integer> hits) {
    int flags = 0;
    boolean unitBefore = false;
    int from = lo;
    for (int k = k0; ; k++) {
      int to = Math.min(breaks[k], hi);
      String word = new String(s, from, to - from).toLowerCase(Locale.ROOT);
      boolean counts = false;
      if (!word.isEmpty()) {
        int kind = NumberWords.kind(NumberWords.lookup(s, from, to));
        if (kind == NumberWords.UNIT) {
          counts = unitBefore;
          flags |= NumberScan.COUNTING_SMALL;
          unitBefore = true;
        } else if (kind == NumberWords.POINT) {
          counts = unitBefore;
        } else if (kind == NumberWords.NONE || kind == NumberWords.AND) {
          counts = unitBefore && (word.equals("percent") || word.equals("per"));
          unitBefore = false;
        } else {
          counts = true;
        }
      }
      if (counts) {
        flags |= NumberScan.COUNTING | NumberScan.COUNTING_SMALL;
      }
      if (!word.isEmpty()) {
        flags |= withNextWord(s, from, to);
      }
      boolean month = word.equals("month");
      if (month && monthNumberBefore(new String(s, 0, from))) {
        flags |= NumberScan.MONTH;
      }
      boolean year = word.equals("year") && afterFourDigits(s, from);
      if (year) {
        flags |= NumberScan.LITERAL_YEAR;
      }
      if (counts || month || year) {
        hits.add(from);
      }
      if (to >= hi) {
        return flags;
      }
      if (s[to] != ' ') {
        unitBefore = false;
      }
      from = to + 1;
    }
  }

  /**
   * The flags that the word {@code s[from, to)} gives with the word after it (spaces or tabs
   * between): {@link NumberScan#PAIR}, {@link NumberScan#CARDINAL}, {@link NumberScan#MYRIAD},
   * {@link NumberScan#LOWER}.
   */
  private static int withNextWord(char[] s, int from, int to) {
    String word = new String(s, from, to - from).toLowerCase(Locale.ROOT);
    int kind = kindOf(word);
    Matcher m = NEXT_WORD.matcher(new String(s, to, s.length - to));
    String nextAsIs = m.lookingAt() ? m.group(1) : "";
    String next = nextAsIs.toLowerCase(Locale.ROOT);
    int nextKind = kindOf(next);
    int flags = 0;
    boolean numberWord = kind == NumberWords.UNIT || kind == NumberWords.ZERO || kind == NumberWords.TEEN
        || kind == NumberWords.TENS || kind == NumberWords.SCALE;
    if (numberWord && Character.isLowerCase(s[from])) {
      flags |= NumberScan.LOWER;
    }
    if (numberWord && (next.equals("or") || next.equals("to") || next.equals("and"))
        && Character.isLowerCase(nextAsIs.charAt(0))) {
      flags |= NumberScan.LOWER;
    }
    boolean first = kind == NumberWords.UNIT || kind == NumberWords.TEEN || kind == NumberWords.TENS;
    if (kind == NumberWords.TEEN || kind == NumberWords.TENS) {
      flags |= NumberScan.CARDINAL;
    }
    if (first && (nextKind == NumberWords.ZERO || nextKind == NumberWords.UNIT || nextKind == NumberWords.TEEN
        || nextKind == NumberWords.TENS || nextKind == NumberWords.SCALE)) {
      flags |= NumberScan.PAIR | NumberScan.CARDINAL;
    }
    if (kind == NumberWords.UNIT && (next.equals("point") || next.equals("percent") || next.equals("per"))) {
      flags |= NumberScan.CARDINAL;
    }
    if (word.equals("ten") && next.equals("thousand") || word.equals("hundred") && next.equals("million")) {
      flags |= NumberScan.MYRIAD;
    }
    return flags;
  }

  private static final Pattern NEXT_WORD = Pattern.compile("[ \t]+([A-Za-z]+)");

  private static int kindOf(String word) {
    return NumberWords.kind(NumberWords.lookup(word.toCharArray(), 0, word.length()));
  }

  private static final Pattern MONTH_NUMBER_BEFORE = Pattern.compile("(?:[0-9]|(?<![A-Za-z])([A-Za-z]+))[ \t]+\\z");

  /** A digit or a unit or teen word, then spaces or tabs, at the end of {@code before}. */
  private static boolean monthNumberBefore(String before) {
    Matcher m = MONTH_NUMBER_BEFORE.matcher(before);
    if (!m.find()) {
      return false;
    }
    if (m.group(1) == null) {
      return true;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    int kind = NumberWords.kind(NumberWords.lookup(w.toCharArray(), 0, w.length()));
    return kind == NumberWords.UNIT || kind == NumberWords.TEEN;
  }

  /**
   * The pre-check misses no literal date: whenever {@link LiteralDateRule} finds {@code month}
   * after a month number in the tokens, the flags have {@link NumberScan#MONTH}.
   */
  @Test
  void monthFlagIsSetWheneverTheDateRuleHasAMonth() {
    long seed = org.mtclean.TestSeeds.seed("NumberScanTest.month");
    Random r = new Random(seed);
    int dates = 0;
    for (int paragraph = 0; paragraph < 20_000; paragraph++) {
      String text = randomText(r, false);
      char[] s = text.toCharArray();
      Tokens t = Tokens.of(text);
      boolean dateMonth = false;
      for (int k = 1; k < t.size; k++) {
        dateMonth |= t.is(k, "month") && t.adjacent(k - 1) && LiteralDateRule.smallNumber(t, k - 1, 12) > 0;
      }
      int flags = NumberScan.scan(s, 0, s.length, s.length, Marks.breaksOf(s, s.length), 0);
      if (dateMonth) {
        dates++;
        assertEquals(NumberScan.MONTH, flags & NumberScan.MONTH, "seed " + seed + ": '" + text + "'");
      }
    }
    assertTrue(dates > 1000, "seed " + seed + ": only " + dates + " texts with a month after a number");
  }

  private static boolean afterFourDigits(char[] s, int from) {
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
}
