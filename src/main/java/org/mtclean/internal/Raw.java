package org.mtclean.internal;

import org.mtclean.Indices;
import org.mtclean.RuleContext;

/**
 * The built-in rules' way to a paragraph as arrays: the context's own arrays when it is a
 * {@link RawParagraph} (the engine's is), otherwise arrays made from {@link RuleContext#text()},
 * so that a rule also works with a context of another kind (a test's or a wrapper). Call once per
 * {@code apply}, not per char. The arrays must not be modified. Not API.
 */
public final class Raw {
  private Raw() {}

  /** The paragraph's chars: indices 0 to {@code ctx.length() - 1} hold {@code ctx.text()}. */
  public static char[] chars(RuleContext ctx) {
    return ctx instanceof RawParagraph p ? p.rawChars() : ctx.text().toCharArray();
  }

  /** The marks, ended by the first entry not less than {@code ctx.length()}. */
  public static int[] marks(RuleContext ctx) {
    if (ctx instanceof RawParagraph p) {
      return p.rawMarks();
    }
    char[] s = ctx.text().toCharArray();
    return Marks.of(s, s.length);
  }

  /** The word breaks, ended by the first entry not less than {@code ctx.length()}. */
  public static int[] wordBreaks(RuleContext ctx) {
    if (ctx instanceof RawParagraph p) {
      return p.rawWordBreaks();
    }
    char[] s = ctx.text().toCharArray();
    return Marks.breaksOf(s, s.length);
  }

  /** The entries of {@code list} before the first one not less than {@code n}, as a view. */
  static Indices view(int[] list, int n) {
    int count = 0;
    while (list[count] < n) {
      count++;
    }
    return Indices.of(list, 0, count);
  }
}
