package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;

/**
 * Random word salad built from number words, date words, digits, myriad units, quotes and CJK date
 * marks: the number rules must not fail and must reach their fixed point in one pass. Replay with
 * {@code -Dmtclean.seed=N}.
 */
class NumberFuzzTest {
  static final String[] PIECES = {
    "one", "two", "Three", "five", "nine", "ten", "Eleven", "twelve", "nineteen", "twenty",
    "twenty-four", "Forty-two", "ninety", "hundred", "thousand", "million", "billion", "and",
    "point", "zero", "first", "second", "twelfth", "twenty-first", "month", "Month", "day", "year",
    "percent", "per cent", "ten thousand", "hundred million", "4", "1.5", "12", "2019", "12,500",
    "09:30", "1.4.2", "2022-05-09", "trees", "households", "the", "a", "of", "by", "Plan", "On",
    "\"", "\u201C", "\u201D", ".", ",", "-", "'s", "\u5E74", "\u6708", "\u65E5", "\u4F1A",
    "RMB", "$", "\n", "  "
  };

  /** Words only (no punctuation pieces), for the whole default pipeline. */
  private static final String[] WORDS =
      java.util.Arrays.stream(PIECES).filter(p -> Character.isLetterOrDigit(p.charAt(0))).toArray(String[]::new);

  @Test
  void numberRulesIdempotentOnNumberSalad() {
    // the number rules alone: the core's own punctuation interplay is fuzzed elsewhere
    fuzz(Cleaner.builder().disableAll().enable("numbers").build(), PIECES);
  }

  @Test
  void defaultCleanerIdempotentOnNumberWords() {
    fuzz(Cleaner.defaults(), WORDS);
  }

  private static void fuzz(Cleaner cleaner, String[] pieces) {
    long seed = org.mtclean.TestSeeds.seed("NumberFuzzTest");
    Random random = new Random(seed);
    for (int k = 0; k < 4_000; k++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(14);
      for (int w = 0; w < n; w++) {
        String piece = pieces[random.nextInt(pieces.length)];
        b.append(piece);
        if (random.nextInt(5) != 0) {
          b.append(' ');
        }
      }
      String input = b.toString();
      String once = cleaner.clean(input).text();
      String twice = cleaner.clean(once).text();
      assertEquals(once, twice, () -> "seed " + seed + ", input: " + input);
    }
  }
}
