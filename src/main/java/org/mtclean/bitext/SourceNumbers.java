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
  private static final String PERCENT_WORD = "\u767E\u5206\u4E4B"; // 百分之
  private static final String FRACTION = "\u5206\u4E4B"; // 分之
  private static final String CENTURY = "\u4E16\u7EAA"; // 世纪
  /** Idioms whose numerals are no amount: 十万火急 (most urgent), 十万八千里 (a world away). */
  private static final String[] IDIOMS = {"\u5341\u4E07\u706B\u6025", "\u5341\u4E07\u516B\u5343\u91CC"};

  /**
   * Words a Chinese numeral begins that name no amount: 十六进制 (hexadecimal), 六边形
   * (hexagon), 十二面体 (dodecahedron), 三角形 (triangle).
   */
  private static final String[] NUMERAL_WORDS = {
    "\u8FDB\u5236", "\u8FDB\u4F4D", "\u8FB9\u5F62", "\u9762\u4F53", "\u89D2\u5F62"};

  private final String s;
  private final int n;
  private final SourceText src;
  private final List<SourceNumber> out = new ArrayList<>();
  private boolean skipNext; // the number before began a range or a fraction
  private int percentFrom = -1; // where 百分之 starts, while the number after it is read

  private SourceNumbers(String s) {
    this.s = s;
    this.n = s.length();
    this.src = new SourceText(s);
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
      if (SourceText.digit(c) >= 0) {
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
    int j = src.digitsEnd(i);
    BigDecimal v = src.arabicValue(i, j);
    boolean decimal = v.scale() > 0;
    int digitCount = decimal ? -1 : v.precision();
    int unitsStart = src.skipSpaces(j);
    int unitsEnd = src.myriadUnits(unitsStart);
    if (unitsEnd > unitsStart) {
      v = v.multiply(src.multiplier(unitsStart, unitsEnd));
      // 2万4801, 1亿2000万: digits after a myriad unit add to it
      while (unitsEnd < n && SourceText.isMyriad(s.charAt(unitsEnd - 1))
          && SourceText.digit(s.charAt(unitsEnd)) >= 0) {
        int k = unitsEnd;
        while (k < n && SourceText.digit(s.charAt(k)) >= 0) {
          k++;
        }
        if (k < n && (s.charAt(k) == '.' || s.charAt(k) == ',')) {
          break;
        }
        BigDecimal rest = src.arabicValue(unitsEnd, k);
        int restUnits = s.charAt(unitsEnd - 1) == ChineseNumerals.YI ? src.myriadUnits(k) : k;
        if (restUnits > k) {
          rest = rest.multiply(src.multiplier(k, restUnits));
        }
        v = v.add(rest);
        unitsEnd = restUnits;
      }
      j = unitsEnd;
    }
    boolean small = !decimal && v.compareTo(BigDecimal.valueOf(MIN_ARABIC)) < 0;
    return finish(i, j, v, digitCount, small, false);
  }

  /** A Chinese numeral run at {@code i}. */
  private int chinese(int i) {
    for (String idiom : IDIOMS) {
      if (s.startsWith(idiom, i)) {
        return i + idiom.length();
      }
    }
    int j = i;
    while (j < n && ChineseNumerals.isNumeral(s.charAt(j))) {
      j++;
    }
    BigDecimal v = ChineseNumerals.parse(s, i, j, false);
    int digitCount = 0;
    if (v == null && j - i == 4 && src.at(j) == YEAR && src.at(j + 1) != '\u7EA7') {
      v = ChineseNumerals.parse(s, i, j, true); // 二〇一九年, not 三四五六年级 (grades)
      if (v == null || v.intValue() < 1900 || v.intValue() > 2099) {
        return j;
      }
      digitCount = 4;
    }
    if (v == null) {
      return j;
    }
    for (String word : NUMERAL_WORDS) {
      if (s.startsWith(word, j)) {
        return j + word.length(); // 十六进制 is hexadecimal, not sixteen
      }
    }
    boolean small = v.compareTo(BigDecimal.valueOf(MAX_SMALL_CHINESE)) <= 0
        || (i >= 2 && s.startsWith(PERCENT_WORD.substring(0, 2), i - 2)); // 百分二百: an idiom of effort
    return finish(i, j, v, digitCount, small, true);
  }

  /** {@code 百分之三十五}, {@code 百分之3.5}. */
  private int percentWord(int i) {
    int from = i + PERCENT_WORD.length();
    if (from >= n || !(SourceText.digit(s.charAt(from)) >= 0 || ChineseNumerals.isNumeral(s.charAt(from)))) {
      return from;
    }
    percentFrom = i;
    int end = SourceText.digit(s.charAt(from)) >= 0 ? arabic(from) : chinese(from);
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
    int end = src.skipSpaces(numberEnd); // 12 月, 820 万: a source with spaces between words
    int last = numberEnd;
    char c = src.at(end);
    boolean integer = digitCount >= 0;
    int iv = integer && v.compareTo(BigDecimal.valueOf(10_000)) < 0 ? v.intValue() : -1;
    if (percentFrom >= 0) {
      kind = Kind.PERCENT;
      start = percentFrom;
    } else if (c == '%' || c == '\uFF05') {
      kind = Kind.PERCENT;
      last = end + 1;
    } else if (c == YEAR && digitCount == 4 && iv >= 1000 && iv < 3000 && !s.startsWith(SourceText.DECADE, end)) {
      return yearAndMonth(start, end + 1, iv);
    } else if (c == MONTH && iv >= 1 && iv <= 12) {
      return monthAndDay(start, end + 1, 0, iv, chinese);
    } else if ((c == DAY || c == DAY_SPOKEN) && iv >= 1 && iv <= 31 && !chinese
        && "\u5143\u672C".indexOf(src.at(end + 1)) < 0) {
      kind = Kind.DAY; // 日元 is yen, 日本 Japan; 一日 is one day
      last = end + 1;
    } else if (s.startsWith(SourceText.DECADE, end) && iv >= 0) {
      alternatives = iv < 100 ? List.of(BigDecimal.valueOf(1900 + iv), BigDecimal.valueOf(2000 + iv)) : List.of();
      last = end + 2;
    } else if (c == YEAR && integer && iv > 0 && iv < 100 && !chinese) {
      // 19年: 2019 in casual writing, or 19 years; 30年: three decades
      alternatives = iv % 10 == 0
          ? List.of(BigDecimal.valueOf(iv / 10), BigDecimal.valueOf(2000 + iv), BigDecimal.valueOf(1900 + iv))
          : List.of(BigDecimal.valueOf(2000 + iv), BigDecimal.valueOf(1900 + iv));
    } else if (c == YEAR && integer && iv > 0 && iv % 10 == 0) {
      alternatives = List.of(BigDecimal.valueOf(iv / 10)); // 二十年: two decades
    } else if ((c == '\u65F6' || c == '\u70B9') && iv >= 13 && iv <= 24) {
      alternatives = List.of(BigDecimal.valueOf(iv - 12)); // 15时: 3 p.m.
    } else if ((c == '\u65F6' || c == '\u70B9') && iv >= 1 && iv <= 12 && src.afterNoon(start)) {
      alternatives = List.of(BigDecimal.valueOf(iv + 12)); // 下午4点: 16:00
    } else if (c == '\u540E' && iv >= 0 && iv < 100 && !chinese) {
      alternatives = List.of(BigDecimal.valueOf(1900 + iv), BigDecimal.valueOf(2000 + iv)); // 90后: born in the 1990s
    } else if (c == '\u6210' && iv >= 1 && iv <= 10) {
      alternatives = List.of(BigDecimal.valueOf(iv * 10)); // 6成: 60%
    } else if (c == '\u91CC' && integer) {
      alternatives = List.of(v.divide(BigDecimal.valueOf(2))); // 20里: 10 kilometers
    } else if (c == '\u65A4' && integer) {
      alternatives = List.of(v.divide(BigDecimal.valueOf(2))); // 10斤: 5 kilograms
    } else if (s.startsWith(CENTURY, end) && src.decadeWithin(end + CENTURY.length(), 5)) {
      small = true; // 20世纪80年代: the 1980s
    }
    if (s.startsWith(FRACTION, numberEnd)) {
      skipNext = true;
      return numberEnd + FRACTION.length(); // 三分之一: a fraction, not read
    }
    // a percentage and a day are reported whatever their size
    boolean reportable = !small || kind == Kind.PERCENT || kind == Kind.DAY;
    boolean checked = reportable && !src.isApproximate(start, numberEnd) && !src.isRangeStart(last) && !skipNext;
    skipNext = src.isRangeStart(last);
    out.add(SourceNumber.number(start, last, kind, v, alternatives, checked));
    return last;
  }

  /** {@code 2019年}, {@code 2019年11月}, {@code 2019年11月9日}; {@code from} is after 年. */
  private int yearAndMonth(int start, int from, int year) {
    int[] m = smallNumber(from);
    if (m != null && m[0] >= 1 && m[0] <= 12 && src.at(m[1]) == MONTH) {
      return monthAndDay(start, m[1] + 1, year, m[0], false);
    }
    boolean range = src.isRangeStart(from);
    boolean checked = !skipNext && !range && !src.isApproximate(start, from - 1);
    skipNext = range;
    out.add(SourceNumber.number(start, from, Kind.YEAR, BigDecimal.valueOf(year), List.of(), checked));
    return from;
  }

  /** {@code 11月} or {@code 11月9日}; {@code from} is after 月. */
  private int monthAndDay(int start, int from, int year, int month, boolean chinese) {
    int[] d = smallNumber(from);
    int end = from;
    int day = 0;
    if (d != null && d[0] >= 1 && d[0] <= 31 && (src.at(d[1]) == DAY || src.at(d[1]) == DAY_SPOKEN)) {
      day = d[0];
      end = d[1] + 1;
    }
    boolean range = src.isRangeStart(end);
    SourceNumber date = SourceNumber.date(start, end, year, month, day);
    // a Chinese numeral month without a day is a name more often than a date: 十月围城, 二月二
    out.add(skipNext || range || (chinese && day == 0) ? date.unchecked() : date);
    skipNext = range;
    return end;
  }

  /** A number of one or two Arabic digits, or a Chinese numeral up to 31, at {@code i}: {value, end}. */
  private int[] smallNumber(int from) {
    int i = src.skipSpaces(from);
    int j = i;
    int v = 0;
    while (j < n && j - i < 2 && SourceText.digit(s.charAt(j)) >= 0) {
      v = v * 10 + SourceText.digit(s.charAt(j));
      j++;
    }
    if (j > i) {
      return j < n && SourceText.digit(s.charAt(j)) >= 0 ? null : new int[] {v, src.skipSpaces(j)};
    }
    while (j < n && j - i < 3 && ChineseNumerals.isNumeral(s.charAt(j))) {
      j++;
    }
    BigDecimal c = j > i ? ChineseNumerals.parse(s, i, j, false) : null;
    return c == null || c.intValue() > 31 ? null : new int[] {c.intValue(), src.skipSpaces(j)};
  }

  /** {@code 2019-11-09}, {@code 2019/11/9}, {@code 2019.11.9} at {@code i}; its end, or {@code i}. */
  private int isoDate(int i) {
    int y = src.fixedDigits(i, 4, 4);
    if (y < 0) {
      return i;
    }
    char sep = src.at(i + 4);
    if (sep != '-' && sep != '/' && sep != '.') {
      return i;
    }
    int mEnd = src.digitRunEnd(i + 5, 2);
    int m = src.fixedDigits(i + 5, 1, 2);
    if (m < 1 || m > 12 || src.at(mEnd) != sep) {
      return i;
    }
    int dEnd = src.digitRunEnd(mEnd + 1, 2);
    int d = src.fixedDigits(mEnd + 1, 1, 2);
    if (d < 1 || d > 31 || (dEnd < n && SourceText.digit(s.charAt(dEnd)) >= 0)) {
      return i;
    }
    out.add(SourceNumber.date(i, dEnd, y, m, d));
    return dEnd;
  }

}
