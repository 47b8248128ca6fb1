package org.mtclean.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.internal.Marks;

/**
 * {@link DigitRuns} lists what the plain definition does, every maximal run of ASCII digits, on
 * seeded random text; the same instance is reused from text to text, as a document's is. Replay
 * with {@code -Dmtclean.seed=N}.
 */
class DigitRunsTest {
  private static final String[] PIECES = {
    "1", "12", "2019", "50763", "0", "a", "th", "ml", "Mbps", " ", " ", "  ", ",", ".", "-", ":",
    "\u00B5", "\u03BC", "\uFF11", "\u0663", "\u4E2D", "\n", "\t", "July", "26th", "1,000", "1.5"
  };

  @Test
  void runsAreTheMaximalDigitRuns() {
    long seed = org.mtclean.TestSeeds.seed("DigitRunsTest");
    Random r = new Random(seed);
    DigitRuns runs = new DigitRuns();
    for (int text = 0; text < 20_000; text++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k > 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      char[] s = b.toString().toCharArray();
      int n = s.length;
      char[] padded = java.util.Arrays.copyOf(s, n + r.nextInt(4)); // chars past n are not text
      java.util.Arrays.fill(padded, n, padded.length, '7');
      runs.find(padded, n, Marks.breaksOf(s, n));
      List<String> found = new ArrayList<>();
      for (int k = 0; k < runs.count; k++) {
        found.add(runs.starts[k] + "-" + runs.ends[k]);
      }
      assertEquals(plainRuns(s), found, "seed " + seed + ", text " + text + ": '" + b + "'");
    }
  }

  private static List<String> plainRuns(char[] s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      if (s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i - 1] < '0' || s[i - 1] > '9')) {
        int e = i;
        while (e < s.length && s[e] >= '0' && s[e] <= '9') {
          e++;
        }
        out.add(i + "-" + e);
      }
    }
    return out;
  }
}
