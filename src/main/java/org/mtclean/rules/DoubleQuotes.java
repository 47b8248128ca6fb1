package org.mtclean.rules;

import java.util.Arrays;
import org.mtclean.RuleContext;
import org.mtclean.internal.Raw;

/**
 * The double quotes of a paragraph outside protected spans, for {@link QuoteRule}: where they
 * stand, in order, and on which line; the curly ones paired as they nest, and those left over.
 */
final class DoubleQuotes {
  /** The quotes' indices in the paragraph, {@code count} of them. */
  int[] at = new int[8];
  /** For each quote, the number of line breaks before it. */
  private int[] lines = new int[8];
  int count;
  int straightCount;

  /** The curly pairs, opening, closing, opening, ..., in the order they close. */
  int[] curlyEnds;
  int curlyEndCount;
  /** The curly quotes left without a partner, in order. */
  int[] unpairedCurly;
  int unpairedCurlyCount;

  private DoubleQuotes() {}

  /** The double quotes of the paragraph of {@code ctx}, or null when there are none. */
  static DoubleQuotes find(RuleContext ctx, char[] s, int n) {
    DoubleQuotes quotes = null;
    int line = 0;
    int[] marks = Raw.marks(ctx);
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      char c = s[i];
      if (c == '\n') {
        line++;
      } else if ((c == '"' || c == '\u201C' || c == '\u201D') && !ctx.isProtected(i)) {
        if (quotes == null) {
          quotes = new DoubleQuotes();
        }
        quotes.add(i, line, c == '"');
      }
    }
    return quotes;
  }

  private void add(int i, int line, boolean straight) {
    if (count == at.length) {
      at = Arrays.copyOf(at, 2 * count);
      lines = Arrays.copyOf(lines, 2 * count);
    }
    at[count] = i;
    lines[count++] = line;
    if (straight) {
      straightCount++;
    }
  }

  boolean hasCurly() {
    return straightCount < count;
  }

  /** Pairs the straight quotes where that is certain. */
  StraightQuotePairing pairStraight(char[] s, int n) {
    if (!hasCurly()) {
      return StraightQuotePairing.of(s, n, at, lines, count);
    }
    int[] straight = new int[straightCount];
    int[] straightLines = new int[straightCount];
    for (int k = 0, j = 0; k < count; k++) {
      if (s[at[k]] == '"') {
        straight[j] = at[k];
        straightLines[j++] = lines[k];
      }
    }
    return StraightQuotePairing.of(s, n, straight, straightLines, straightCount);
  }

  /**
   * Pairs the curly quotes as they nest: each closing quote with the last opening one still open.
   * The unpaired are in order without sorting: a closing quote is left over only when nothing is
   * open, so before every opening quote that stays open.
   */
  void pairCurly(char[] s) {
    int curly = count - straightCount;
    curlyEnds = new int[curly];
    unpairedCurly = new int[curly];
    int[] open = new int[curly];
    int depth = 0;
    for (int k = 0; k < count; k++) {
      int i = at[k];
      char c = s[i];
      if (c == '\u201C') {
        open[depth++] = i;
      } else if (c == '\u201D') {
        if (depth == 0) {
          unpairedCurly[unpairedCurlyCount++] = i;
        } else {
          curlyEnds[curlyEndCount++] = open[--depth];
          curlyEnds[curlyEndCount++] = i;
        }
      }
    }
    for (int d = 0; d < depth; d++) {
      unpairedCurly[unpairedCurlyCount++] = open[d];
    }
  }
}
