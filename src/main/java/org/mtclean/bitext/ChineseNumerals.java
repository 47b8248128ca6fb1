package org.mtclean.bitext;

import java.math.BigDecimal;

/**
 * Chinese numerals: {@code 五}, {@code 二十三}, {@code 一百零五}, {@code 两千}, {@code 三千五百万},
 * {@code 一亿三千万}, the colloquial {@code 两万五} (25,000) and {@code 一百五} (150), the
 * financial forms ({@code 壹贰叁…拾佰仟}), and digit by digit ({@code 二〇一九}). Stateless.
 */
final class ChineseNumerals {
  private static final String DIGITS = "\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D"; // 零一二三四五六七八九
  private static final String FINANCIAL = "\u96F6\u58F9\u8D30\u53C1\u8086\u4F0D\u9646\u67D2\u634C\u7396"; // 零壹贰叁肆伍陆柒捌玖
  static final char LING_CIRCLE = '\u3007'; // 〇
  static final char LIANG = '\u4E24'; // 两
  static final char TEN = '\u5341'; // 十
  static final char HUNDRED = '\u767E'; // 百
  static final char THOUSAND = '\u5343'; // 千
  static final char WAN = '\u4E07'; // 万
  static final char YI = '\u4EBF'; // 亿
  private static final char TEN_F = '\u62FE'; // 拾
  private static final char HUNDRED_F = '\u4F70'; // 佰
  private static final char THOUSAND_F = '\u4EDF'; // 仟

  private ChineseNumerals() {}

  /** The value of a digit char ({@code 一}, {@code 两}, {@code 〇}, {@code 壹}), or -1. */
  static int digit(char c) {
    if (c == LIANG) {
      return 2;
    }
    if (c == LING_CIRCLE) {
      return 0;
    }
    int d = DIGITS.indexOf(c);
    return d >= 0 ? d : FINANCIAL.indexOf(c);
  }

  /** The value of a unit char: 10, 100, 1000 ({@code 十百千}), 10,000 ({@code 万}), 10^8 ({@code 亿}); else 0. */
  static long unit(char c) {
    return switch (c) {
      case TEN, TEN_F -> 10;
      case HUNDRED, HUNDRED_F -> 100;
      case THOUSAND, THOUSAND_F -> 1000;
      case WAN -> 10_000;
      case YI -> 100_000_000;
      default -> 0;
    };
  }

  static boolean isNumeral(char c) {
    return digit(c) >= 0 || unit(c) > 0;
  }

  /**
   * The value of {@code s[from, to)} as one numeral, or null when it is not a well-formed one
   * ({@code 十三五}, {@code 一二}, {@code 九一八}). Digit by digit ({@code 二〇一九}) only when
   * {@code digitByDigit}.
   */
  static BigDecimal parse(CharSequence s, int from, int to, boolean digitByDigit) {
    if (from >= to) {
      return null;
    }
    boolean allDigits = true;
    for (int i = from; i < to; i++) {
      allDigits &= digit(s.charAt(i)) >= 0;
    }
    if (allDigits && to - from > 1) {
      if (!digitByDigit) {
        return null;
      }
      long v = 0;
      for (int i = from; i < to; i++) {
        v = v * 10 + digit(s.charAt(i));
      }
      return BigDecimal.valueOf(v);
    }
    return positional(s, from, to);
  }

  /** {@code 三千五百万}: units after digits, decreasing within a section of {@code 万} or {@code 亿}. */
  private static BigDecimal positional(CharSequence s, int from, int to) {
    long total = 0; // whole sections closed by 亿
    long section = 0; // below 亿, closed parts by 万 included
    long small = 0; // below 万
    long number = -1; // the digit waiting for its unit; -1 none
    long lastUnit = 0; // the unit just before, for 一百五 = 150
    long smallUnitLimit = Long.MAX_VALUE; // units below 万 must decrease
    boolean zeroSeen = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (number >= 0) {
          return null; // two digits in a row: 一二, 九一八
        }
        if (d == 0) {
          zeroSeen = true;
          lastUnit = 0;
          continue;
        }
        number = d;
        continue;
      }
      long u = unit(c);
      if (u < 10_000) {
        if (u >= smallUnitLimit) {
          return null; // 十百, 百千
        }
        if (number < 0 && !(u == 10 && (i == from || zeroSeen))) {
          return null; // a unit without a digit before it, except 十 at the start or after 零
        }
        small += (number < 0 ? 1 : number) * u;
        smallUnitLimit = u;
      } else if (u == 10_000) {
        if (number < 0 && small == 0) {
          return null; // 万 alone or after 亿: 亿万
        }
        section += (small + Math.max(number, 0)) * u;
        small = 0;
        smallUnitLimit = Long.MAX_VALUE;
      } else {
        if (number < 0 && small == 0 && section == 0) {
          return null;
        }
        total = (total + section + small + Math.max(number, 0)) * u;
        section = 0;
        small = 0;
        smallUnitLimit = Long.MAX_VALUE;
      }
      number = -1;
      zeroSeen = false;
      lastUnit = u;
    }
    long tail = Math.max(number, 0);
    if (number > 0 && lastUnit >= 100) {
      tail = number * (lastUnit / 10); // 一百五 = 150, 两万五 = 25,000
    }
    long v = total + section + small + tail;
    return v == 0 && number < 0 ? null : BigDecimal.valueOf(v);
  }
}
