package org.mtclean.bitext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mtclean.bitext.SourceNumber.Kind;

/**
 * Reads the numbers of a Chinese source text: Arabic digits with separators and myriad units
 * ({@code 50,000}, {@code 5万}, {@code 3.2亿}, {@code 1.5万亿}, {@code 3千万}), Chinese numerals
 * ({@code 二十三}, {@code 一百零五}), percentages ({@code 35%}, {@code 百分之三十五}), years,
 * months and dates ({@code 2019年}, {@code 11月}, {@code 2019年11月9日}, {@code 2019-11-09}), and
 * days ({@code 9日}, {@code 9号}).
 *
 * <p>Read but not reported ({@link SourceNumber#checked()} false): approximations
 * ({@code 几十}, {@code 数百}, {@code 500多}, {@code 8000余}, {@code 十来}), ranges
 * ({@code 3至5}, {@code 3-5万}), fractions ({@code 三分之一}), Arabic numbers below 3 and
 * Chinese numerals up to 10, which translations routinely write as words or fold into an article
 * ({@code 一个} "a", {@code 两国} "both countries"). One instance per text; not thread-safe.
 */
final class SourceNumbers {
  /** Arabic numbers below this are read but not reported. */
  static final int MIN_ARABIC = 3;
  /** Chinese numerals up to this are read but not reported. */
  static final int MAX_SMALL_CHINESE = 10;

  private static final char YEAR = '\u5E74'; // 年
  private static final char MONTH = '\u6708'; // 月
  private static final char DAY = '\u65E5'; // 日
  private static final char DAY_SPOKEN = '\u53F7'; // 号
  private static final String RANGE_MARKS = "-~\uFF5E\u2014\u2013\u81F3\u5230\uFF0D\u301C"; // - ~ ～ — – 至 到 － 〜
  private static final String APPROXIMATE_AFTER = "\u591A\u4F59\u51E0\u6765"; // 多余几来
  private static final String APPROXIMATE_BEFORE = "\u51E0\u6570"; // 几数
  private static final String KILO_UNITS = "\u7C73\u514B\u74E6\u7126\u5361\u5E15\u5B57"; // 米克瓦焦卡帕字: 千米 is km
  private static final String PERCENT_WORD = "\u767E\u5206\u4E4B"; // 百分之
  private static final String FRACTION = "\u5206\u4E4B"; // 分之
  private static final String DECADE = "\u5E74\u4EE3"; // 年代
  private static final String CENTURY = "\u4E16\u7EAA"; // 世纪
  private static final BigDecimal TEN = BigDecimal.TEN;

  private final String s;
  private final int n;
  private final List<SourceNumber> out = new ArrayList<>();
  private boolean skipNext; // the number before began a range or a fraction
  private int percentFrom = -1; // where 百分之 starts, while the number after it is read

  private SourceNumbers(String s) {
    this.s = s;
    this.n = s.length();
  }

  /** The numbers of {@code source}, in text order. */
  static List<SourceNumber> in(String source) {
    SourceNumbers scanner = new SourceNumbers(source);
    scanner.scan();
    return scanner.out;
  }

  private void scan() {
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int next;
      if (digit(c) >= 0) {
        next = arabic(i);
      } else if (s.startsWith(PERCENT_WORD, i)) {
        next = percentWord(i);
      } else if (ChineseNumerals.isNumeral(c)) {
        next = chinese(i);
      } else {
        next = i + 1;
      }
      i = Math.max(next, i + 1);
    }
  }

  /** An Arabic number at {@code i}; returns where scanning goes on. */
  private int arabic(int i) {
    int iso = isoDate(i);
    if (iso > i) {
      return iso;
    }
    int j = digitsEnd(i);
    BigDecimal v = arabicValue(i, j);
    boolean decimal = v.scale() > 0;
    int digitCount = decimal ? -1 : v.precision();
    int unitsStart = skipSpaces(j);
    int unitsEnd = myriadUnits(unitsStart);
    if (unitsEnd > unitsStart) {
      v = v.multiply(multiplier(unitsStart, unitsEnd));
      // 2万4801, 1亿2000万: digits after a myriad unit add to it
      while (unitsEnd < n && isMyriad(s.charAt(unitsEnd - 1)) && digit(s.charAt(unitsEnd)) >= 0) {
        int k = unitsEnd;
        while (k < n && digit(s.charAt(k)) >= 0) {
          k++;
        }
        if (k < n && (s.charAt(k) == '.' || s.charAt(k) == ',')) {
          break;
        }
        BigDecimal rest = arabicValue(unitsEnd, k);
        int restUnits = s.charAt(unitsEnd - 1) == ChineseNumerals.YI ? myriadUnits(k) : k;
        if (restUnits > k) {
          rest = rest.multiply(multiplier(k, restUnits));
        }
        v = v.add(rest);
        unitsEnd = restUnits;
      }
      j = unitsEnd;
    }
    boolean small = !decimal && v.compareTo(BigDecimal.valueOf(MIN_ARABIC)) < 0;
    return finish(i, j, v, digitCount, small, false);
  }

  private BigDecimal arabicValue(int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      int d = digit(s.charAt(k));
      if (d >= 0) {
        b.append((char) ('0' + d));
      } else if (s.charAt(k) == '.' || s.charAt(k) == '\uFF0E') {
        b.append('.');
      }
    }
    return new BigDecimal(b.toString());
  }

  private static boolean isMyriad(char c) {
    return c == ChineseNumerals.WAN || c == ChineseNumerals.YI;
  }

  /** A Chinese numeral run at {@code i}. */
  private int chinese(int i) {
    int j = i;
    while (j < n && ChineseNumerals.isNumeral(s.charAt(j))) {
      j++;
    }
    BigDecimal v = ChineseNumerals.parse(s, i, j, false);
    int digitCount = 0;
    if (v == null && j - i == 4 && at(j) == YEAR && at(j + 1) != '\u7EA7') {
      v = ChineseNumerals.parse(s, i, j, true); // 二〇一九年, not 三四五六年级 (grades)
      if (v == null || v.intValue() < 1900 || v.intValue() > 2099) {
        return j;
      }
      digitCount = 4;
    }
    if (v == null) {
      return j;
    }
    boolean small = v.compareTo(BigDecimal.valueOf(MAX_SMALL_CHINESE)) <= 0
        || (i >= 2 && s.startsWith(PERCENT_WORD.substring(0, 2), i - 2)); // 百分二百: an idiom of effort
    return finish(i, j, v, digitCount, small, true);
  }

  /** {@code 百分之三十五}, {@code 百分之3.5}. */
  private int percentWord(int i) {
    int from = i + PERCENT_WORD.length();
    if (from >= n || !(digit(s.charAt(from)) >= 0 || ChineseNumerals.isNumeral(s.charAt(from)))) {
      return from;
    }
    percentFrom = i;
    int end = digit(s.charAt(from)) >= 0 ? arabic(from) : chinese(from);
    percentFrom = -1;
    return end;
  }

  /**
   * Classifies the number {@code v} at {@code [start, end)} by what follows it (a percent sign,
   * 年, 月, 日, 时) and adds it; returns where scanning goes on.
   *
   * @param digitCount the number of digits of a plain integer (4 for a year), -1 for a decimal
   */
  private int finish(int start, int numberEnd, BigDecimal v, int digitCount, boolean small,
      boolean chinese) {
    Kind kind = Kind.NUMBER;
    List<BigDecimal> alternatives = List.of();
    int end = skipSpaces(numberEnd); // 12 月, 820 万: a source with spaces between words
    int last = numberEnd;
    char c = at(end);
    boolean integer = digitCount >= 0;
    int iv = integer && v.compareTo(BigDecimal.valueOf(10_000)) < 0 ? v.intValue() : -1;
    if (percentFrom >= 0) {
      kind = Kind.PERCENT;
      start = percentFrom;
    } else if (c == '%' || c == '\uFF05') {
      kind = Kind.PERCENT;
      last = end + 1;
    } else if (c == YEAR && digitCount == 4 && iv >= 1000 && iv < 3000 && !s.startsWith(DECADE, end)) {
      return yearAndMonth(start, end + 1, iv);
    } else if (c == MONTH && iv >= 1 && iv <= 12) {
      return monthAndDay(start, end + 1, 0, iv, chinese);
    } else if ((c == DAY || c == DAY_SPOKEN) && iv >= 1 && iv <= 31 && !chinese
        && "\u5143\u672C".indexOf(at(end + 1)) < 0) {
      kind = Kind.DAY; // 日元 is yen, 日本 Japan; 一日 is one day
      last = end + 1;
    } else if (s.startsWith(DECADE, end) && iv >= 0) {
      alternatives = iv < 100 ? List.of(BigDecimal.valueOf(1900 + iv), BigDecimal.valueOf(2000 + iv)) : List.of();
      last = end + 2;
    } else if (c == YEAR && integer && iv > 0 && iv % 10 == 0) {
      alternatives = List.of(BigDecimal.valueOf(iv / 10)); // 30年: three decades
    } else if ((c == '\u65F6' || c == '\u70B9') && iv >= 13 && iv <= 24) {
      alternatives = List.of(BigDecimal.valueOf(iv - 12)); // 15时: 3 p.m.
    } else if (c == '\u540E' && iv >= 0 && iv < 100 && !chinese) {
      alternatives = List.of(BigDecimal.valueOf(1900 + iv), BigDecimal.valueOf(2000 + iv)); // 90后: born in the 1990s
    } else if (c == '\u6210' && iv >= 1 && iv <= 10) {
      alternatives = List.of(BigDecimal.valueOf(iv * 10)); // 6成: 60%
    } else if (c == '\u91CC' && integer) {
      alternatives = List.of(v.divide(BigDecimal.valueOf(2))); // 20里: 10 kilometers
    } else if (c == '\u65A4' && integer) {
      alternatives = List.of(v.divide(BigDecimal.valueOf(2))); // 10斤: 5 kilograms
    } else if (s.startsWith(CENTURY, end) && decadeWithin(end + CENTURY.length(), 5)) {
      small = true; // 20世纪80年代: the 1980s
    }
    if (s.startsWith(FRACTION, numberEnd)) {
      skipNext = true;
      return numberEnd + FRACTION.length(); // 三分之一: a fraction, not read
    }
    // a percentage and a day are reported whatever their size
    boolean reportable = !small || kind == Kind.PERCENT || kind == Kind.DAY;
    boolean checked = reportable && !isApproximate(start, numberEnd) && !isRangeStart(last) && !skipNext;
    skipNext = isRangeStart(last);
    out.add(SourceNumber.number(start, last, kind, v, alternatives, checked));
    return last;
  }

  /** {@code 2019年}, {@code 2019年11月}, {@code 2019年11月9日}; {@code from} is after 年. */
  private int yearAndMonth(int start, int from, int year) {
    int[] m = smallNumber(from);
    if (m != null && m[0] >= 1 && m[0] <= 12 && at(m[1]) == MONTH) {
      return monthAndDay(start, m[1] + 1, year, m[0], false);
    }
    boolean range = isRangeStart(from);
    boolean checked = !skipNext && !range && !isApproximate(start, from - 1);
    skipNext = range;
    out.add(SourceNumber.number(start, from, Kind.YEAR, BigDecimal.valueOf(year), List.of(), checked));
    return from;
  }

  /** {@code 11月} or {@code 11月9日}; {@code from} is after 月. */
  private int monthAndDay(int start, int from, int year, int month, boolean chinese) {
    int[] d = smallNumber(from);
    int end = from;
    int day = 0;
    if (d != null && d[0] >= 1 && d[0] <= 31 && (at(d[1]) == DAY || at(d[1]) == DAY_SPOKEN)) {
      day = d[0];
      end = d[1] + 1;
    }
    boolean range = isRangeStart(end);
    SourceNumber date = SourceNumber.date(start, end, year, month, day);
    // a Chinese numeral month without a day is a name more often than a date: 十月围城, 二月二
    out.add(skipNext || range || (chinese && day == 0) ? date.unchecked() : date);
    skipNext = range;
    return end;
  }

  /** A number of one or two Arabic digits, or a Chinese numeral up to 31, at {@code i}: {value, end}. */
  private int[] smallNumber(int from) {
    int i = skipSpaces(from);
    int j = i;
    int v = 0;
    while (j < n && j - i < 2 && digit(s.charAt(j)) >= 0) {
      v = v * 10 + digit(s.charAt(j));
      j++;
    }
    if (j > i) {
      return j < n && digit(s.charAt(j)) >= 0 ? null : new int[] {v, skipSpaces(j)};
    }
    while (j < n && j - i < 3 && ChineseNumerals.isNumeral(s.charAt(j))) {
      j++;
    }
    BigDecimal c = j > i ? ChineseNumerals.parse(s, i, j, false) : null;
    return c == null || c.intValue() > 31 ? null : new int[] {c.intValue(), skipSpaces(j)};
  }

  /** {@code 2019-11-09}, {@code 2019/11/9}, {@code 2019.11.9} at {@code i}; its end, or {@code i}. */
  private int isoDate(int i) {
    int y = fixedDigits(i, 4, 4);
    if (y < 0) {
      return i;
    }
    char sep = at(i + 4);
    if (sep != '-' && sep != '/' && sep != '.') {
      return i;
    }
    int mEnd = digitRunEnd(i + 5, 2);
    int m = fixedDigits(i + 5, 1, 2);
    if (m < 1 || m > 12 || at(mEnd) != sep) {
      return i;
    }
    int dEnd = digitRunEnd(mEnd + 1, 2);
    int d = fixedDigits(mEnd + 1, 1, 2);
    if (d < 1 || d > 31 || (dEnd < n && digit(s.charAt(dEnd)) >= 0)) {
      return i;
    }
    out.add(SourceNumber.date(i, dEnd, y, m, d));
    return dEnd;
  }

  private int digitRunEnd(int i, int max) {
    int j = i;
    while (j < n && j - i < max && digit(s.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  /** The value of {@code min} to {@code max} digits at {@code i} followed by no digit, or -1. */
  private int fixedDigits(int i, int min, int max) {
    int j = digitRunEnd(i, max);
    if (j - i < min || (j < n && digit(s.charAt(j)) >= 0)) {
      return -1;
    }
    int v = 0;
    for (int k = i; k < j; k++) {
      v = v * 10 + digit(s.charAt(k));
    }
    return v;
  }

  /** The end of digits with thousands commas and one decimal point, from {@code i}. */
  private int digitsEnd(int i) {
    int j = i;
    while (j < n && digit(s.charAt(j)) >= 0) {
      j++;
    }
    while (j + 3 < n + 0 && s.charAt(j) == ',' && threeDigits(j + 1)) {
      j += 4;
    }
    if (j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == '\uFF0E') && digit(s.charAt(j + 1)) >= 0) {
      j++;
      while (j < n && digit(s.charAt(j)) >= 0) {
        j++;
      }
    }
    return j;
  }

  private boolean threeDigits(int i) {
    return i + 3 <= n && digit(s.charAt(i)) >= 0 && digit(s.charAt(i + 1)) >= 0 && digit(s.charAt(i + 2)) >= 0
        && (i + 3 == n || digit(s.charAt(i + 3)) < 0);
  }

  /** The end of the Chinese units after Arabic digits at {@code j}: {@code 万}, {@code 亿}, {@code 万亿}, {@code 千万}, {@code 千}. */
  private int myriadUnits(int j) {
    char c = at(j);
    char d = at(j + 1);
    if (c == ChineseNumerals.WAN) {
      return d == ChineseNumerals.YI ? j + 2 : j + 1;
    }
    if (c == ChineseNumerals.YI) {
      return j + 1;
    }
    if (c == ChineseNumerals.TEN || c == ChineseNumerals.HUNDRED || c == ChineseNumerals.THOUSAND) {
      if (d == ChineseNumerals.WAN || d == ChineseNumerals.YI) {
        return j + 2;
      }
      if (c == ChineseNumerals.THOUSAND && KILO_UNITS.indexOf(d) < 0) {
        return j + 1;
      }
    }
    return j;
  }

  private BigDecimal multiplier(int from, int to) {
    BigDecimal m = BigDecimal.ONE;
    for (int k = from; k < to; k++) {
      m = m.multiply(BigDecimal.valueOf(ChineseNumerals.unit(s.charAt(k))));
    }
    return m;
  }

  /** {@code 几十}, {@code 数百}, {@code 500多}, {@code 3年多}, {@code 8000余}, {@code 十来}. */
  private boolean isApproximate(int start, int end) {
    if (start > 0 && APPROXIMATE_BEFORE.indexOf(s.charAt(start - 1)) >= 0) {
      return true;
    }
    if (APPROXIMATE_AFTER.indexOf(at(end)) >= 0) {
      return true;
    }
    return end < n && isCjk(s.charAt(end)) && "\u591A\u4F59".indexOf(at(end + 1)) >= 0; // 3年多, 500名余
  }

  /** Whether a range mark and another number follow {@code end} ({@code 3至5}, {@code 3-5万}). */
  private boolean isRangeStart(int end) {
    int j = end;
    while (j < n && s.charAt(j) == ' ') {
      j++;
    }
    if (j + 1 < n && RANGE_MARKS.indexOf(s.charAt(j)) < 0 && isCjk(s.charAt(j))
        && RANGE_MARKS.indexOf(s.charAt(j + 1)) >= 0) {
      j++; // 8时至26日, 3万元至5万元: a unit before the mark
    }
    if (j >= n || RANGE_MARKS.indexOf(s.charAt(j)) < 0) {
      return false;
    }
    j++;
    while (j < n && s.charAt(j) == ' ') {
      j++;
    }
    return j < n && (digit(s.charAt(j)) >= 0 || ChineseNumerals.digit(s.charAt(j)) > 0
        || s.charAt(j) == ChineseNumerals.TEN);
  }

  /** Whether 年代 starts within {@code reach} chars from {@code i}. */
  private boolean decadeWithin(int i, int reach) {
    for (int k = i; k <= i + reach && k < n; k++) {
      if (s.startsWith(DECADE, k)) {
        return true;
      }
    }
    return false;
  }

  private int skipSpaces(int i) {
    int j = i;
    while (j < n && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  private char at(int i) {
    return i < n ? s.charAt(i) : '\0';
  }

  private static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }

  /** The value of an ASCII or full-width digit, or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return c - '\uFF10';
    }
    return -1;
  }
}
