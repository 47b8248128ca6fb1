package org.mtclean.bitext;

import java.math.BigDecimal;

/** The chars of a Chinese source text, read the ways {@link SourceNumbers} needs. Immutable. */
final class SourceText {
  private static final String RANGE_MARKS = "-~\uFF5E\u2014\u2013\u81F3\u5230\uFF0D\u301C"; // - ~ ～ — – 至 到 － 〜
  private static final String APPROXIMATE_AFTER = "\u591A\u4F59\u51E0\u6765"; // 多余几来
  private static final String APPROXIMATE_BEFORE = "\u51E0\u6570"; // 几数
  private static final String KILO_UNITS = "\u7C73\u514B\u74E6\u7126\u5361\u5E15\u5B57"; // 米克瓦焦卡帕字: 千米 is km
  static final String DECADE = "\u5E74\u4EE3"; // 年代

  private final String s;
  private final int n;

  SourceText(String s) {
    this.s = s;
    this.n = s.length();
  }

  BigDecimal arabicValue(int from, int to) {
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

  static boolean isMyriad(char c) {
    return c == ChineseNumerals.WAN || c == ChineseNumerals.YI;
  }

  int digitRunEnd(int i, int max) {
    int j = i;
    while (j < n && j - i < max && digit(s.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  /** The value of {@code min} to {@code max} digits at {@code i} followed by no digit, or -1. */
  int fixedDigits(int i, int min, int max) {
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
  int digitsEnd(int i) {
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

  boolean threeDigits(int i) {
    return i + 3 <= n && digit(s.charAt(i)) >= 0 && digit(s.charAt(i + 1)) >= 0 && digit(s.charAt(i + 2)) >= 0
        && (i + 3 == n || digit(s.charAt(i + 3)) < 0);
  }

  /** The end of the Chinese units after Arabic digits at {@code j}: {@code 万}, {@code 亿}, {@code 万亿}, {@code 千万}, {@code 千}. */
  int myriadUnits(int j) {
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

  BigDecimal multiplier(int from, int to) {
    BigDecimal m = BigDecimal.ONE;
    for (int k = from; k < to; k++) {
      m = m.multiply(BigDecimal.valueOf(ChineseNumerals.unit(s.charAt(k))));
    }
    return m;
  }

  /** {@code 几十}, {@code 数百}, {@code 500多}, {@code 3年多}, {@code 8000余}, {@code 十来}. */
  boolean isApproximate(int start, int end) {
    if (start > 0 && APPROXIMATE_BEFORE.indexOf(s.charAt(start - 1)) >= 0) {
      return true;
    }
    if (APPROXIMATE_AFTER.indexOf(at(end)) >= 0) {
      return true;
    }
    return end < n && isCjk(s.charAt(end)) && "\u591A\u4F59".indexOf(at(end + 1)) >= 0; // 3年多, 500名余
  }

  /** Whether a range mark and another number follow {@code end} ({@code 3至5}, {@code 3-5万}). */
  boolean isRangeStart(int end) {
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
  boolean decadeWithin(int i, int reach) {
    for (int k = i; k <= i + reach && k < n; k++) {
      if (s.startsWith(DECADE, k)) {
        return true;
      }
    }
    return false;
  }

  int skipSpaces(int i) {
    int j = i;
    while (j < n && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  char at(int i) {
    return i < n ? s.charAt(i) : '\0';
  }

  static boolean isCjk(char c) {
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

  /** Whether the hour at {@code start} follows 下午, 晚上, 傍晚, 午后 or 夜里 (spaces between allowed). */
  boolean afterNoon(int start) {
    int k = start;
    while (k > 0 && s.charAt(k - 1) == ' ') {
      k--;
    }
    if (k < 2) {
      return false;
    }
    String before = s.substring(k - 2, k);
    return before.equals("\u4E0B\u5348") || before.equals("\u665A\u4E0A") || before.equals("\u508D\u665A")
        || before.equals("\u5348\u540E") || before.equals("\u591C\u91CC");
  }
}
