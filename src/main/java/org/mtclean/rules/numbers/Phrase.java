package org.mtclean.rules.numbers;

import java.math.BigDecimal;

/**
 * A spelled-out number found in a paragraph: tokens {@code [first, end)} of a {@link Tokens} and
 * its value. Immutable.
 *
 * @param first first token
 * @param end token after the last one
 * @param form how it is written: {@link #CARDINAL} (ordinary English number words, ordinals and
 *     decimals included), {@link #YEAR_PAIR} ({@code nineteen ninety-seven}) or
 *     {@link #YEAR_DIGITS} ({@code two zero one nine})
 * @param value the value; for a decimal with a scale word ({@code three point five million}) the
 *     value without the scale (3.5)
 * @param ordinal whether the last word is an ordinal ({@code twelfth})
 * @param decimal whether it has a {@code point}
 * @param scale the value of a closing {@code million}, {@code billion} or {@code trillion}
 *     ({@code sixty million}), or of the scale word after a decimal; 0 when there is none
 * @param normalized the words as ICU reads them (without a scale after a decimal), or null for a
 *     spoken year, whose value is not a spellout number
 */
record Phrase(int first, int end, int form, BigDecimal value, boolean ordinal, boolean decimal,
    long scale, String normalized) {
  static final int CARDINAL = 0;
  static final int YEAR_PAIR = 1;
  static final int YEAR_DIGITS = 2;

  /** The full value: {@link #value} times the scale for a decimal with a scale word. */
  BigDecimal total() {
    return decimal && scale != 0 ? value.multiply(BigDecimal.valueOf(scale)) : value;
  }

  /**
   * Whether ICU's strict spellout parser reads {@link #normalized} completely and to the same
   * value as the structure. Called only for a phrase about to be edited: a parse costs tens of
   * microseconds, and most number words in running text are never edited.
   */
  boolean confirmed() {
    if (normalized == null) {
      return true;
    }
    Number icu = Spellout.parse(normalized, ordinal);
    if (icu == null) {
      return false;
    }
    if (decimal) {
      return new BigDecimal(icu.toString()).compareTo(value) == 0;
    }
    return !(icu instanceof Double) && BigDecimal.valueOf(icu.longValue()).compareTo(value) == 0;
  }

  /** Whether this is an integer from 1900 to 2100 that is not an ordinal. */
  boolean yearLike() {
    if (ordinal || decimal) {
      return false;
    }
    BigDecimal v = value;
    return v.compareTo(BigDecimal.valueOf(1900)) >= 0 && v.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }
}
