package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the sparse map against a dense model over seeded random edit batches: every current char
 * knows the original range it stands for, and an edit's original range runs from the start of its
 * first char's range to the end of its last char's.
 */
class OffsetMapTest {
  @Test
  void matchesADenseModel() {
    long seed = org.mtclean.TestSeeds.seed("OffsetMapTest");
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      int length = random.nextInt(40);
      int[] lo = new int[length];
      int[] hi = new int[length];
      for (int i = 0; i < length; i++) {
        lo[i] = i;
        hi[i] = i + 1;
      }
      OffsetMap map = new OffsetMap();
      map.reset(length);
      int origLength = length;
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
        int[] nLo = new int[newLength];
        int[] nHi = new int[newLength];
        int in = 0;
        int out = 0;
        for (int k = 0; k < made; k++) {
          while (in < starts[k]) {
            nLo[out] = lo[in];
            nHi[out++] = hi[in++];
          }
          int os = startOf(lo, hi, length, origLength, starts[k]);
          int oe = ends[k] == starts[k] ? os : Math.max(os, endOf(lo, hi, length, origLength, ends[k]));
          for (int j = 0; j < lens[k]; j++) {
            nLo[out] = os;
            nHi[out++] = oe;
          }
          in = ends[k];
        }
        while (in < length) {
          nLo[out] = lo[in];
          nHi[out++] = hi[in++];
        }
        map.update(starts, ends, lens, made);
        lo = nLo;
        hi = nHi;
        length = newLength;
        for (int i = 0; i <= length; i++) {
          String where = "seed " + seed + " round " + round + " batch " + batch + " index " + i;
          assertEquals(startOf(lo, hi, length, origLength, i), map.originalStart(i), where);
          assertEquals(endOf(lo, hi, length, origLength, i), map.originalEnd(i), where);
        }
      }
    }
  }

  private static int startOf(int[] lo, int[] hi, int length, int origLength, int i) {
    if (i < length) {
      return lo[i];
    }
    return length == 0 ? 0 : hi[length - 1];
  }

  private static int endOf(int[] lo, int[] hi, int length, int origLength, int i) {
    return i == 0 ? startOf(lo, hi, length, origLength, 0) : hi[i - 1];
  }

  @Test
  void anEditNextToADeletionDoesNotReachOverIt() {
    OffsetMap map = new OffsetMap();
    map.reset(13); // "Hello world？ ": the trailing space goes first, then the mark is replaced
    map.update(new int[] {12}, new int[] {13}, new int[] {0}, 1);
    long range = map.original(11, 12);
    assertEquals(11, (int) (range >>> 32));
    assertEquals(12, (int) range);
  }

  @Test
  void anEditOfInsertedTextCoversItsOriginal() {
    OffsetMap map = new OffsetMap();
    map.reset(9); // "five five" -> "five" by one edit, then "five" -> "5"
    map.update(new int[] {0}, new int[] {9}, new int[] {4}, 1);
    long range = map.original(0, 4);
    assertEquals(0, (int) (range >>> 32));
    assertEquals(9, (int) range);
    range = map.original(1, 2); // a part of inserted text stands for all of it
    assertEquals(0, (int) (range >>> 32));
    assertEquals(9, (int) range);
  }
}
