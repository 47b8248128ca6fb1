package org.mtclean.rules.numbers;

import java.math.BigDecimal;
import java.nio.CharBuffer;
import org.mtclean.RuleContext;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;

/**
 * The CJK half of {@code numbers.myriad}: a number left with {@code 万} (10,000) or {@code 亿}
 * (100 million), and {@code 元} (yuan) after them, in English text: {@code 5万 tons} →
 * {@code 50,000 tons}, {@code 3.2亿元} → {@code 320 million yuan}, {@code 12亿} →
 * {@code 1.2 billion}. Digits are ASCII by now ({@code chars.fullwidth} runs first). A number with
 * a CJK letter before it, or after it other than {@code 元} ({@code 5万吨}, {@code 3万亿}), is part
 * of untranslated Chinese and stays, as does a range ({@code 3-5万}); the marks of a number before
 * it count as such a letter only when that number does (see {@link NumberChain}). Stateless.
 */
final class CjkMyriads {
  private static final char WAN = '\u4E07';
  private static final char YI = '\u4EBF';
  private static final char YUAN = '\u5143';
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

  private CjkMyriads() {}

  static void scan(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    CharBuffer chars = null;
    int lastEnd = 0;
    NumberChain chain = new NumberChain(s); // 5万 1月1日 5万: a chain is converted as a whole
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      char c = s[i];
      if ((c != WAN && c != YI) || i < lastEnd) {
        continue;
      }
      int numberEnd = i;
      while (numberEnd > lastEnd && isSpace(s[numberEnd - 1])) {
        numberEnd--;
      }
      int start = numberEnd;
      while (start > lastEnd && (Chars.isAsciiDigit(s[start - 1]) || s[start - 1] == '.' || s[start - 1] == ',')) {
        start--;
      }
      while (start < numberEnd && !Chars.isAsciiDigit(s[start])) {
        start++; // a comma or period before the digits is not part of the number: costs,5万
      }
      if (start == numberEnd || !standsAlone(s, start, lastEnd, chain)) {
        continue;
      }
      if (chars == null) {
        chars = CharBuffer.wrap(s, 0, n);
      }
      BigDecimal multiplier = Numerals.parsePlain(chars, start, numberEnd);
      int end = i + 1;
      boolean yuan = end < n && s[end] == YUAN;
      if (yuan) {
        end++;
      }
      // a decimal or thousands number is protected from the punctuation rules: reading it is this
      // rule's concern, so only the unit, and what the number is glued to, must be free
      if (multiplier == null || multiplier.signum() == 0 || Chars.isCjkLetter(acrossSpaces(s, n, end))
          || ctx.isProtected(numberEnd, end) || (start > 0 && ctx.isProtected(start - 1))) {
        chain.remember(end, false);
        continue;
      }
      chain.remember(end, true);
      BigDecimal value = multiplier.multiply(BigDecimal.valueOf(c == WAN ? 10_000L : 100_000_000L));
      StringBuilder b = new StringBuilder();
      b.append(value.compareTo(MILLION) < 0 ? Numerals.grouped(value) : Numerals.withScale(value));
      if (yuan) {
        b.append(" yuan");
      }
      if (Chars.isWordChar(Chars.at(s, n, end))) {
        b.append(' ');
      }
      ctx.replace(start, end, b.toString(), c == WAN
          ? "Chinese myriad unit (\u4E07, 10,000) left after a number"
          : "Chinese myriad unit (\u4EBF, 100 million) left after a number");
      lastEnd = end;
    }
  }

  /**
   * Whether the number at {@code start} is not glued to a word, a range, a time or a version
   * before it ({@code v2}, {@code 3-5}, {@code 09:30}, {@code 1.2.3}) and has no CJK letter before
   * it, leaving out the text up to {@code lastEnd}, which the last edit replaces. (A colon after a
   * word is not glue: {@code space.after-punct} puts a space there later.)
   */
  private static boolean standsAlone(char[] s, int start, int lastEnd, NumberChain chain) {
    if (lastEnd > 0 && start == lastEnd) {
      return true; // right after the last one (5万5万): after the space that edit ends with
    }
    int before = Chars.before(s, start);
    if (before >= 0 && (Chars.isWordChar(before) || "-~/.\u2013\u2014\uFF5E\u301C".indexOf(before) >= 0
        || (before == ':' && Chars.isAsciiDigit(Chars.before(s, start - 1))))) {
      return false;
    }
    int i = start;
    while (i > 0 && isSpace(s[i - 1])) {
      i--;
    }
    // a CJK letter that the last edit replaces does not count (5万 3万: both are converted)
    return i <= lastEnd && lastEnd > 0 || !chain.chineseBefore(i);
  }

  /** The code point at {@code index} or after the spaces there; -1 at the end. */
  private static int acrossSpaces(char[] s, int n, int index) {
    int i = index;
    while (i < n && isSpace(s[i])) {
      i++;
    }
    return Chars.at(s, n, i);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
