package org.mtclean.formats;

/**
 * Finds the placeholders of software strings, which a format keeps as inline codes: printf
 * ({@code %s}, {@code %1$d}, {@code %.2f}, {@code %%}), Python ({@code %(name)s}) and brace
 * ({@code {0}}, {@code {name}}, {@code {0,number}}) forms. A {@code %} after a digit is a percent
 * sign ({@code 5%s} is not taken), and so is one followed by a space.
 */
public final class Placeholders {
  private static final String CONVERSIONS = "sdifuxXoceEgGaAp%";
  private static final int MAX_BRACE = 40;

  private Placeholders() {}

  /** The length of the placeholder that starts at {@code i} of {@code s}, or 0. */
  public static int at(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c == '%') {
      return printf(s, i);
    }
    if (c == '{') {
      return brace(s, i);
    }
    return 0;
  }

  private static int printf(CharSequence s, int i) {
    int n = s.length();
    if (i > 0 && Character.isDigit(s.charAt(i - 1))) {
      return 0;
    }
    int k = i + 1;
    if (k < n && s.charAt(k) == '(') {
      int close = k + 1;
      while (close < n && close - k <= MAX_BRACE && isNameChar(s.charAt(close))) {
        close++;
      }
      if (close < n && s.charAt(close) == ')' && close > k + 1 && close + 1 < n
          && CONVERSIONS.indexOf(s.charAt(close + 1)) >= 0) {
        return close + 2 - i;
      }
      return 0;
    }
    int digits = k;
    while (digits < n && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits > k && digits < n && s.charAt(digits) == '$') {
      k = digits + 1;
    }
    while (k < n && "-#+0,".indexOf(s.charAt(k)) >= 0) {
      k++;
    }
    while (k < n && Character.isDigit(s.charAt(k))) {
      k++;
    }
    if (k < n && s.charAt(k) == '.') {
      k++;
      while (k < n && Character.isDigit(s.charAt(k))) {
        k++;
      }
    }
    if (k < n && (s.charAt(k) == 'l' || s.charAt(k) == 'h')) {
      k++;
    }
    if (k < n && CONVERSIONS.indexOf(s.charAt(k)) >= 0) {
      // %s followed by a letter is a word that starts with s after a percent sign ("50%sales"
      // would be odd, but "%so" is no placeholder either): require a non-letter after it
      char after = k + 1 < n ? s.charAt(k + 1) : ' ';
      if (after < 0x80 && Character.isLetter(after) && s.charAt(k) != '%') { // 共%d个 is one
        return 0;
      }
      return k + 1 - i;
    }
    return 0;
  }

  private static int brace(CharSequence s, int i) {
    int n = s.length();
    int k = i + 1;
    while (k < n && k - i <= MAX_BRACE && (isNameChar(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == ' ')) {
      k++;
    }
    if (k < n && s.charAt(k) == '}' && k > i + 1 && isNameChar(s.charAt(i + 1))) {
      return k + 1 - i;
    }
    return 0;
  }

  private static boolean isNameChar(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
  }
}
