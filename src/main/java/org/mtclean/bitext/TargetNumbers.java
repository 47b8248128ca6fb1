package org.mtclean.bitext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mtclean.rules.numbers.SpelledNumbers;

/**
 * The numbers and dates of an English target text, read generously: every reading a number may
 * have counts ({@code 5m} is 5 and 5,000,000), since a reading too many can only hide a finding,
 * never make one. Digits with separators ({@code 50,000}, {@code 3.2}), with an ordinal suffix
 * ({@code 26th}) or a scale word ({@code 3.2 million}, {@code 320m}, {@code 1.5bn}), spelled-out
 * numbers ({@code fifty thousand}, {@code a million}), month names, and month-day pairs
 * ({@code November 9}, {@code Nov. 9th}, {@code 9 November}, {@code the 9th of November},
 * {@code 2019-11-09}, {@code 11/9}). One instance per text.
 */
final class TargetNumbers {
  /**
   * A value the target holds at {@code [start, end)}; {@code ulp} is the step it is rounded to
   * when it has a scale word ({@code 1.39 billion}: 10 million), else 0 (taken as exact).
   */
  record Value(int start, int end, BigDecimal value, BigDecimal ulp) {}

  /** A bigger difference than this (relative) is never taken for rounding. */
  private static final BigDecimal ROUNDING_LIMIT = new BigDecimal("0.05");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
      Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
      Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
      Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1),
      Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, Long> SCALES = Map.ofEntries(
      Map.entry("hundred", 100L), Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L),
      Map.entry("billion", 1_000_000_000L), Map.entry("trillion", 1_000_000_000_000L),
      Map.entry("mn", 1_000_000L), Map.entry("mln", 1_000_000L), Map.entry("bn", 1_000_000_000L),
      Map.entry("bln", 1_000_000_000L), Map.entry("tn", 1_000_000_000_000L),
      Map.entry("trn", 1_000_000_000_000L));

  /** Scale letters taken only glued to the digits: {@code 5k}, {@code 320m}, {@code 2b}. */
  private static final Map<String, Long> GLUED_SCALES = Map.of(
      "k", 1_000L, "m", 1_000_000L, "b", 1_000_000_000L);

  /**
   * Words that stand for a number in the usual translation of one: {@code a dozen} (12),
   * {@code noon} (12时), {@code midnight} (24时), {@code the past decade} (10年),
   * {@code centenary} (一百周年), {@code around the clock} (24小时).
   */
  private static final Map<String, Integer> WORD_VALUES = Map.of(
      "dozen", 12, "noon", 12, "decade", 10, "century", 100, "centenary", 100,
      "centennial", 100, "clock", 24, "midnight", 24);

  /** Words that name a day without its date: a translation may give 23日 as {@code on Wednesday}. */
  private static final Set<String> DAY_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tomorrow", "tonight");

  private final String s;
  private final Tokens t;
  final List<Value> values = new ArrayList<>();
  /** The months named in the text, by number. */
  final boolean[] months = new boolean[13];
  /** month * 100 + day for every month-day pair. */
  final Set<Integer> monthDays = new HashSet<>();
  /** Whether a weekday or a relative day ({@code today}, {@code yesterday}) is named. */
  boolean namesDay;
  private ValueIndex index; // built on the first look-up

  TargetNumbers(String text) {
    this.s = text;
    this.t = new Tokens(text);
    for (int k = 0; k < t.size(); k++) {
      if (t.isNumber(k)) {
        number(k);
      } else {
        word(k);
      }
    }
    for (SpelledNumbers.Found f : SpelledNumbers.in(text)) {
      values.add(new Value(f.start(), f.end(), f.value(), BigDecimal.ZERO));
    }
    if (text.indexOf('-') >= 0) {
      // five-year-old, seven-day: the hyphens of a compound keep a number word from being read
      for (SpelledNumbers.Found f : SpelledNumbers.in(text.replace('-', ' '))) {
        values.add(new Value(f.start(), f.end(), f.value(), BigDecimal.ZERO));
      }
    }
  }

  /**
   * Whether the target holds {@code v}, exactly or, with a scale word, rounded
   * ({@code 1.39 billion} for 1,386,000,000; not {@code 836,500} for 836,495).
   */
  boolean has(BigDecimal v) {
    if (index == null) {
      index = new ValueIndex(values);
    }
    return index.has(v);
  }

  static boolean matches(BigDecimal v, Value x) {
    if (x.value.compareTo(v) == 0) {
      return true;
    }
    if (v.signum() == 0 || x.ulp.signum() == 0) {
      return false;
    }
    BigDecimal rounded = v.divide(x.ulp, 0, RoundingMode.HALF_UP).multiply(x.ulp);
    return rounded.compareTo(x.value) == 0
        && v.subtract(x.value).abs().compareTo(v.abs().multiply(ROUNDING_LIMIT)) <= 0;
  }

  private void number(int k) {
    BigDecimal v = t.value(k);
    values.add(new Value(t.start(k), t.end(k), v, BigDecimal.ZERO));
    int next = k + 1;
    if (next < t.size() && !t.isNumber(next)) {
      String gap = t.gapBefore(next);
      String w = t.lower(next);
      Long scale = gap.equals(" ") ? SCALES.get(w) : gap.isEmpty() ? glued(w) : null;
      if (scale != null && !t.ordinal(k)) {
        BigDecimal m = BigDecimal.valueOf(scale);
        BigDecimal step = BigDecimal.ONE.movePointLeft(t.decimals(k));
        values.add(new Value(t.start(k), t.end(next), v.multiply(m), step.multiply(m)));
      }
    }
    int iv = t.intValue(k);
    // 9.30am, 9.30 p.m.: a British clock time gives its hours and minutes (9点半, 9时30分)
    if (t.decimals(k) == 2 && next < t.size() && (t.is(next, "am") || t.is(next, "pm")
        || t.is(next, "a") || t.is(next, "p"))) {
      BigDecimal hours = v.setScale(0, java.math.RoundingMode.DOWN);
      values.add(new Value(t.start(k), t.end(k), hours, BigDecimal.ZERO));
      values.add(new Value(t.start(k), t.end(k), v.subtract(hours).movePointRight(2), BigDecimal.ZERO));
    }
    // 1800 hours, 2400 hours: a military time gives its hours and minutes (18时, 24时)
    if (t.digits(k) == 4 && iv <= 2459 && next < t.size() && (t.is(next, "hours") || t.is(next, "hrs"))) {
      values.add(new Value(t.start(k), t.end(k), BigDecimal.valueOf(iv / 100), BigDecimal.ZERO));
      values.add(new Value(t.start(k), t.end(k), BigDecimal.valueOf(iv % 100), BigDecimal.ZERO));
    }
    // 2019-11-09, 2019/11/9
    if (t.digits(k) == 4 && k + 2 < t.size() && t.isNumber(k + 1) && t.isNumber(k + 2)) {
      String sep = t.gapBefore(k + 1);
      if ((sep.equals("-") || sep.equals("/") || sep.equals(".")) && sep.equals(t.gapBefore(k + 2))) {
        pair(t.intValue(k + 1), t.intValue(k + 2));
      }
    }
    // 11/9: either order
    if (iv >= 1 && iv <= 31 && k + 1 < t.size() && t.isNumber(k + 1) && t.gapBefore(k + 1).equals("/")
        && (k + 2 >= t.size() || !t.gapBefore(k + 2).equals("/"))
        && (k == 0 || !t.gapBefore(k).equals("/"))) {
      pair(iv, t.intValue(k + 1));
      pair(t.intValue(k + 1), iv);
    }
  }

  private static Long glued(String w) {
    Long scale = GLUED_SCALES.get(w);
    return scale != null ? scale : SCALES.get(w);
  }

  private void word(int k) {
    String w = t.lower(k);
    Integer m = MONTHS.get(w);
    if (m != null && monthWord(k, w)) {
      months[m] = true;
      // November 9, Nov. 9th, November the 9th
      int d = k + 1;
      if (d < t.size() && t.is(d, "the") && t.gapBefore(d).trim().isEmpty()) {
        d++;
      }
      if (d < t.size() && t.isNumber(d) && isDayGap(t.gapBefore(d))) {
        pair(m, t.intValue(d));
      }
      // 9 November, 9th of November
      int b = k - 1;
      if (b >= 0 && t.is(b, "of") && t.gapBefore(k).equals(" ")) {
        b--;
      }
      if (b >= 0 && t.isNumber(b) && t.gapBefore(b + 1).equals(" ")) {
        pair(m, t.intValue(b));
      }
      return;
    }
    Integer v = WORD_VALUES.get(w);
    if (v != null) {
      values.add(new Value(t.start(k), t.end(k), BigDecimal.valueOf(v), BigDecimal.ZERO));
    }
    if (DAY_WORDS.contains(w)) {
      namesDay = true;
    }
  }

  /** A month name: full names in any case (May and March capitalized), abbreviations capitalized. */
  private boolean monthWord(int k, String lower) {
    boolean capital = Character.isUpperCase(s.charAt(t.start(k)));
    if (lower.length() <= 4 && !lower.equals("june") && !lower.equals("july")) {
      return capital;
    }
    return capital || !(lower.equals("march"));
  }

  private static boolean isDayGap(String gap) {
    return gap.equals(" ") || gap.equals(". ") || gap.equals(".");
  }

  private void pair(int month, int day) {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      monthDays.add(month * 100 + day);
    }
  }

  /** Words and digit runs of the target, with the text between them. */
  static final class Tokens {
    /** A word or a number; {@code end} includes an ordinal suffix ({@code 26th}). */
    private record Tok(int start, int end, BigDecimal value, int digits, int decimals, boolean ordinal) {}

    private final String s;
    private final List<Tok> toks = new ArrayList<>();
    private int datePartsLeft; // the month and day of a dotted date still to read

    Tokens(String s) {
      this.s = s;
      int n = s.length();
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (isDigit(c)) {
          i = number(i);
        } else if (isLetter(c)) {
          int j = i;
          while (j < n && isLetter(s.charAt(j))) {
            j++;
          }
          toks.add(new Tok(i, j, null, 0, 0, false));
          i = j;
        } else {
          i++;
        }
      }
    }

    /** Digits with thousands commas and a decimal point, and an ordinal suffix, at {@code i}. */
    private int number(int i) {
      int n = s.length();
      int j = i;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      while (j < n && s.charAt(j) == ',' && threeDigits(j + 1)) {
        j += 4;
      }
      int decimals = 0;
      if (j - i == 4 && dottedDate(j)) {
        toks.add(new Tok(i, j, new BigDecimal(s.substring(i, j)), 4, 0, false));
        datePartsLeft = 2; // 2021.6.11: a year, then the month and the day as numbers of their own
        return j;
      }
      boolean datePart = datePartsLeft > 0;
      datePartsLeft = datePart ? datePartsLeft - 1 : 0;
      if (!datePart && j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
        int d = j + 1;
        while (d < n && isDigit(s.charAt(d))) {
          d++;
        }
        decimals = d - j - 1;
        j = d;
      }
      String digits = s.substring(i, j).replace(",", "");
      int end = j;
      boolean ordinal = j + 2 <= n && isOrdinalSuffix(s.substring(j, j + 2))
          && (j + 2 == n || !isLetter(s.charAt(j + 2)));
      if (ordinal) {
        end = j + 2;
      }
      toks.add(new Tok(i, end, new BigDecimal(digits), decimals > 0 ? -1 : digits.length(), decimals, ordinal));
      return end;
    }

    /** Whether {@code .M.D} (one or two digits each) follows at {@code j}, and no digit or dot after it. */
    private boolean dottedDate(int j) {
      int k = j;
      for (int part = 0; part < 2; part++) {
        if (k >= s.length() || s.charAt(k) != '.') {
          return false;
        }
        int from = ++k;
        while (k < s.length() && k - from < 2 && isDigit(s.charAt(k))) {
          k++;
        }
        if (k == from) {
          return false;
        }
      }
      return k == s.length() || !(isDigit(s.charAt(k)) || (s.charAt(k) == '.' && k + 1 < s.length() && isDigit(s.charAt(k + 1))));
    }

    private boolean threeDigits(int i) {
      int n = s.length();
      return i + 3 <= n && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
          && (i + 3 == n || !isDigit(s.charAt(i + 3)));
    }

    private static boolean isOrdinalSuffix(String two) {
      String l = two.toLowerCase(Locale.ROOT);
      return l.equals("st") || l.equals("nd") || l.equals("rd") || l.equals("th");
    }

    int size() {
      return toks.size();
    }

    boolean isNumber(int k) {
      return toks.get(k).value != null;
    }

    int start(int k) {
      return toks.get(k).start;
    }

    int end(int k) {
      return toks.get(k).end;
    }

    BigDecimal value(int k) {
      return toks.get(k).value;
    }

    /** The value of an integer below 100,000, or -1. */
    int intValue(int k) {
      Tok x = toks.get(k);
      return x.value == null || x.decimals > 0 || x.value.compareTo(BigDecimal.valueOf(100_000)) >= 0
          ? -1 : x.value.intValue();
    }

    /** The number of digits of an integer; -1 for a decimal. */
    int digits(int k) {
      return toks.get(k).digits;
    }

    int decimals(int k) {
      return toks.get(k).decimals;
    }

    boolean ordinal(int k) {
      return toks.get(k).ordinal;
    }

    String lower(int k) {
      return s.substring(start(k), end(k)).toLowerCase(Locale.ROOT);
    }

    boolean is(int k, String lowerWord) {
      return !isNumber(k) && end(k) - start(k) == lowerWord.length()
          && s.regionMatches(true, start(k), lowerWord, 0, lowerWord.length());
    }

    /** The text between token {@code k - 1} and token {@code k}. */
    String gapBefore(int k) {
      return s.substring(k == 0 ? 0 : end(k - 1), start(k));
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }
}
