package org.mtclean.internal;

import org.mtclean.Indices;
import org.mtclean.RuleContext;

/**
 * The built-in rules' way to a paragraph as arrays: the context's own arrays when it is a
 * {@link RawParagraph} (the engine's is), otherwise arrays made from {@link RuleContext#text()},
 * so that a rule also works with a context of another kind (a test's or a wrapper). Call once per
 * {@code apply}, not per char. The arrays must not be modified. Not API.
 *
 * <p>The engine's own context is tested for first, by its final class (one compare), because the
 * rules call these millions of times in a large input; any other {@link RawParagraph} is found
 * by the test for the interface after it.
 */
public final class Raw {
  private Raw() {}

  /** The paragraph's chars: indices 0 to {@code ctx.length() - 1} hold {@code ctx.text()}. */
  public static char[] chars(RuleContext ctx) {
    return ctx instanceof ParagraphPipeline p ? p.rawChars() : Other.chars(ctx);
  }

  /** The marks, ended by the first entry not less than {@code ctx.length()}. */
  public static int[] marks(RuleContext ctx) {
    return ctx instanceof ParagraphPipeline p ? p.rawMarks() : Other.marks(ctx);
  }

  /** The word breaks, ended by the first entry not less than {@code ctx.length()}. */
  public static int[] wordBreaks(RuleContext ctx) {
    return ctx instanceof ParagraphPipeline p ? p.rawWordBreaks() : Other.wordBreaks(ctx);
  }

  /**
   * A number that changes whenever the paragraph's text may have changed (the same number, the
   * same text), or -1 when the context cannot tell.
   */
  public static long textVersion(RuleContext ctx) {
    return ctx instanceof ParagraphPipeline p ? p.textVersion()
        : ctx instanceof RawParagraph r ? r.textVersion() : -1;
  }

  /** Whether {@code ctx} is the engine's own context, which the methods above test for first. */
  static boolean isEngineContext(RuleContext ctx) {
    return ctx instanceof ParagraphPipeline;
  }

  /**
   * The arrays of any other context. A class of its own, which a run with the engine's context
   * alone never initializes: the C1 compiler then leaves these calls out of line instead of
   * copying the making of a String into every rule that calls them, which cost every run of the
   * command some 7% more compiled code and compile time.
   */
  private static final class Other {
    static char[] chars(RuleContext ctx) {
      return ctx instanceof RawParagraph p ? p.rawChars() : ctx.text().toCharArray();
    }

    static int[] marks(RuleContext ctx) {
      if (ctx instanceof RawParagraph p) {
        return p.rawMarks();
      }
      char[] s = ctx.text().toCharArray();
      return Marks.of(s, s.length);
    }

    static int[] wordBreaks(RuleContext ctx) {
      if (ctx instanceof RawParagraph p) {
        return p.rawWordBreaks();
      }
      char[] s = ctx.text().toCharArray();
      return Marks.breaksOf(s, s.length);
    }
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
