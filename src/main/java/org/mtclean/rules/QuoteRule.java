package org.mtclean.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.internal.Chars;

/**
 * {@code quotes.padding}: pairs double quotes within a paragraph, removes the padding inside each
 * pair and separates the pair from a word outside it, and an opening quote from the sentence
 * punctuation before it ({@code said:"We} becomes {@code said: "We}). Quotes that cannot be paired
 * are reported and left alone.
 */
public final class QuoteRule extends AbstractRule {
  public QuoteRule() {
    super("quotes.padding", RuleKind.SAFE,
        "remove padding inside double quotes: \" Green Factory \" -> \"Green Factory\"; report unpaired quotes");
  }

  @Override
  public void apply(RuleContext ctx) {
    if (!ctx.mayContainAny("\"\u201C\u201D")) {
      return;
    }
    char[] s = ctx.chars();
    int n = ctx.length();
    List<int[]> pairs = new ArrayList<>();
    List<Integer> straight = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>();
    int[] marks = ctx.marks();
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      char c = s[i];
      if (c != '"' && c != '\u201C' && c != '\u201D') {
        continue;
      }
      if (ctx.isProtected(i)) {
        continue;
      }
      if (c == '"') {
        straight.add(i);
      } else if (c == '\u201C') {
        open.push(i);
      } else if (open.isEmpty()) {
        ctx.report(i, i + 1, null, "closing quote without an opening one");
      } else {
        pairs.add(new int[] {open.pop(), i});
      }
    }
    while (!open.isEmpty()) {
      int i = open.removeLast();
      ctx.report(i, i + 1, null, "opening quote without a closing one");
    }
    if (straight.size() % 2 == 1) {
      int i = unpairedStraightQuote(s, n, straight);
      ctx.report(i, i + 1, null,
          "unpaired straight double quote (odd number in this paragraph); quotes left as they are");
    } else {
      for (int k = 0; k < straight.size(); k += 2) {
        pairs.add(new int[] {straight.get(k), straight.get(k + 1)});
      }
    }
    for (int[] pair : pairs) {
      fix(ctx, s, n, pair[0], pair[1]);
    }
  }

  /**
   * The quote most likely to be the unpaired one: reading quotes as opening (space before, text
   * after) or closing (text before, space or punctuation after), the first that breaks the
   * open-close alternation; else the last.
   */
  private static int unpairedStraightQuote(char[] s, int n, List<Integer> quotes) {
    int open = -1;
    for (int q : quotes) {
      int prev = q == 0 ? ' ' : s[q - 1];
      int next = q + 1 >= n ? ' ' : s[q + 1];
      boolean opening = !Chars.isWordChar(prev) && ",.;:!?)".indexOf(prev) < 0 && next != ' ';
      boolean closing = prev != ' ' && prev != '\n' && !Chars.isWordChar(next);
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

  private static void fix(RuleContext ctx, char[] s, int n, int open, int close) {
    int inner = open + 1;
    while (inner < close && isPad(s[inner])) {
      inner++;
    }
    if (inner == close) {
      return; // nothing but space between the quotes: leave it to a human
    }
    int before = Chars.before(s, open);
    if (Chars.isWordChar(before)) {
      ctx.replace(open, open, " ", "separated an opening quote from the word before it");
    } else if (before >= 0 && ".,;:!?".indexOf(before) >= 0 && !ctx.isProtected(open - 1)) {
      // said:"We -> said: "We; a closing quote after a comma ("Yes,"he) is the pair's other end
      ctx.replace(open, open, " ", "separated an opening quote from the punctuation before it");
    }
    if (inner > open + 1) {
      ctx.replace(open + 1, inner, "", "removed space after an opening quote");
    }
    int innerEnd = close;
    while (innerEnd > inner && isPad(s[innerEnd - 1])) {
      innerEnd--;
    }
    if (innerEnd < close) {
      ctx.replace(innerEnd, close, "", "removed space before a closing quote");
    }
    if (Chars.isWordChar(Chars.at(s, n, close + 1))) {
      ctx.replace(close + 1, close + 1, " ", "separated a closing quote from the word after it");
    }
  }

  private static boolean isPad(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
  }
}
