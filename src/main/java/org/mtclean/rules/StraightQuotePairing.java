package org.mtclean.rules;

import java.util.Arrays;

/**
 * The straight quotes of a paragraph that certainly pair up, for {@link QuoteRule}, and for each
 * line (or paragraph) whose quotes do not, the quote to report and why.
 *
 * <p>The straight quotes of a paragraph pair <em>certainly</em> when, leaving out inch marks
 * ({@code a 65" TV}) if that is what it takes, their number is even, no two stand side by side
 * (the {@code ""} of a CSV export), and taking them in order as opening, closing, opening, ...
 * puts none where only the other end can stand ({@link QuotePlaces#misplaced}). A line (or
 * paragraph) of exactly two quotes, each facing outwards or padded on both sides, around a short
 * title ({@code the" Eight Rules "closely}, {@code the " Green Factory "award}), pairs certainly
 * too: a title in capitals, one to four words, is not the end of one quotation and the start of
 * another.
 */
final class StraightQuotePairing {
  static final String DOUBLED =
      "doubled straight quotes (\"\") as in CSV: which quotes pair up is unclear; quotes left as they are";
  static final String ODD =
      "unpaired straight double quote (odd number in this paragraph); quotes left as they are";
  static final String OUT_OF_STEP_OPENING = "straight quotes out of step: taken in order, this one would "
      + "open a quotation where only the other end can stand; quotes left as they are";
  static final String OUT_OF_STEP_CLOSING = "straight quotes out of step: taken in order, this one would "
      + "close a quotation where only the other end can stand; quotes left as they are";

  private final int[] ends; // opening, closing, opening, closing, ...
  private int endCount;
  private int[] uncertainAt;
  private String[] reasons;
  private int uncertainCount;

  private StraightQuotePairing(int quotes) {
    ends = new int[quotes];
  }

  int pairs() {
    return endCount >> 1;
  }

  int open(int pair) {
    return ends[2 * pair];
  }

  int close(int pair) {
    return ends[2 * pair + 1];
  }

  boolean certain() {
    return uncertainCount == 0;
  }

  int uncertain() {
    return uncertainCount;
  }

  int uncertainAt(int k) {
    return uncertainAt[k];
  }

  String reason(int k) {
    return reasons[k];
  }

  /** Adds {@code quotes[from..to)} as pairs, first with second, third with fourth and so on. */
  private void addInOrder(int[] quotes, int from, int to) {
    System.arraycopy(quotes, from, ends, endCount, to - from);
    endCount += to - from;
  }

  private void addUncertain(int at, String reason) {
    if (uncertainAt == null) {
      uncertainAt = new int[4];
      reasons = new String[4];
    } else if (uncertainCount == uncertainAt.length) {
      uncertainAt = Arrays.copyOf(uncertainAt, 2 * uncertainCount);
      reasons = Arrays.copyOf(reasons, 2 * uncertainCount);
    }
    uncertainAt[uncertainCount] = at;
    reasons[uncertainCount++] = reason;
  }

  /**
   * Pairs the straight quotes {@code quotes[0..count)} (in order) where that is certain (see the
   * class comment): line by line when every line of the paragraph holds an even number of them,
   * so that one line out of step leaves the others to be cleaned; else the paragraph as a whole.
   * {@code lines[k]} tells the line of {@code quotes[k]}: any number that is the same for the
   * quotes of one line and differs between lines.
   */
  static StraightQuotePairing of(char[] s, int n, int[] quotes, int[] lines, int count) {
    StraightQuotePairing result = new StraightQuotePairing(count);
    boolean allEven = true;
    for (int k = 0; k < count; ) {
      int end = lineEnd(lines, k, count);
      allEven &= ((end - k) & 1) == 0;
      k = end;
    }
    if (!allEven) {
      pairGroup(s, n, quotes, 0, count, result);
      return result;
    }
    for (int k = 0; k < count; ) {
      int end = lineEnd(lines, k, count);
      pairGroup(s, n, quotes, k, end, result);
      k = end;
    }
    return result;
  }

  /** The index after the last quote on the line of quote {@code k}. */
  private static int lineEnd(int[] lines, int k, int count) {
    int end = k + 1;
    while (end < count && lines[end] == lines[k]) {
      end++;
    }
    return end;
  }

  /** Pairs the group {@code quotes[from..to)} into {@code result}, or adds the quote to report there. */
  private static void pairGroup(char[] s, int n, int[] quotes, int from, int to, StraightQuotePairing result) {
    for (int k = from; k + 1 < to; k++) {
      if (quotes[k + 1] == quotes[k] + 1) {
        result.addUncertain(quotes[k], DOUBLED);
        return;
      }
    }
    int uncertain = inOrder(s, n, quotes, from, to);
    if (uncertain < 0) {
      result.addInOrder(quotes, from, to);
      return;
    }
    int[] rest = withoutInchMarks(s, n, quotes, from, to);
    if (rest != null && inOrder(s, n, rest, 0, rest.length) < 0) {
      result.addInOrder(rest, 0, rest.length);
      return;
    }
    // taken in order, an even group's quotes at even offsets open
    result.addUncertain(quotes[uncertain], ((to - from) & 1) == 1 ? ODD
        : ((uncertain - from) & 1) == 0 ? OUT_OF_STEP_OPENING : OUT_OF_STEP_CLOSING);
  }

  /** The quotes of {@code quotes[from..to)} that are not inch marks, or null when all are quotes. */
  private static int[] withoutInchMarks(char[] s, int n, int[] quotes, int from, int to) {
    int[] rest = null;
    int count = 0;
    for (int k = from; k < to; k++) {
      if (!QuotePlaces.isInchMark(s, n, quotes[k])) {
        if (rest != null) {
          rest[count] = quotes[k];
        }
        count++;
      } else if (rest == null) {
        rest = new int[to - from - 1];
        System.arraycopy(quotes, from, rest, 0, count);
      }
    }
    return rest == null ? null : Arrays.copyOf(rest, count);
  }

  /**
   * Whether the group {@code quotes[from..to)}, taken in order, pairs certainly: -1 when it does,
   * else the index of the quote to report (for an odd group, the one most likely unpaired).
   */
  private static int inOrder(char[] s, int n, int[] quotes, int from, int to) {
    if (((to - from) & 1) == 1) {
      return QuotePlaces.unpaired(s, n, quotes, from, to);
    }
    int first = -1;
    for (int k = from; k < to; k += 2) {
      if (QuotePlaces.misplacedOpening(s, n, quotes[k])) {
        first = k;
        break;
      }
      if (QuotePlaces.misplacedClosing(s, n, quotes[k + 1])) {
        first = k + 1;
        break;
      }
    }
    if (first < 0 || (to - from == 2 && QuotePlaces.outwardTitle(s, n, quotes[from], quotes[from + 1]))) {
      return -1;
    }
    return first;
  }
}
