package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the sparse map against a dense model over seeded random edit batches. */
class OffsetMapTest {
  @Test
  void matchesADenseModel() {
    long seed = Long.getLong("mtclean.seed", System.nanoTime());
    System.out.println("OffsetMapTest seed: " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      int length = random.nextInt(40);
      int[] dense = new int[length + 1];
      for (int i = 0; i <= length; i++) {
        dense[i] = i;
      }
      OffsetMap map = new OffsetMap();
      for (int batch = 0; batch < 6; batch++) {
        int count = random.nextInt(4);
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] lens = new int[count];
        int pos = 0;
        int made = 0;
        for (int k = 0; k < count && pos <= length; k++) {
          int s = pos + random.nextInt(Math.max(1, length - pos + 1));
          if (s > length) {
            break;
          }
          int e = s + random.nextInt(Math.min(3, length - s) + 1);
          starts[made] = s;
          ends[made] = e;
          lens[made] = random.nextInt(3);
          made++;
          pos = e + 1;
        }
        int newLength = length;
        for (int k = 0; k < made; k++) {
          newLength += lens[k] - (ends[k] - starts[k]);
        }
        int[] next = new int[newLength + 1];
        int in = 0;
        int out = 0;
        for (int k = 0; k < made; k++) {
          while (in < starts[k]) {
            next[out++] = dense[in++];
          }
          for (int j = 0; j < lens[k]; j++) {
            next[out++] = dense[starts[k]];
          }
          in = ends[k];
        }
        while (in <= length) {
          next[out++] = dense[in++];
        }
        map.update(starts, ends, lens, made);
        dense = next;
        length = newLength;
        for (int i = 0; i <= length; i++) {
          assertEquals(dense[i], map.original(i), "seed " + seed + " round " + round + " index " + i);
        }
      }
    }
  }
}
