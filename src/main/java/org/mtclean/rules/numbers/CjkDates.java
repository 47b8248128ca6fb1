package org.mtclean.rules.numbers;

import org.mtclean.RuleContext;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;

/**
 * The CJK half of {@code numbers.date}: {@code 2019年11月9日} → {@code November 9, 2019},
 * {@code 2019年11月} → {@code November 2019}, {@code 11月9日} (or {@code 号}) → {@code November 9},
 * {@code 2019年} → {@code 2019}. Digits are ASCII by now ({@code chars.fullwidth} runs first).
 * A date with a CJK letter right before or after it is part of untranslated Chinese and stays;
 * the marks of a number before it count as such a letter only when that number does (see
 * {@link NumberChain}).
 * One instance per paragraph; not thread-safe.
 */
final class CjkDates {
  private static final char YEAR = '\u5E74';
  private static final char MONTH = '\u6708';
  private static final char DAY = '\u65E5';
  private static final char DAY_SPOKEN = '\u53F7';

  private final RuleContext ctx;
  private final String s;
  private int pos; // scanning position of digits() / mark()
  private int count; // number of digits digits() read
  private final NumberChain chain; // 2022年 2022年: a chain is converted as a whole

  CjkDates(RuleContext ctx, String s) {
    this.ctx = ctx;
    this.s = s;
    this.chain = new NumberChain(Raw.chars(ctx));
  }

  void scan() {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Chars.isAsciiDigit(c) || (i > 0 && isNumberChar(s.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = date(i);
      i = end > i ? end : skipDigits(i);
    }
  }

  /** Tries a date at {@code start}; returns its end when one was proposed, else {@code start}. */
  private int date(int start) {
    pos = start;
    int first = digits(4);
    int year = -1;
    int month = -1;
    int day = -1;
    if (first >= 0 && count == 4 && mark(YEAR)) {
      year = first;
      int afterYear = pos;
      int m = digits(2);
      if (m >= 1 && m <= 12 && mark(MONTH)) {
        month = m;
        int afterMonth = pos;
        int d = digits(2);
        if (d >= 1 && d <= LiteralDateRule.daysIn(month) && (mark(DAY) || mark(DAY_SPOKEN))) {
          day = d;
        } else {
          pos = afterMonth;
        }
      } else {
        pos = afterYear;
      }
    } else {
      pos = start;
      int m = digits(2);
      if (m < 1 || m > 12 || !mark(MONTH)) {
        return start;
      }
      month = m;
      int d = digits(2);
      if (d < 1 || d > LiteralDateRule.daysIn(month) || !(mark(DAY) || mark(DAY_SPOKEN))) {
        return start;
      }
      day = d;
    }
    int end = pos;
    int before = Chars.before(s, start);
    int after = Chars.at(s, end);
    boolean chinese = chain.chineseBefore(start) || Chars.isCjkLetter(acrossSpaces(end, 1));
    chain.remember(end, !chinese);
    if (chinese || ctx.isProtected(start, end)) {
      return start; // inside untranslated Chinese
    }
    StringBuilder b = new StringBuilder();
    if (before >= 0 && Chars.isWordChar(before)) {
      b.append(' ');
    }
    if (month > 0) {
      b.append(Spellout.month(month)).append(' ');
      if (day > 0) {
        b.append(day);
        if (year >= 0) {
          b.append(", ");
        }
      }
    }
    if (year >= 0) {
      b.append(year);
    }
    if (after >= 0 && Chars.isWordChar(after)) {
      b.append(' ');
    }
    int in = day > 0 && b.charAt(0) != ' ' ? LiteralDateRule.inBeforeDay(ctx, s, start, end) : -1;
    if (in >= 0) {
      ctx.replace(in, end, LiteralDateRule.on(s, in) + " " + b, "Chinese date to an English date, on before a day");
    } else {
      ctx.replace(start, end, b.toString(), "Chinese date to an English date");
    }
    return end;
  }

  /**
   * Reads spaces, then 1 to {@code max} ASCII digits, then spaces, from {@code pos}; returns the
   * value, or -1 (with {@code pos} unchanged) when there are no digits or too many.
   */
  private int digits(int max) {
    int i = pos;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    int from = i;
    int v = 0;
    while (i < s.length() && i - from < max && Chars.isAsciiDigit(s.charAt(i))) {
      v = v * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == from || (i < s.length() && Chars.isAsciiDigit(s.charAt(i)))) {
      return -1;
    }
    count = i - from;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    pos = i;
    return v;
  }

  /** The code point next to {@code index} in direction {@code dir}, across spaces; -1 at an end. */
  private int acrossSpaces(int index, int dir) {
    int i = index;
    while (dir < 0 ? i > 0 && isSpace(s.charAt(i - 1)) : i < s.length() && isSpace(s.charAt(i))) {
      i += dir;
    }
    return dir < 0 ? Chars.before(s, i) : Chars.at(s, i);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** Consumes {@code mark} at {@code pos}. */
  private boolean mark(char mark) {
    if (pos >= s.length() || s.charAt(pos) != mark) {
      return false;
    }
    pos++;
    return true;
  }

  private int skipDigits(int i) {
    while (i < s.length() && isNumberChar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNumberChar(char c) {
    return Chars.isAsciiDigit(c) || c == '.' || c == ',' || c == '-' || c == ':' || c == '/'
        || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
