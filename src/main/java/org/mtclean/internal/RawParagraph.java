package org.mtclean.internal;

import org.mtclean.RuleContext;

/**
 * A rule context that lends the built-in rules its own arrays, so that a scan costs no copy and
 * no call per char. The arrays are shared: a rule must not modify them, and they are valid until
 * the rule returns. Rules reach them through {@link Raw}, which also serves any other context.
 * Not API: may change without notice.
 */
public interface RawParagraph extends RuleContext {
  /** The paragraph: indices 0 to {@link #length()} - 1 hold the chars of {@link #text()}. */
  char[] rawChars();

  /**
   * The marks (see {@link RuleContext#marks()}), ended by the first entry not less than
   * {@link #length()}: {@code for (int k = 0, i; (i = marks[k]) < n; k++)}.
   */
  int[] rawMarks();

  /** The word breaks (see {@link RuleContext#wordBreaks()}), ended like {@link #rawMarks()}. */
  int[] rawWordBreaks();

  /**
   * A number that changes whenever the text may have changed, so that a rule that keeps what it
   * worked out about the text can tell in one compare that it still holds; -1 when unknown.
   */
  default long textVersion() {
    return -1;
  }
}
