package org.mtclean.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.List;

/**
 * A line diff that stays linear on long files with changes everywhere. Myers' algorithm costs
 * O(N·D), which is quadratic when every paragraph of a large file changes, as it does for a
 * garbled article. Cleaning keeps changes local, so the lines are diffed in windows: each window
 * is diffed with java-diff-utils, every change but the last is kept, and the next window starts
 * where the last change began. Any cut gives a correct patch; keeping the last change for the
 * next window keeps it as small as a whole-file diff in practice. Stateless; thread-safe.
 */
final class WindowedDiff {
  static final int WINDOW = 400;

  private WindowedDiff() {}

  static Patch<String> diff(List<String> a, List<String> b) {
    return diff(a, b, WINDOW);
  }

  static Patch<String> diff(List<String> a, List<String> b, int window) {
    Patch<String> out = new Patch<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int ea = Math.min(a.size(), i + window);
      int eb = Math.min(b.size(), j + window);
      List<AbstractDelta<String>> deltas = DiffUtils.diff(a.subList(i, ea), b.subList(j, eb)).getDeltas();
      boolean last = ea == a.size() && eb == b.size();
      int keep = deltas.size();
      int cutA = ea - i;
      int cutB = eb - j;
      if (!last && !deltas.isEmpty()) {
        AbstractDelta<String> tail = deltas.get(deltas.size() - 1);
        int sa = tail.getSource().getPosition();
        int sb = tail.getTarget().getPosition();
        if (sa > 0 || sb > 0) {
          keep--; // the last change may run past the window: look at it again in the next one
          cutA = sa;
          cutB = sb;
        }
      }
      for (int k = 0; k < keep; k++) {
        AbstractDelta<String> d = deltas.get(k);
        out.addDelta(
            d.withChunks(
                new Chunk<>(i + d.getSource().getPosition(), d.getSource().getLines()),
                new Chunk<>(j + d.getTarget().getPosition(), d.getTarget().getLines())));
      }
      i += cutA;
      j += cutB;
    }
    return out;
  }
}
