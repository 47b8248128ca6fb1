package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.internal.Marks;

class ParagraphCacheTest {
  private static final String[] WORDS = {
    "one", "two", "nine", "first", "ten", "twenty", "thousand", "million", "month", "Month",
    "percent", "per", "point", "and", "the", "three", "this", "mon", "th", "hundred", "a", "plan",
    " ", "  ", ",", "-", "5", "\u3002", "\u4E2D", "2019", "year", "Year", "\t", "19"
  };

  /** After any edit, the flags kept by the cache may claim too much, never too little. */
  @Test
  void incrementalFlagsNeverMissWhatAFullScanFinds() {
    long seed = org.mtclean.TestSeeds.seed("ParagraphCacheTest");
    Random r = new Random(seed);
    ParagraphCache cache = new ParagraphCache();
    for (int paragraph = 0; paragraph < 2000; paragraph++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(40); k >= 0; k--) {
        b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      for (int edit = 0; edit < 8; edit++) {
        char[] s = b.toString().toCharArray();
        int full = NumberScan.scan(s, 0, s.length, s.length, Marks.breaksOf(s, s.length), 0);
        int kept = cache.flagsOf(s, s.length, paragraph, Marks.breaksOf(s, s.length));
        assertEquals(full, kept & full, "seed " + seed + ": flags of '" + b + "'");
        int at = r.nextInt(b.length() + 1);
        int end = Math.min(b.length(), at + r.nextInt(6));
        b.replace(at, end, r.nextBoolean() ? "" : WORDS[r.nextInt(WORDS.length)]);
      }
    }
  }
}
