package org.mtclean.bitext;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number, percentage, year or date of the (Chinese) source, as a value to look for in the
 * target. Immutable.
 *
 * @param start char offset in the source
 * @param end char offset after it in the source
 * @param kind {@link Kind}
 * @param value the number (the day for {@link Kind#DAY}, the year for {@link Kind#YEAR}); null
 *     for a month or a date
 * @param alternatives other values the target may use for it ({@code 15时} may be {@code 3 p.m.})
 * @param year the year of a date or month, or 0
 * @param month the month of a date or month (1-12), or 0
 * @param day the day of a date, or 0
 * @param checked whether a missing counterpart is reported (small numbers, approximations and
 *     ranges are read but not reported)
 */
record SourceNumber(int start, int end, Kind kind, BigDecimal value, List<BigDecimal> alternatives,
    int year, int month, int day, boolean checked) {

  /** What the source says. */
  enum Kind {
    /** A count or amount: {@code 5万}, {@code 二十三}, {@code 3.2}. */
    NUMBER,
    /** {@code 35%}, {@code 百分之三十五}. */
    PERCENT,
    /** {@code 2019年}. */
    YEAR,
    /** {@code 11月}, {@code 2019年11月}. */
    MONTH,
    /** {@code 11月9日}, {@code 2019年11月9日}, {@code 2019-11-09}. */
    DATE,
    /** {@code 9日} with no month. */
    DAY
  }

  static SourceNumber number(int start, int end, Kind kind, BigDecimal value,
      List<BigDecimal> alternatives, boolean checked) {
    return new SourceNumber(start, end, kind, value, alternatives, 0, 0, 0, checked);
  }

  static SourceNumber date(int start, int end, int year, int month, int day) {
    Kind k = day > 0 ? Kind.DATE : Kind.MONTH;
    return new SourceNumber(start, end, k, null, List.of(), year, month, day, true);
  }

  /** This number, not reported. */
  SourceNumber unchecked() {
    return checked ? new SourceNumber(start, end, kind, value, alternatives, year, month, day, false) : this;
  }

  /** Whether it is a date or a month, which the target writes with a month name. */
  boolean isDate() {
    return kind == Kind.DATE || kind == Kind.MONTH;
  }
}
