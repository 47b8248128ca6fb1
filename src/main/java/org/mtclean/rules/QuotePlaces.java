package org.mtclean.rules;

import org.mtclean.internal.Chars;

/**
 * Where a double quote stands, for {@link QuoteRule} and {@link StraightQuotePairing}: whether its
 * neighbours let it open or close a quotation. A quote glued to the word before it and followed
 * by a space ({@code word" }) only closes, one after a space and glued to the word after it
 * ({@code  "word}) only opens, and one with spaces on both sides (the padding that {@code
 * quotes.padding} removes) or glued on both sides may be either. Stateless.
 */
final class QuotePlaces {
  private QuotePlaces() {}

  /** How many quotes of the pair {@code open}, {@code close} stand where only the other end of a pair can (0 to 2). */
  static int misplaced(char[] s, int n, int open, int close) {
    return (misplacedOpening(s, n, open) ? 1 : 0) + (misplacedClosing(s, n, close) ? 1 : 0);
  }

  /** An opening quote where only a closing one can stand (a curly one must face the right way). */
  static boolean misplacedOpening(char[] s, int n, int q) {
    int prev = q == 0 ? ' ' : s[q - 1];
    int next = q + 1 >= n ? ' ' : s[q + 1];
    return !startsQuotation(prev, next) && (closes(prev, next) || s[q] == '\u201D');
  }

  static boolean misplacedClosing(char[] s, int n, int q) {
    int prev = q == 0 ? ' ' : s[q - 1];
    int next = q + 1 >= n ? ' ' : s[q + 1];
    return !closes(prev, next) && (startsQuotation(prev, next) || s[q] == '\u201C');
  }

  /**
   * {@link #opens}, and what follows is not punctuation that ends a phrase ({@code word ".},
   * {@code word "...}) nor a dash ({@code " new track "-Xinhua}).
   */
  static boolean startsQuotation(char[] s, int n, int q) {
    return startsQuotation(q == 0 ? ' ' : s[q - 1], q + 1 >= n ? ' ' : s[q + 1]);
  }

  /** Whether the quote at {@code q} stands where a quotation can open: no word before, text after. */
  static boolean opens(char[] s, int n, int q) {
    return opens(q == 0 ? ' ' : s[q - 1], q + 1 >= n ? ' ' : s[q + 1]);
  }

  /** Whether the quote at {@code q} stands where a quotation can close: text before, no word after. */
  static boolean closes(char[] s, int n, int q) {
    return closes(q == 0 ? ' ' : s[q - 1], q + 1 >= n ? ' ' : s[q + 1]);
  }

  // the same for a quote between the chars prev and next (a space at the paragraph's ends)

  private static boolean startsQuotation(int prev, int next) {
    return opens(prev, next) && !endsPhrase(next);
  }

  private static boolean opens(int prev, int next) {
    return !Chars.isWordChar(prev) && !endsClause(prev) && next != ' ' && next != '\n';
  }

  private static boolean closes(int prev, int next) {
    return prev != ' ' && prev != '\n' && !opensBracketOrQuote(prev) && !Chars.isWordChar(next);
  }

  /** {@code , ; : ! ? ) . - – —}: what follows a quote that closes, not one that opens, a quotation. */
  private static boolean endsPhrase(int c) {
    return switch (c) {
      case ',', ';', ':', '!', '?', ')', '.', '-', '\u2013', '\u2014' -> true;
      default -> false;
    };
  }

  /** {@code , . ; : ! ? )}: what stands before a quote that closes, not one that opens, a quotation. */
  private static boolean endsClause(int c) {
    return switch (c) {
      case ',', '.', ';', ':', '!', '?', ')' -> true;
      default -> false;
    };
  }

  /** {@code ( [ { “ ‘}: what stands before a quote that opens, not one that closes, a quotation. */
  private static boolean opensBracketOrQuote(int c) {
    return switch (c) {
      case '(', '[', '{', '\u201C', '\u2018' -> true;
      default -> false;
    };
  }

  /**
   * The quote most likely to be the unpaired one: reading quotes as opening (space before, text
   * after) or closing (text before, space or punctuation after), the first that breaks the
   * open-close alternation; else the last. Of the quotes {@code quotes[from..to)}, its index.
   */
  static int unpaired(char[] s, int n, int[] quotes, int from, int to) {
    int open = -1; // the index of the open quote
    for (int k = from; k < to; k++) {
      boolean opening = opens(s, n, quotes[k]);
      boolean closing = closes(s, n, quotes[k]);
      if (open < 0) {
        if (closing && !opening) {
          return k; // a closing quote with nothing open
        }
        open = k;
      } else {
        if (opening && !closing) {
          return open; // a new quote opens while one is open: the earlier one is unpaired
        }
        open = -1;
      }
    }
    return open >= 0 ? open : to - 1;
  }

  /**
   * {@code a 65" TV}, {@code an 80" screen}, {@code 5'10" tall}: a straight quote right after a
   * number that stands on its own, and before a space, a hyphen, punctuation or the end.
   */
  static boolean isInchMark(char[] s, int n, int q) {
    int d = q;
    while (d > 0 && (Chars.isAsciiDigit(s[d - 1]) || (s[d - 1] == '.' && d - 1 > 0 && Chars.isAsciiDigit(s[d - 2])))) {
      d--;
    }
    if (d == q || !Chars.isAsciiDigit(s[d])) {
      return false;
    }
    int before = d == 0 ? ' ' : s[d - 1];
    int after = q + 1 >= n ? ' ' : s[q + 1];
    return (before == ' ' || before == '\n' || before == '(' || before == '\'' || before == 'x' || before == '\u00D7')
        && (after == ' ' || after == '\n' || after == '-' || ",.;:)".indexOf(after) >= 0);
  }

  /**
   * {@code the" Eight Rules "closely}, {@code the " Green Factory "award}: each quote faces
   * outwards (glued to the word outside) or is padded on both sides, padded inside, around one to
   * four words in capitals (small words such as {@code of} and {@code to} apart).
   */
  static boolean outwardTitle(char[] s, int n, int open, int close) {
    // each quote faces outwards (glued to the word outside) or is padded on both sides:
    // the " Green Factory "award, the" Eight Rules " closely
    boolean openOutward = closes(s, n, open) || padded(s, n, open);
    boolean closeOutward = startsQuotation(s, n, close) || padded(s, n, close);
    if (!openOutward || !closeOutward || s[open + 1] != ' ' || s[close - 1] != ' ') {
      return false;
    }
    int words = 0;
    int i = open + 1;
    while (i < close) {
      while (i < close && s[i] == ' ') {
        i++;
      }
      if (i == close) {
        break;
      }
      int start = i;
      while (i < close && s[i] != ' ') {
        char c = s[i];
        if (!Chars.isWordChar(c) && c != '-' && c != '\'' && c != '\u2019' && c != '&') {
          return false;
        }
        i++;
      }
      words++;
      if (words > 4 || !(Character.isUpperCase(s[start]) || Chars.isAsciiDigit(s[start])
          || (words > 1 && isSmallWord(s, start, i)))) {
        return false;
      }
    }
    return words > 0;
  }

  /** A quote with a space on both sides (a line start counts as a space). */
  private static boolean padded(char[] s, int n, int q) {
    return (q == 0 || s[q - 1] == ' ') && q + 1 < n && s[q + 1] == ' ';
  }

  private static final String[] SMALL_WORDS = {"of", "to", "and", "the", "in", "on", "for", "a", "an", "at", "by", "with"};

  private static boolean isSmallWord(char[] s, int from, int to) {
    for (String w : SMALL_WORDS) {
      if (w.length() == to - from && equalsAt(s, from, w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsAt(char[] s, int from, String w) {
    for (int k = 0; k < w.length(); k++) {
      if (s[from + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
