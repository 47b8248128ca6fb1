package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Options;

/**
 * The narrower pre-checks of the myriad, year and cardinal rules ({@link NumberScan#PAIR},
 * {@link NumberScan#CARDINAL}, {@link NumberScan#MYRIAD}, {@link NumberScan#LOWER}) change nothing:
 * random number salad, words in any case apart by spaces, tabs or both, cleans to the same text
 * with the same edits as with {@link NumberScan#COUNTING} alone. Replay with {@code -Dmtclean.seed=N}.
 */
class NarrowFlagsTest {
  private static final String[] PIECES = NumberFuzzTest.PIECES;
  private static final String[] MORE = {
    "Ten", "HUNDRED", "Thousand", "MILLION", "Percent", "per", "cent", "Point", "or", "to", "between",
    "from", "nineteen", "twenty", "two", "zero", "one", "seven", "1997", "hundredth", "tenth",
    "Five", "Six", "Forty", "Twelve", "Hundred", "Fifty", "Or", "To", "And", "Between", "From", "Years",
    "Twenty-Five", "Forty-two", "Zero", "Two Hundred and Fifty"
  };
  private static final String[] GAPS = {" ", " ", " ", "  ", "\t", " \t", "", "-", ", "};

  private static final String[] FIRST = {"five", "Five", "FIVE", "twenty", "Twenty", "Twenty-Five", "two", "Two"};
  private static final String[] CONNECTORS = {"or", "Or", "OR", "oR", "to", "To", "and", "And"};
  private static final String[] SECOND = {
    "six hundred", "Six Hundred", "Six hundred", "Six Hundred and Fifty", "Six Hundred And Fifty",
    "Thirty", "thirty", "Three Million", "Seven Thousand and Two", "Nine", "nine"
  };
  private static final String[] BEFORE = {"", "between ", "Between ", "from ", "From ", "the ", "In "};
  private static final String[] AFTER = {"", " meters", " Meters", " percent", " Percent", " per cent", ".", " Years"};

  /** Ranges whose number words are capitalized and whose connector or {@code and} may not be. */
  @Test
  void capitalizedRangesCleanTheSameWithTheNarrowerPreChecks() {
    long seed = org.mtclean.TestSeeds.seed("NarrowFlagsTest.ranges");
    Random r = new Random(seed);
    Cleaner cleaner = Cleaner.defaults();
    int edited = 0;
    try {
      for (int k = 0; k < 3_000; k++) {
        String gap = GAPS[r.nextInt(4)] + (r.nextInt(4) == 0 ? "\t" : "");
        String text = "It grew " + BEFORE[r.nextInt(BEFORE.length)] + FIRST[r.nextInt(FIRST.length)] + gap
            + CONNECTORS[r.nextInt(CONNECTORS.length)] + gap + SECOND[r.nextInt(SECOND.length)]
            + AFTER[r.nextInt(AFTER.length)] + " in the plan";
        ParagraphCache.narrowFlags = false;
        CleanResult plain = cleaner.clean(text);
        ParagraphCache.narrowFlags = true;
        CleanResult narrow = cleaner.clean(text);
        String where = "seed " + seed + ", text " + k + ": '" + text + "'";
        assertEquals(plain.text(), narrow.text(), where);
        assertEquals(plain.edits(), narrow.edits(), where);
        edited += plain.edits().isEmpty() ? 0 : 1;
      }
    } finally {
      ParagraphCache.narrowFlags = true;
    }
    org.junit.jupiter.api.Assertions.assertTrue(edited > 300, "seed " + seed + ": only " + edited + " edited");
  }

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
