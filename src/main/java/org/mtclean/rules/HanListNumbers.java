package org.mtclean.rules;

/**
 * List numbers: where one starts a list item, Chinese numerals from 1 to 99 ({@code 一、},
 * {@code （十二）}) and circled numbers ({@code ①}), which machine translation leaves in front of
 * the English item. Stateless.
 */
final class HanListNumbers {
  private static final String DIGITS = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D"; // 一..九
  private static final char TEN = '\u5341'; // 十

  private HanListNumbers() {}

  /** The value of the numeral {@code s[from, to)}, 1 to 99; 0 when it is not one. */
  static int value(char[] s, int from, int to) {
    int len = to - from;
    if (len < 1 || len > 3) {
      return 0;
    }
    int a = digit(s[from]);
    if (len == 1) {
      return a > 0 ? a : s[from] == TEN ? 10 : 0;
    }
    if (len == 2) {
      if (s[from] == TEN) {
        int b = digit(s[from + 1]);
        return b > 0 ? 10 + b : 0; // 十二
      }
      return a > 1 && s[from + 1] == TEN ? 10 * a : 0; // 二十
    }
    int c = digit(s[from + 2]);
    return a > 1 && s[from + 1] == TEN && c > 0 ? 10 * a + c : 0; // 二十一
  }

  /**
   * The start of a list numeral that ends at {@code i} (where a {@code 、} stands) and begins a
   * line, or follows the end of a sentence or a colon; -1 when there is none.
   */
  static int listNumberBefore(char[] s, int i) {
    int k = i;
    while (k > 0 && i - k < 3 && isNumeralChar(s[k - 1])) {
      k--;
    }
    if (k == i || value(s, k, i) == 0 || (k > 0 && isNumeralChar(s[k - 1]))) {
      return -1;
    }
    return startsListItem(s, k) ? k : -1;
  }

  /**
   * Whether a list number at {@code k} would start a list item: at the start of a line, or after
   * the end of a sentence or a colon, spaces between ({@code in 2020、2021} lists years).
   */
  static boolean startsListItem(char[] s, int k) {
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\u3000')) {
      k--;
    }
    return k == 0 || ".!?:;\n\u3002\uFF01\uFF1F\uFF1A\uFF1B".indexOf(s[k - 1]) >= 0;
  }

  /**
   * The number of a circled or bracketed list number, {@code \u2460} to {@code \u2473} (1 to 20
   * in circles), {@code \u2474} to {@code \u2487} (in brackets) or {@code \u2488} to
   * {@code \u249B} (with a full stop); 0 for any other char.
   */
  static int circledValue(char c) {
    return c >= '\u2460' && c <= '\u249B' ? (c - '\u2460') % 20 + 1 : 0;
  }

  static boolean isNumeralChar(char c) {
    return c == TEN || digit(c) > 0;
  }

  private static int digit(char c) {
    return DIGITS.indexOf(c) + 1;
  }
}
