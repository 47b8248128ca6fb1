package org.mtclean.bitext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words and digit runs of the target, with the text between them. */
final class TargetTokens {
  /** A word or a number; {@code end} includes an ordinal suffix ({@code 26th}). */
  private record Tok(int start, int end, BigDecimal value, int digits, int decimals, boolean ordinal) {}

  private final String s;
  private final List<Tok> toks = new ArrayList<>();
  private int datePartsLeft; // the month and day of a dotted date still to read

  TargetTokens(String s) {
    this.s = s;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        i = number(i);
      } else if (isLetter(c)) {
        int j = i;
        while (j < n && isLetter(s.charAt(j))) {
          j++;
        }
        toks.add(new Tok(i, j, null, 0, 0, false));
        i = j;
      } else {
        i++;
      }
    }
  }

  /** Digits with thousands commas and a decimal point, and an ordinal suffix, at {@code i}. */
  private int number(int i) {
    int n = s.length();
    int j = i;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    while (j < n && s.charAt(j) == ',' && threeDigits(j + 1)) {
      j += 4;
    }
    int decimals = 0;
    if (j - i == 4 && dottedDate(j)) {
      toks.add(new Tok(i, j, new BigDecimal(s.substring(i, j)), 4, 0, false));
      datePartsLeft = 2; // 2021.6.11: a year, then the month and the day as numbers of their own
      return j;
    }
    boolean datePart = datePartsLeft > 0;
    datePartsLeft = datePart ? datePartsLeft - 1 : 0;
    if (!datePart && j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
      int d = j + 1;
      while (d < n && isDigit(s.charAt(d))) {
        d++;
      }
      decimals = d - j - 1;
      j = d;
    }
    String digits = s.substring(i, j).replace(",", "");
    int end = j;
    boolean ordinal = j + 2 <= n && isOrdinalSuffix(s.substring(j, j + 2))
        && (j + 2 == n || !isLetter(s.charAt(j + 2)));
    if (ordinal) {
      end = j + 2;
    }
    toks.add(new Tok(i, end, new BigDecimal(digits), decimals > 0 ? -1 : digits.length(), decimals, ordinal));
    return end;
  }

  /** Whether {@code .M.D} (one or two digits each) follows at {@code j}, and no digit or dot after it. */
  private boolean dottedDate(int j) {
    int k = j;
    for (int part = 0; part < 2; part++) {
      if (k >= s.length() || s.charAt(k) != '.') {
        return false;
      }
      int from = ++k;
      while (k < s.length() && k - from < 2 && isDigit(s.charAt(k))) {
        k++;
      }
      if (k == from) {
        return false;
      }
    }
    return k == s.length() || !(isDigit(s.charAt(k)) || (s.charAt(k) == '.' && k + 1 < s.length() && isDigit(s.charAt(k + 1))));
  }

  private boolean threeDigits(int i) {
    int n = s.length();
    return i + 3 <= n && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
        && (i + 3 == n || !isDigit(s.charAt(i + 3)));
  }

  private static boolean isOrdinalSuffix(String two) {
    String l = two.toLowerCase(Locale.ROOT);
    return l.equals("st") || l.equals("nd") || l.equals("rd") || l.equals("th");
  }

  int size() {
    return toks.size();
  }

  boolean isNumber(int k) {
    return toks.get(k).value != null;
  }

  int start(int k) {
    return toks.get(k).start;
  }

  int end(int k) {
    return toks.get(k).end;
  }

  BigDecimal value(int k) {
    return toks.get(k).value;
  }

  /** The value of an integer below 100,000, or -1. */
  int intValue(int k) {
    Tok x = toks.get(k);
    return x.value == null || x.decimals > 0 || x.value.compareTo(BigDecimal.valueOf(100_000)) >= 0
        ? -1 : x.value.intValue();
  }

  /** The number of digits of an integer; -1 for a decimal. */
  int digits(int k) {
    return toks.get(k).digits;
  }

  int decimals(int k) {
    return toks.get(k).decimals;
  }

  boolean ordinal(int k) {
    return toks.get(k).ordinal;
  }

  String lower(int k) {
    return s.substring(start(k), end(k)).toLowerCase(Locale.ROOT);
  }

  boolean is(int k, String lowerWord) {
    return !isNumber(k) && end(k) - start(k) == lowerWord.length()
        && s.regionMatches(true, start(k), lowerWord, 0, lowerWord.length());
  }

  /** The text between token {@code k - 1} and token {@code k}. */
  String gapBefore(int k) {
    return s.substring(k == 0 ? 0 : end(k - 1), start(k));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
