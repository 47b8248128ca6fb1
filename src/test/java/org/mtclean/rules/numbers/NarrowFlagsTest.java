package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Options;

/**
 * The narrower pre-checks of the myriad, year and cardinal rules ({@link NumberScan#PAIR},
 * {@link NumberScan#CARDINAL}, {@link NumberScan#MYRIAD}) change nothing: random number salad, words
 * apart by spaces, tabs or both, cleans to the same text with the same edits as with
 * {@link NumberScan#COUNTING} alone. Replay with {@code -Dmtclean.seed=N}.
 */
class NarrowFlagsTest {
  private static final String[] PIECES = NumberFuzzTest.PIECES;
  private static final String[] MORE = {
    "Ten", "HUNDRED", "Thousand", "MILLION", "Percent", "per", "cent", "Point", "or", "to", "between",
    "from", "nineteen", "twenty", "two", "zero", "one", "seven", "1997", "hundredth", "tenth"
  };
  private static final String[] GAPS = {" ", " ", " ", "  ", "\t", " \t", "", "-", ", "};

  @Test
  void numberRulesCleanTheSameWithTheNarrowerPreChecks() {
    long seed = org.mtclean.TestSeeds.seed("NarrowFlagsTest");
    Random r = new Random(seed);
    Cleaner[] cleaners = {
      Cleaner.defaults(),
      Cleaner.builder().disableAll().enable("numbers").build(),
      Cleaner.builder().option(Options.NUMBER_THRESHOLD, 100).build(),
      Cleaner.builder().option(Options.NUMBER_THRESHOLD, 11).option(Options.PERCENT_STYLE,
          Options.PercentStyle.SIGN).build(),
    };
    try {
      for (int k = 0; k < 6_000; k++) {
        StringBuilder b = new StringBuilder();
        for (int w = 1 + r.nextInt(16); w > 0; w--) {
          String[] from = r.nextInt(3) == 0 ? MORE : PIECES;
          b.append(from[r.nextInt(from.length)]).append(GAPS[r.nextInt(GAPS.length)]);
        }
        String text = b.toString();
        Cleaner cleaner = cleaners[k % cleaners.length];
        ParagraphCache.narrowFlags = false;
        CleanResult plain = cleaner.clean(text);
        ParagraphCache.narrowFlags = true;
        CleanResult narrow = cleaner.clean(text);
        String where = "seed " + seed + ", text " + k + ": '" + text + "'";
        assertEquals(plain.text(), narrow.text(), where);
        assertEquals(plain.edits(), narrow.edits(), where);
      }
    } finally {
      ParagraphCache.narrowFlags = true;
    }
  }
}
