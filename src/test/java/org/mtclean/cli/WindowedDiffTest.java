package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The windowed diff is a correct patch, small when changes are local, and fast on big inputs. */
class WindowedDiffTest {
  @Test
  void patchTurnsAIntoB() throws PatchFailedException {
    long seed = Long.getLong("mtclean.seed", System.nanoTime());
    System.out.println("WindowedDiffTest seed " + seed);
    Random rnd = new Random(seed);
    for (int round = 0; round < 300; round++) {
      List<String> a = new ArrayList<>();
      int n = rnd.nextInt(round < 200 ? 30 : 3000);
      for (int k = 0; k < n; k++) {
        a.add(rnd.nextInt(4) == 0 ? "" : "line " + rnd.nextInt(20));
      }
      List<String> b = new ArrayList<>();
      for (String line : a) {
        int r = rnd.nextInt(10);
        if (r == 0) {
          continue; // deleted
        }
        b.add(r == 1 ? line + " changed" : line);
        if (r == 2) {
          b.add("inserted");
        }
      }
      int window = 2 + rnd.nextInt(50);
      Patch<String> p = WindowedDiff.diff(a, b, window);
      assertEquals(b, p.applyTo(a), "seed " + seed + " round " + round + " window " + window);
    }
  }

  @Test
  void sameSizeAsAWholeDiffForLocalChanges() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int k = 0; k < 5000; k++) {
      a.add("paragraph " + k);
      b.add(k % 3 == 0 ? "paragraph " + k + "." : "paragraph " + k);
    }
    assertEquals(DiffUtils.diff(a, b).getDeltas().size(), WindowedDiff.diff(a, b).getDeltas().size());
  }

  @Test
  void everyLineChangedStillGivesACorrectPatch() throws Exception {
    // the windows keep this linear (Myers' algorithm alone is quadratic here); speed is measured
    // by CommandBench's --diff runs, not timed in a test
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int k = 0; k < 50_000; k++) {
      a.add("line " + k + " ,");
      b.add("line " + k + ",");
    }
    Patch<String> p = WindowedDiff.diff(a, b);
    assertEquals(b, p.applyTo(a));
  }
}
