package org.mtclean.rules;

import org.mtclean.RuleContext;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;

/**
 * The padding inside quotes, for {@link QuoteRule}: its removal from a pair of quotes, and the
 * curly single quotes, whose pairs need no more than a look at the apostrophes. Stateless.
 */
final class QuotePadding {
  private QuotePadding() {}

  static boolean onlySpaceBetween(char[] s, int open, int close) {
    int inner = open + 1;
    while (inner < close && isPad(s[inner])) {
      inner++;
    }
    return inner == close;
  }

  /**
   * Removes the spaces after {@code open} and before {@code close}, which hold more than spaces:
   * of a double or a {@code single} quote, as the messages say.
   */
  static void remove(RuleContext ctx, char[] s, int open, int close, boolean single) {
    int inner = open + 1;
    while (inner < close && isPad(s[inner])) {
      inner++;
    }
    if (inner > open + 1) {
      ctx.replace(open + 1, inner, "", single ? "removed space after an opening single quote"
          : "removed space after an opening quote");
    }
    int innerEnd = close;
    while (innerEnd > inner && isPad(s[innerEnd - 1])) {
      innerEnd--;
    }
    if (innerEnd < close) {
      ctx.replace(innerEnd, close, "", single ? "removed space before a closing single quote"
          : "removed space before a closing quote");
    }
  }

  /**
   * Curly single quotes, which Chinese MT nests in double ones ({@code “the ‘ Six Stability ’
   * work”}): the padding inside {@code ‘ … ’} goes. As {@code ’} is also the apostrophe, the
   * {@code ’} that closes a {@code ‘} is the first after it with no word char right after it (not
   * the one of {@code don’t}), on the same line, with no other {@code ‘} between.
   * Nothing else is changed or reported.
   */
  static void singles(RuleContext ctx, char[] s, int n) {
    int[] marks = Raw.marks(ctx);
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      if (s[i] != '\u2018' || ctx.isProtected(i)) {
        continue;
      }
      int close = -1;
      for (int q = k + 1, j; (j = marks[q]) < n && s[j] != '\n' && s[j] != '\u2018'; q++) {
        if (s[j] == '\u2019' && !Chars.isWordChar(Chars.at(s, n, j + 1))) {
          // the first with no word right after it: not don’t, nor a split ’ll, and removing the
          // padding before it leaves the char after it as it was, so a second run pairs alike
          close = j;
          break;
        }
      }
      if (close < 0 || ctx.isProtected(close)) {
        continue;
      }
      if (!onlySpaceBetween(s, i, close)) {
        remove(ctx, s, i, close, true);
      }
    }
  }

  private static boolean isPad(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
  }
}
