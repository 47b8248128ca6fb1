package org.mtclean.rules.numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes numbers as numerals, AP style. Stateless; thread-safe. */
final class Numerals {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

  private Numerals() {}

  /** {@code 12,345} or {@code 12,345.75}; thousands get commas. */
  static String grouped(BigDecimal v) {
    String plain = v.stripTrailingZeros().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder(plain.length() + 4);
    int len = whole.length();
    for (int i = 0; i < len; i++) {
      if (i > 0 && (len - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    if (dot >= 0) {
      b.append(plain, dot, plain.length());
    }
    return b.toString();
  }

  static String grouped(long v) {
    return grouped(BigDecimal.valueOf(v));
  }

  /** {@code 12th}, {@code 21st}, {@code 22nd}, {@code 23rd}, {@code 111th}. */
  static String ordinal(long v) {
    long lastTwo = v % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else {
      suffix = switch ((int) (v % 10)) {
        case 1 -> "st";
        case 2 -> "nd";
        case 3 -> "rd";
        default -> "th";
      };
    }
    return grouped(v) + suffix;
  }

  /**
   * A large amount with a scale word, {@code 300 million}, {@code 1.2 billion}; amounts that do not
   * reduce to at most three decimals of a scale, and amounts below a million, get all digits.
   */
  static String withScale(BigDecimal v) {
    BigDecimal unit;
    String name;
    if (v.compareTo(TRILLION) >= 0) {
      unit = TRILLION;
      name = " trillion";
    } else if (v.compareTo(BILLION) >= 0) {
      unit = BILLION;
      name = " billion";
    } else if (v.compareTo(MILLION) >= 0) {
      unit = MILLION;
      name = " million";
    } else {
      return grouped(v);
    }
    BigDecimal x = v.divide(unit, 12, RoundingMode.UNNECESSARY).stripTrailingZeros();
    if (x.scale() > 3) {
      return grouped(v);
    }
    return grouped(x) + name;
  }

  /** English name of a scale value, such as {@code million}. */
  static String scaleName(long scale) {
    return switch ((int) Math.min(scale, Integer.MAX_VALUE)) {
      case 100 -> "hundred";
      case 1_000 -> "thousand";
      case 1_000_000 -> "million";
      case 1_000_000_000 -> "billion";
      default -> "trillion";
    };
  }

  /**
   * Reads a plain written number: digits with optional thousands commas ({@code 12,500}) and at
   * most one decimal point ({@code 1.5}). Returns null for anything else ({@code 1.4.2}).
   */
  static BigDecimal parsePlain(CharSequence s, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    int digitsInGroup = 0;
    boolean comma = false;
    boolean dot = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
        digitsInGroup++;
      } else if (c == ',' && !dot && digitsInGroup > 0 && (!comma || digitsInGroup == 3)) {
        comma = true;
        digitsInGroup = 0;
      } else if (c == '.' && !dot && digitsInGroup > 0 && (!comma || digitsInGroup == 3)) {
        dot = true;
        comma = false;
        b.append('.');
        digitsInGroup = 0;
      } else {
        return null;
      }
    }
    if (digitsInGroup == 0 || (comma && digitsInGroup != 3)) {
      return null;
    }
    return new BigDecimal(b.toString());
  }
}
