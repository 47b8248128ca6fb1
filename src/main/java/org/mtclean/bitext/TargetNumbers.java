package org.mtclean.bitext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtclean.internal.WordFiles;
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
  private static final Set<String> DAY_WORDS = WordFiles.read("bitext/day-words");

  private final String s;
  private final TargetTokens t;
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
    this.t = new TargetTokens(text);
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
    // 30 000, 1 500 000: thousands grouped with spaces (SI style)
    if (t.digits(k) >= 1 && t.digits(k) <= 3 && (k == 0 || !isSpaceGroup(k - 1, k))) {
      BigDecimal joined = v;
      int last = k;
      while (last + 1 < t.size() && isSpaceGroup(last, last + 1)) {
        last++;
        joined = joined.movePointRight(3).add(t.value(last));
      }
      if (last > k) {
        values.add(new Value(t.start(k), t.end(last), joined, BigDecimal.ZERO));
      }
    }
    if (next < t.size() && !t.isNumber(next)) {
      String gap = t.gapBefore(next);
      String w = t.lower(next);
      Long scale = gap.equals(" ") || gap.equals("-") ? SCALES.get(w) : gap.isEmpty() ? glued(w) : null;
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

  /** Whether number token {@code b} is a group of three digits after number token {@code a} and one space. */
  private boolean isSpaceGroup(int a, int b) {
    return t.isNumber(a) && t.isNumber(b) && t.digits(b) == 3 && !t.ordinal(a) && t.decimals(a) == 0
        && t.gapBefore(b).equals(" ");
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
}
