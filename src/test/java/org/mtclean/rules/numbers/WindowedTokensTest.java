package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;

/**
 * Windowed tokens (used for long paragraphs) change nothing: random number salad, with stretches
 * of plain words, CJK text and punctuation between the numbers, cleans the same with the tokens of
 * the whole paragraph and with only those near number words. Replay with {@code -Dmtclean.seed=N}.
 */
class WindowedTokensTest {
  /** Number words, dates, digits, units, quotes and CJK date marks (the number fuzz test's). */
  private static final String[] NUMBERS = NumberFuzzTest.PIECES;

  /** Whole phrases whose rules look several tokens back or ahead. */
  private static final String[] PHRASES = {
    "2019 year Four month Twenty-four day", "two thousand and twenty year eleven month nine",
    "one thousand nine hundred and ninety-seven year twelve month", "in 2019 ten thousand households",
    "3.5 ten thousand trees", "one point two hundred million parts", "a twenty-second pause",
    "twenty twenty-four hours", "the Fifty Five Plan", "Five twenty", "RMB two thousand and nineteen",
    "nineteen ninety-seven", "Two thousand and twenty In the first quarter", "12 month 5 years",
    "in 2019 year,", "of 2020 year."
  };
  private static final String[] FILLER = {
    "the", "plan", "of", "Group", "said", "was", "built", "\u3002", "\uFF0C", ",", ".", "\"",
    "\u4E0D\u5FD8\u521D\u5FC3", "-", "(", ")", "a", "on", "1.2.3", "x-y", "\u2014", "  "
  };

  @Test
  void longParagraphsCleanTheSameWithWindowedTokens() {
    long seed = org.mtclean.TestSeeds.seed("WindowedTokensTest");
    Random r = new Random(seed);
    Cleaner cleaner = Cleaner.defaults();
    int saved = ParagraphCache.windowedFrom;
    try {
      for (int doc = 0; doc < 300; doc++) {
        StringBuilder b = new StringBuilder();
        int words = 20 + r.nextInt(400);
        for (int k = 0; k < words; k++) {
          int pick = r.nextInt(8);
          String[] from = pick == 0 ? PHRASES : pick < 3 ? NUMBERS : FILLER;
          b.append(from[r.nextInt(from.length)]);
          if (r.nextInt(6) != 0) {
            b.append(' ');
          }
          if (r.nextInt(5) == 0) { // a long stretch without numbers
            for (int f = r.nextInt(40); f > 0; f--) {
              b.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
            }
          }
        }
        String text = b.toString();
        ParagraphCache.windowedFrom = Integer.MAX_VALUE;
        CleanResult whole = cleaner.clean(text);
        ParagraphCache.windowedFrom = 0;
        CleanResult windowed = cleaner.clean(text);
        assertEquals(whole.text(), windowed.text(), "seed " + seed + ", document " + doc + ": " + text);
        assertEquals(whole.edits(), windowed.edits(), "seed " + seed + ", document " + doc + ": " + text);
      }
    } finally {
      ParagraphCache.windowedFrom = saved;
    }
  }
}
