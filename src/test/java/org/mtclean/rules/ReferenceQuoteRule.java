package org.mtclean.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;

/**
 * The reference for {@link QuoteRule}: the same rule written the plain way, on boxed lists, where
 * each step reads as its definition. {@link QuoteRuleReferenceTest} checks that {@code
 * quotes.padding} pairs, edits and reports exactly as this does, in the same order. Its id is
 * {@link #ID}, so that it can run beside the built-in rule.
 */
final class ReferenceQuoteRule extends AbstractRule {
  static final String ID = "test.quotes-reference";

  ReferenceQuoteRule() {
    super(ID, RuleKind.SAFE,
        "remove padding inside double quotes: \" Green Factory \" -> \"Green Factory\"; report unpaired quotes");
  }

  // runs when and where quotes.padding runs
  @Override
  public Wakes wakes() {
    return new QuoteRule().wakes();
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    if (ctx.mayContainAny("\u2018")) {
      ReferenceQuotePadding.singles(ctx, Raw.chars(ctx), ctx.length());
    }
    if (!ctx.mayContainAny("\"\u201C\u201D")) {
      return;
    }
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    List<Integer> all = new ArrayList<>();
    List<int[]> pairs = new ArrayList<>();
    List<Integer> straight = new ArrayList<>();
    List<Integer> unpairedCurly = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>();
    int[] marks = Raw.marks(ctx);
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      char c = s[i];
      if (c != '"' && c != '\u201C' && c != '\u201D') {
        continue;
      }
      if (ctx.isProtected(i)) {
        continue;
      }
      all.add(i);
      if (c == '"') {
        straight.add(i);
      } else if (c == '\u201C') {
        open.push(i);
      } else if (open.isEmpty()) {
        unpairedCurly.add(i);
      } else {
        pairs.add(new int[] {open.pop(), i});
      }
    }
    while (!open.isEmpty()) {
      unpairedCurly.add(open.removeLast());
    }
    unpairedCurly.sort(null);
    ReferenceQuotePlaces.Pairing straightPairing = ReferenceQuotePlaces.pairStraight(s, n, straight);
    List<int[]> straightPairs = straightPairing.pairs;
    boolean mixed = !straight.isEmpty() && straight.size() < all.size();
    // with mixed styles, pairs of like marks that leave a quote over or cross each other may hold
    // the text between two quotations
    boolean[] crossing = mixed ? crossing(straightPairs, pairs) : new boolean[straightPairs.size()];
    boolean unclear = mixed && (!unpairedCurly.isEmpty() || !straightPairing.certain() || any(crossing));
    if (mixed) {
      // MT mixes the styles within one quotation (\u201CBelt and Road"): the quotes in order,
      // whatever their marks, opening and closing by turns, may fit their places better than
      // pairs of like marks do
      List<int[]> inTurn = pairsInTurn(all);
      if (inTurn != null && misplaced(s, n, inTurn) == 0 && misplacedInLikePairs(s, n, pairs, straightPairs,
          unpairedCurly.size() + straightPairing.uncertainAt.size()) > 0) {
        for (int[] pair : inTurn) {
          if (!matching(s[pair[0]], s[pair[1]])) {
            ctx.report(pair[1], pair[1] + 1, null, "the quote marks of this pair do not match");
          }
          fix(ctx, s, n, pair[0], pair[1]);
        }
        return;
      }
    }
    for (int i : unpairedCurly) {
      ctx.report(i, i + 1, null,
          s[i] == '\u201C' ? "opening quote without a closing one" : "closing quote without an opening one");
    }
    for (int u = 0; u < straightPairing.uncertainAt.size(); u++) {
      int i = straightPairing.uncertainAt.get(u);
      ctx.report(i, i + 1, null, straightPairing.reasons.get(u));
    }
    for (int k = 0; k < straightPairs.size(); k++) {
      int[] pair = straightPairs.get(k);
      if (unclear && (encloses(pair, unpairedCurly) || crossing[k])) {
        reportUnclear(ctx, pair);
        continue;
      }
      pairs.add(pair);
    }
    for (int[] pair : pairs) {
      if (unclear && misplaced(s, n, List.of(pair)) > 0) {
        reportUnclear(ctx, pair);
        continue;
      }
      fix(ctx, s, n, pair[0], pair[1]);
    }
  }

  /** A pair of quotes in a paragraph that mixes the styles, which may not belong together: left to a human. */
  private static void reportUnclear(RuleContext ctx, int[] pair) {
    ctx.report(pair[0], pair[0] + 1, null,
        "straight and curly quotes mixed: which of them pair up is unclear; quotes left as they are");
  }

  /**
   * For each of the straight pairs (in order, apart), whether it crosses a curly pair (which nest):
   * whether the curly pairs open at its end differ from those open at its start, or one of
   * those closes between.
   */
  private static boolean[] crossing(List<int[]> straight, List<int[]> curly) {
    boolean[] crossing = new boolean[straight.size()];
    if (curly.isEmpty()) {
      return crossing;
    }
    long[] ends = new long[2 * curly.size()]; // position << 1 | opening
    for (int k = 0; k < curly.size(); k++) {
      ends[2 * k] = ((long) curly.get(k)[0] << 1) | 1;
      ends[2 * k + 1] = (long) curly.get(k)[1] << 1;
    }
    Arrays.sort(ends);
    int j = 0;
    int depth = 0;
    for (int k = 0; k < straight.size(); k++) {
      int[] p = straight.get(k);
      for (; j < ends.length && ends[j] >> 1 < p[0]; j++) {
        depth += (ends[j] & 1) == 1 ? 1 : -1;
      }
      int atStart = depth;
      int lowest = depth;
      for (; j < ends.length && ends[j] >> 1 < p[1]; j++) {
        depth += (ends[j] & 1) == 1 ? 1 : -1;
        lowest = Math.min(lowest, depth);
      }
      crossing[k] = depth != atStart || lowest < atStart;
    }
    return crossing;
  }

  private static boolean any(boolean[] a) {
    for (boolean b : a) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quote of {@code sorted} (in order) lies inside {@code pair}. */
  private static boolean encloses(int[] pair, List<Integer> sorted) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) { // the first quote after the pair's start
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) <= pair[0]) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sorted.size() && sorted.get(lo) < pair[1];
  }

  private static boolean matching(char open, char close) {
    return open == '"' ? close == '"' : open == '\u201C' && close == '\u201D';
  }

  /** The quotes {@code quotes} paired first with second, third with fourth and so on; null when their number is odd. */
  private static List<int[]> pairsInTurn(List<Integer> quotes) {
    if (quotes.size() % 2 == 1) {
      return null;
    }
    List<int[]> pairs = new ArrayList<>();
    for (int k = 0; k < quotes.size(); k += 2) {
      pairs.add(new int[] {quotes.get(k), quotes.get(k + 1)});
    }
    return pairs;
  }

  /** How many quotes of {@code pairs} stand where only the other end of a pair can (see {@link ReferenceQuotePlaces}). */
  private static int misplaced(char[] s, int n, List<int[]> pairs) {
    int count = 0;
    for (int[] p : pairs) {
      count += ReferenceQuotePlaces.misplaced(s, n, p);
    }
    return count;
  }

  /** {@link #misplaced} for pairs of like marks, each quote left unpaired counting as two. */
  private static int misplacedInLikePairs(char[] s, int n, List<int[]> curly, List<int[]> straight, int unpaired) {
    return misplaced(s, n, curly) + misplaced(s, n, straight) + 2 * unpaired;
  }

  private static void fix(RuleContext ctx, char[] s, int n, int open, int close) {
    if (ReferenceQuotePadding.onlySpaceBetween(s, open, close)) {
      return; // leave it to a human
    }
    int before = Chars.before(s, open);
    if (Chars.isWordChar(before)) {
      ctx.replace(open, open, " ", "separated an opening quote from the word before it");
    } else if (before >= 0 && ".,;:!?".indexOf(before) >= 0 && !ctx.isProtected(open - 1)) {
      // said:"We -> said: "We; a closing quote after a comma ("Yes,"he) is the pair's other end
      ctx.replace(open, open, " ", "separated an opening quote from the punctuation before it");
    }
    ReferenceQuotePadding.remove(ctx, s, open, close, "quote");
    if (Chars.isWordChar(Chars.at(s, n, close + 1))) {
      ctx.replace(close + 1, close + 1, " ", "separated a closing quote from the word after it");
    }
  }
}
