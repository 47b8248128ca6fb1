package org.mtclean.rules;

import java.util.ArrayList;
import java.util.List;
import org.mtclean.internal.Chars;

/**
 * The reference for {@link QuotePlaces}, on boxed lists: see {@link ReferenceQuoteRule}. The
 * definitions of the places are those of {@link QuotePlaces}'s class comment.
 */
final class ReferenceQuotePlaces {
  private ReferenceQuotePlaces() {}

  /**
   * The outcome of {@link #pairStraight}: the pairs that are certain, and for each line (or
   * paragraph) whose pairing is not, the quote to report and why.
   */
  static final class Pairing {
    final List<int[]> pairs = new ArrayList<>();
    final List<Integer> uncertainAt = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();

    boolean certain() {
      return uncertainAt.isEmpty();
    }
  }

  /** One group of quotes paired: its pairs when certain (else null), or the quote to report, and why. */
  private record Group(List<int[]> pairs, int uncertainAt, String reason) {
    boolean certain() {
      return pairs != null;
    }
  }

  /**
   * Pairs the straight quotes {@code quotes} (in order) where that is certain (see the class
   * comment): line by line when every line of the paragraph holds an even number of them, so
   * that one line out of step leaves the others to be cleaned; else the paragraph as a whole.
   */
  static Pairing pairStraight(char[] s, int n, List<Integer> quotes) {
    Pairing result = new Pairing();
    List<List<Integer>> lines = new ArrayList<>();
    List<Integer> line = new ArrayList<>();
    int lineEnd = -1;
    boolean allEven = true;
    for (int q : quotes) {
      if (q > lineEnd) {
        if (!line.isEmpty()) {
          allEven &= line.size() % 2 == 0;
          lines.add(line);
          line = new ArrayList<>();
        }
        lineEnd = Chars.indexOf(s, n, '\n', q);
        lineEnd = lineEnd < 0 ? n : lineEnd;
      }
      line.add(q);
    }
    if (!line.isEmpty()) {
      allEven &= line.size() % 2 == 0;
      lines.add(line);
    }
    for (List<Integer> group : allEven ? lines : List.of(quotes)) {
      Group g = pairGroup(s, n, group);
      if (g.certain()) {
        result.pairs.addAll(g.pairs());
      } else {
        result.uncertainAt.add(g.uncertainAt());
        result.reasons.add(g.reason());
      }
    }
    return result;
  }

  private static Group pairGroup(char[] s, int n, List<Integer> quotes) {
    for (int k = 0; k + 1 < quotes.size(); k++) {
      if (quotes.get(k + 1) == quotes.get(k) + 1) {
        return new Group(null, quotes.get(k),
            "doubled straight quotes (\"\") as in CSV: which quotes pair up is unclear; quotes left as they are");
      }
    }
    Group all = inOrder(s, n, quotes);
    if (all.certain()) {
      return all;
    }
    List<Integer> rest = new ArrayList<>(quotes.size());
    for (int q : quotes) {
      if (!isInchMark(s, n, q)) {
        rest.add(q);
      }
    }
    if (rest.size() < quotes.size()) {
      Group withoutInches = inOrder(s, n, rest);
      if (withoutInches.certain()) {
        return withoutInches;
      }
    }
    return all;
  }

  private static Group inOrder(char[] s, int n, List<Integer> quotes) {
    if (quotes.size() % 2 == 1) {
      return new Group(null, unpaired(s, n, quotes),
          "unpaired straight double quote (odd number in this paragraph); quotes left as they are");
    }
    List<int[]> pairs = new ArrayList<>(quotes.size() / 2);
    int first = -1;
    for (int k = 0; k < quotes.size(); k += 2) {
      int[] pair = {quotes.get(k), quotes.get(k + 1)};
      pairs.add(pair);
      if (first < 0 && misplaced(s, n, pair) > 0) {
        first = misplacedOpening(s, n, pair[0]) ? pair[0] : pair[1];
      }
    }
    if (first < 0 || (pairs.size() == 1 && outwardTitle(s, n, pairs.get(0)))) {
      return new Group(pairs, -1, null);
    }
    return new Group(null, first, "straight quotes out of step: taken in order, this one would "
        + (isOpeningIn(pairs, first) ? "open" : "close")
        + " a quotation where only the other end can stand; quotes left as they are");
  }

  private static boolean isOpeningIn(List<int[]> pairs, int q) {
    for (int[] p : pairs) {
      if (p[0] == q) {
        return true;
      }
    }
    return false;
  }

  /** How many quotes of {@code pair} stand where only the other end of a pair can (0 to 2). */
  static int misplaced(char[] s, int n, int[] pair) {
    return (misplacedOpening(s, n, pair[0]) ? 1 : 0) + (misplacedClosing(s, n, pair[1]) ? 1 : 0);
  }

  /** An opening quote where only a closing one can stand (a curly one must face the right way). */
  static boolean misplacedOpening(char[] s, int n, int q) {
    boolean opening = startsQuotation(s, n, q);
    return (closes(s, n, q) && !opening) || (s[q] == '\u201D' && !opening);
  }

  static boolean misplacedClosing(char[] s, int n, int q) {
    boolean closing = closes(s, n, q);
    return (startsQuotation(s, n, q) && !closing) || (s[q] == '\u201C' && !closing);
  }

  /**
   * {@link #opens}, and what follows is not punctuation that ends a phrase ({@code word ".},
   * {@code word "...}) nor a dash ({@code " new track "-Xinhua}).
   */
  static boolean startsQuotation(char[] s, int n, int q) {
    int next = q + 1 >= n ? ' ' : s[q + 1];
    return opens(s, n, q) && ",;:!?).-\u2013\u2014".indexOf(next) < 0;
  }

  /** Whether the quote at {@code q} stands where a quotation can open: no word before, text after. */
  static boolean opens(char[] s, int n, int q) {
    int prev = q == 0 ? ' ' : s[q - 1];
    int next = q + 1 >= n ? ' ' : s[q + 1];
    return !Chars.isWordChar(prev) && ",.;:!?)".indexOf(prev) < 0 && next != ' ' && next != '\n';
  }

  /** Whether the quote at {@code q} stands where a quotation can close: text before, no word after. */
  static boolean closes(char[] s, int n, int q) {
    int prev = q == 0 ? ' ' : s[q - 1];
    int next = q + 1 >= n ? ' ' : s[q + 1];
    return prev != ' ' && prev != '\n' && "([{\u201C\u2018".indexOf(prev) < 0 && !Chars.isWordChar(next);
  }

  /**
   * The quote most likely to be the unpaired one: reading quotes as opening (space before, text
   * after) or closing (text before, space or punctuation after), the first that breaks the
   * open-close alternation; else the last.
   */
  static int unpaired(char[] s, int n, List<Integer> quotes) {
    int open = -1;
    for (int q : quotes) {
      boolean opening = opens(s, n, q);
      boolean closing = closes(s, n, q);
      if (open < 0) {
        if (closing && !opening) {
          return q; // a closing quote with nothing open
        }
        open = q;
      } else {
        if (opening && !closing) {
          return open; // a new quote opens while one is open: the earlier one is unpaired
        }
        open = -1;
      }
    }
    return open >= 0 ? open : quotes.get(quotes.size() - 1);
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
  private static boolean outwardTitle(char[] s, int n, int[] pair) {
    int open = pair[0];
    int close = pair[1];
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

  private static boolean isSmallWord(char[] s, int from, int to) {
    String w = new String(s, from, to - from);
    return switch (w) {
      case "of", "to", "and", "the", "in", "on", "for", "a", "an", "at", "by", "with" -> true;
      default -> false;
    };
  }
}
