package org.mtclean.rules;

import java.util.Arrays;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;

/**
 * {@code quotes.padding}: pairs double quotes within a paragraph, removes the padding inside each
 * pair and separates the pair from a word outside it, and an opening quote from the sentence
 * punctuation before it ({@code said:"We} becomes {@code said: "We}). Quotes whose pairing is not
 * certain ({@link StraightQuotePairing}: an odd number, out of step with their places, {@code ""}) are
 * reported and left alone; inch marks ({@code a 65" TV}) are not quotes. Inside curly single
 * quotes the padding goes too.
 */
public final class QuoteRule extends AbstractRule {
  public QuoteRule() {
    super("quotes.padding", RuleKind.SAFE,
        "remove padding inside double quotes: \" Green Factory \" -> \"Green Factory\"; report unpaired quotes");
  }

  // single quotes are put right first, then double quotes; its own change may give it more: a
  // padding taken out can change how the quotes around it pair (") " "" -> )" "")
  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith("\u2018\"\u201C\u201D");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    if (ctx.mayContainAny("\u2018")) {
      QuotePadding.singles(ctx, Raw.chars(ctx), ctx.length());
    }
    if (!ctx.mayContainAny("\"\u201C\u201D")) {
      return;
    }
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    DoubleQuotes quotes = DoubleQuotes.find(ctx, s, n);
    if (quotes == null) {
      return;
    }
    StraightQuotePairing straight = quotes.pairStraight(s, n);
    if (!quotes.hasCurly()) {
      reportUncertain(ctx, straight);
      for (int k = 0; k < straight.pairs(); k++) {
        fix(ctx, s, n, straight.open(k), straight.close(k));
      }
      return;
    }
    quotes.pairCurly(s);
    boolean mixed = quotes.straightCount > 0;
    // with mixed styles, pairs of like marks that leave a quote over or cross each other may hold
    // the text between two quotations
    boolean[] crossing = mixed ? crossing(straight, quotes) : null;
    boolean unclear = mixed && (quotes.unpairedCurlyCount > 0 || !straight.certain() || any(crossing));
    if (mixed && fitInTurn(s, n, quotes, straight)) {
      for (int k = 0; k < quotes.count; k += 2) {
        int open = quotes.at[k];
        int close = quotes.at[k + 1];
        if (!matching(s[open], s[close])) {
          ctx.report(close, close + 1, null, "the quote marks of this pair do not match");
        }
        fix(ctx, s, n, open, close);
      }
      return;
    }
    for (int u = 0; u < quotes.unpairedCurlyCount; u++) {
      int i = quotes.unpairedCurly[u];
      ctx.report(i, i + 1, null,
          s[i] == '\u201C' ? "opening quote without a closing one" : "closing quote without an opening one");
    }
    reportUncertain(ctx, straight);
    for (int k = 0; unclear && k < straight.pairs(); k++) {
      if (crossing[k] || encloses(straight.open(k), straight.close(k), quotes.unpairedCurly, quotes.unpairedCurlyCount)) {
        reportUnclear(ctx, straight.open(k));
        crossing[k] = true; // left out below
      }
    }
    for (int k = 0; k < quotes.curlyEndCount; k += 2) {
      fixUnlessUnclear(ctx, s, n, unclear, quotes.curlyEnds[k], quotes.curlyEnds[k + 1]);
    }
    for (int k = 0; k < straight.pairs(); k++) {
      if (!unclear || !crossing[k]) {
        fixUnlessUnclear(ctx, s, n, unclear, straight.open(k), straight.close(k));
      }
    }
  }

  private static void reportUncertain(RuleContext ctx, StraightQuotePairing straight) {
    for (int u = 0; u < straight.uncertain(); u++) {
      int i = straight.uncertainAt(u);
      ctx.report(i, i + 1, null, straight.reason(u));
    }
  }

  private static void fixUnlessUnclear(RuleContext ctx, char[] s, int n, boolean unclear, int open, int close) {
    if (unclear && QuotePlaces.misplaced(s, n, open, close) > 0) {
      reportUnclear(ctx, open);
    } else {
      fix(ctx, s, n, open, close);
    }
  }

  /** A pair of quotes in a paragraph that mixes the styles, which may not belong together: left to a human. */
  private static void reportUnclear(RuleContext ctx, int open) {
    ctx.report(open, open + 1, null,
        "straight and curly quotes mixed: which of them pair up is unclear; quotes left as they are");
  }

  /**
   * MT mixes the styles within one quotation (\u201CBelt and Road"): whether the quotes in order,
   * whatever their marks, opening and closing by turns, fit their places, and better than pairs
   * of like marks, of which a quote left over counts as two misplaced.
   */
  private static boolean fitInTurn(char[] s, int n, DoubleQuotes quotes, StraightQuotePairing straight) {
    if (quotes.count % 2 == 1) {
      return false;
    }
    for (int k = 0; k < quotes.count; k += 2) {
      if (QuotePlaces.misplaced(s, n, quotes.at[k], quotes.at[k + 1]) > 0) {
        return false;
      }
    }
    if (quotes.unpairedCurlyCount > 0 || !straight.certain()) {
      return true;
    }
    for (int k = 0; k < quotes.curlyEndCount; k += 2) {
      if (QuotePlaces.misplaced(s, n, quotes.curlyEnds[k], quotes.curlyEnds[k + 1]) > 0) {
        return true;
      }
    }
    for (int k = 0; k < straight.pairs(); k++) {
      if (QuotePlaces.misplaced(s, n, straight.open(k), straight.close(k)) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * For each of the straight pairs (in order, apart), whether it crosses a curly pair (which nest):
   * whether the curly pairs open at its end differ from those open at its start, or one of
   * those closes between.
   */
  private static boolean[] crossing(StraightQuotePairing straight, DoubleQuotes quotes) {
    boolean[] crossing = new boolean[straight.pairs()];
    if (quotes.curlyEndCount == 0) {
      return crossing;
    }
    long[] ends = new long[quotes.curlyEndCount]; // position << 1 | opening
    for (int k = 0; k < quotes.curlyEndCount; k += 2) {
      ends[k] = ((long) quotes.curlyEnds[k] << 1) | 1;
      ends[k + 1] = (long) quotes.curlyEnds[k + 1] << 1;
    }
    Arrays.sort(ends);
    int j = 0;
    int depth = 0;
    for (int k = 0; k < straight.pairs(); k++) {
      for (; j < ends.length && ends[j] >> 1 < straight.open(k); j++) {
        depth += (ends[j] & 1) == 1 ? 1 : -1;
      }
      int atStart = depth;
      int lowest = depth;
      for (; j < ends.length && ends[j] >> 1 < straight.close(k); j++) {
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

  /** Whether a quote of {@code sorted[0..count)} (in order) lies between {@code open} and {@code close}. */
  private static boolean encloses(int open, int close, int[] sorted, int count) {
    int lo = 0;
    int hi = count;
    while (lo < hi) { // the first quote after the pair's start
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= open) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < count && sorted[lo] < close;
  }

  private static boolean matching(char open, char close) {
    return open == '"' ? close == '"' : open == '\u201C' && close == '\u201D';
  }

  private static void fix(RuleContext ctx, char[] s, int n, int open, int close) {
    if (QuotePadding.onlySpaceBetween(s, open, close)) {
      return; // leave it to a human
    }
    int before = Chars.before(s, open);
    if (Chars.isWordChar(before)) {
      ctx.replace(open, open, " ", "separated an opening quote from the word before it");
    } else if (isSentencePunctuation(before) && !ctx.isProtected(open - 1)) {
      // said:"We -> said: "We; a closing quote after a comma ("Yes,"he) is the pair's other end
      ctx.replace(open, open, " ", "separated an opening quote from the punctuation before it");
    }
    QuotePadding.remove(ctx, s, open, close, false);
    if (Chars.isWordChar(Chars.at(s, n, close + 1))) {
      ctx.replace(close + 1, close + 1, " ", "separated a closing quote from the word after it");
    }
  }

  private static boolean isSentencePunctuation(int c) {
    return switch (c) {
      case '.', ',', ';', ':', '!', '?' -> true;
      default -> false;
    };
  }
}
