package org.mtclean.rules.debris;

import java.util.Locale;

/** Small scanning helpers shared by the debris rules. */
final class Scan {
  private Scan() {}

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A letter or digit of any script except East Asian ones. */
  static boolean wordChar(char c) {
    return c < 0x80 ? letter(c) || digit(c) : c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  /** The char at {@code i}, or 0 outside the text. */
  static char at(char[] s, int n, int i) {
    return i >= 0 && i < n ? s[i] : 0;
  }

  /** End of the run of ASCII digits starting at {@code i}. */
  static int digitsEnd(char[] s, int n, int i) {
    while (i < n && digit(s[i])) {
      i++;
    }
    return i;
  }

  /** Start of the run of ASCII digits ending before {@code i}. */
  static int digitsStart(char[] s, int i) {
    while (i > 0 && digit(s[i - 1])) {
      i--;
    }
    return i;
  }

  /** End of the run of ASCII letters starting at {@code i}. */
  static int lettersEnd(char[] s, int n, int i) {
    while (i < n && letter(s[i])) {
      i++;
    }
    return i;
  }

  /** Start of the run of ASCII letters ending before {@code i}. */
  static int lettersStart(char[] s, int i) {
    while (i > 0 && letter(s[i - 1])) {
      i--;
    }
    return i;
  }

  /** The value of the digits in {@code [from, to)}, at most 9 of them. */
  static int value(char[] s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s[i] - '0');
    }
    return v;
  }

  /** The ASCII letters in {@code [from, to)}, lower-cased. */
  static String lowerWord(char[] s, int from, int to) {
    return new String(s, from, to - from).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code s[at..]} starts with {@code word}, ignoring ASCII case. */
  static boolean startsWithIgnoreCase(char[] s, int n, int at, String word) {
    if (at < 0 || at + word.length() > n) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((s[at + k] | 0x20) != (word.charAt(k) | 0x20)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code [from, to)} lies in code, a URL, an e-mail address or a marked untranslated
   * run. The protected spans also cover number shapes (decimals, ranges, times), which the number
   * rules edit on purpose: so this asks about the whitespace before the token (protected only in
   * code or a marked run) and looks at the token itself for the marks of a link.
   */
  static boolean inCodeOrLink(org.mtclean.RuleContext ctx, char[] s, int n, int from, int to) {
    int a = from;
    while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n' && s[a - 1] != '\t') {
      a--;
    }
    if (a > 0 && ctx.isProtected(a - 1)) {
      return true;
    }
    int b = to;
    while (b < n && s[b] != ' ' && s[b] != '\n' && s[b] != '\t') {
      b++;
    }
    if (b < n && ctx.isProtected(b)) {
      return true;
    }
    for (int i = a; i < b; i++) {
      char c = s[i];
      if (c == '@' || c == '`' || c == '=' || c == '\\' || c == '&' || c == '?' && i + 1 < b
          || c == ':' && i + 2 < b && s[i + 1] == '/' && s[i + 2] == '/'
          || (c == 'w' || c == 'W') && i + 3 < b && startsWithIgnoreCase(s, n, i, "www.")) {
        return true;
      }
    }
    return false;
  }
}
