package org.mtclean.rules;

import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Raw;

/**
 * {@code punct.doubled}: doubled punctuation is made single: {@code ,,} to {@code ,}, {@code ..}
 * to {@code .} (an ellipsis stays), {@code ,.} to {@code .}.
 */
public final class DoubledPunctuationRule extends AbstractRule {
  public DoubledPunctuationRule() {
    super("punct.doubled", RuleKind.SAFE,
        "doubled punctuation becomes single: ,, -> , .. -> . ,. -> . (an ellipsis stays)");
  }

  // it never looks at the case of letters
  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith(",.;");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    for (int k = 0, start; (start = marks[k]) < n; k++) {
      if (!isMark(s[start]) || (start > 0 && isMark(s[start - 1]))) {
        continue;
      }
      int i = start;
      while (i < n && isMark(s[i])) {
        i++;
      }
      if (i - start < 2) {
        continue;
      }
      char before = start == 0 ? '\n' : s[start - 1];
      char after = i == n ? ' ' : s[i];
      if (before == ' ' || before == '\n' || after == '/' || after == '\\') {
        continue; // ../path, or a mark that stands alone
      }
      String run = new String(s, start, i - start);
      String fixed = simplify(run);
      if (fixed.equals(run)) {
        continue;
      }
      if (!ctx.isProtected(start, i)) {
        ctx.replace(start, i, fixed, "doubled punctuation: " + run + " -> " + fixed);
      } else if (run.equals("..") && !ctx.isProtected(start + 1, i)) {
        // the first period ends an abbreviation (etc.., U.S..): the second one goes
        ctx.replace(start + 1, i, "", "doubled punctuation: .. -> . after an abbreviation");
      }
    }
  }

  private static boolean isMark(char c) {
    return c == ',' || c == '.' || c == ';';
  }

  /** Collapses repeats (keeping an ellipsis), then {@code ,.} and {@code ;.} to {@code .}. */
  static String simplify(String run) {
    StringBuilder b = new StringBuilder(run.length());
    int i = 0;
    while (i < run.length()) {
      char c = run.charAt(i);
      int j = i;
      while (j < run.length() && run.charAt(j) == c) {
        j++;
      }
      int len = j - i;
      b.append(c == '.' && len >= 3 ? run.substring(i, j) : String.valueOf(c));
      i = j;
    }
    String out = b.toString();
    if (out.equals(",.") || out.equals(";.")) {
      return ".";
    }
    return out;
  }
}
