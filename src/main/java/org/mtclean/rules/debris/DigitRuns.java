package org.mtclean.rules.debris;

import org.mtclean.CarriedState;
import org.mtclean.RuleContext;
import org.mtclean.internal.Raw;

/**
 * The runs of ASCII digits of a paragraph, in order, found once per text for the rules that look
 * at the numbers of a paragraph ({@code numbers.ordinal-date}, {@code numbers.unit},
 * {@code numbers.thousands}): each walked the paragraph's word breaks (digits are breaks) to find
 * them, where most paragraphs have a few runs and dozens of breaks. One instance per document
 * (from {@link RuleContext#state}); used by one thread at a time.
 */
final class DigitRuns implements CarriedState {
  // the key is the factory too: a method reference would be the run's first lambda, and the
  // first costs milliseconds of start-up
  private static final java.util.function.Supplier<DigitRuns> KEY = new java.util.function.Supplier<>() {
    @Override
    public DigitRuns get() {
      return new DigitRuns();
    }
  };

  /** Where run {@code k} starts and ends, for {@code k} below {@link #count}. */
  int[] starts = new int[16];
  int[] ends = new int[16];
  int count;
  private long version = -1; // Raw.textVersion of the text listed, -1 when unknown

  @Override
  public boolean settled() {
    return false;
  }

  @Override
  public boolean cache() {
    return true;
  }

  /** The runs of the paragraph's current text. */
  static DigitRuns of(RuleContext ctx) {
    DigitRuns runs = ctx.state(KEY, KEY);
    long version = Raw.textVersion(ctx);
    if (version < 0 || version != runs.version) {
      runs.find(Raw.chars(ctx), ctx.length(), Raw.wordBreaks(ctx));
      runs.version = version;
    }
    return runs;
  }

  /** Lists the runs of {@code s[0, n)} from its word breaks (every char that is not an ASCII letter). */
  void find(char[] s, int n, int[] breaks) {
    count = 0;
    for (int k = 0, at; (at = breaks[k]) < n; k++) {
      if ((char) (s[at] - '0') >= 10) {
        continue;
      }
      int e = Scan.digitsEnd(s, n, at + 1);
      while (breaks[k + 1] < e) {
        k++; // the run's other digits
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
      }
      starts[count] = at;
      ends[count] = e;
      count++;
    }
  }
}
