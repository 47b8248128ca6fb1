package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;

/**
 * Round trip: every n from 10 to 10,000 and a seeded random sample up to 10^9 is spelled out by
 * ICU (cardinal and ordinal, with and without a British "and"), put in a sentence and cleaned with
 * the default cleaner; the numeral must come back. Replay a sample with {@code -Dmtclean.seed=N}.
 */
class SpelloutRoundTripTest {
  private static final RuleBasedNumberFormat ICU =
      new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
  private static final Cleaner CLEANER = Cleaner.defaults();

  /** The month names the date rules write are ICU's English ones. */
  @Test
  void monthNamesAreIcusEnglishNames() {
    String[] icu = DateFormatSymbols.getInstance(ULocale.ENGLISH)
        .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    for (int m = 1; m <= 12; m++) {
      assertEquals(icu[m - 1], Spellout.month(m));
    }
  }

  /** One formatter serves all threads: parses on several threads at once agree with one thread. */
  @Test
  void parsesAgreeAcrossThreads() throws Exception {
    String[] phrases = {"forty-two", "one hundred twenty-three", "two thousand nineteen", "nine"};
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Long>> results = new ArrayList<>();
      for (int k = 0; k < 400; k++) {
        String phrase = phrases[k % phrases.length] + (k % 7 == 0 ? "" : " ");
        results.add(pool.submit(() -> {
          Number n = Spellout.parse(phrase.strip(), false);
          return n == null ? -1L : n.longValue();
        }));
      }
      long[] expected = {42, 123, 2019, 9};
      for (int k = 0; k < results.size(); k++) {
        assertEquals(expected[k % expected.length], results.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
    assertNull(Spellout.parse("forty two hundred and", false));
  }

  @Test
  void allUpToTenThousand() {
    List<String> failures = new ArrayList<>();
    for (long n = 10; n <= 10_000; n++) {
      check(n, failures);
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + first(failures));
  }

  @Test
  void randomSampleUpToOneBillion() {
    long seed = org.mtclean.TestSeeds.seed("SpelloutRoundTripTest");
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    for (int k = 0; k < 3_000; k++) {
      long n = 10 + (long) (random.nextDouble() * (1_000_000_000L - 10));
      if (k % 10 == 0) {
        n = (1 + random.nextInt(999)) * (random.nextBoolean() ? 1_000_000L : 1_000L);
      }
      check(n, failures);
    }
    check(1_000_000_000L, failures);
    assertTrue(failures.isEmpty(),
        () -> "seed " + seed + ": " + failures.size() + " failures, first: " + first(failures));
  }

  private static String first(List<String> failures) {
    return String.join("\n", failures.subList(0, Math.min(10, failures.size())));
  }

  private static void check(long n, List<String> failures) {
    String words = ICU.format(n);
    expect("The park has " + words + " trees.", "The park has " + cardinal(n, words) + " trees.",
        failures);
    String british = withAnd(n);
    if (!british.equals(words)) {
      expect("The park has " + british + " trees.",
          "The park has " + cardinal(n, british) + " trees.", failures);
    }
    String ordinal = ICU.format(n, "%spellout-ordinal");
    expect("It was the " + ordinal + " visit.", "It was the " + ordinal(n) + " visit.",
        failures);
  }

  /** What an editor writes: 12,345; a round amount named in millions or billions keeps the word. */
  private static String cardinal(long n, String words) {
    if (words.endsWith(" million") || words.endsWith(" billion")) {
      BigDecimal unit = BigDecimal.valueOf(n >= 1_000_000_000L ? 1_000_000_000L : 1_000_000L);
      BigDecimal x = BigDecimal.valueOf(n).divide(unit).stripTrailingZeros();
      if (x.scale() <= 3) {
        return x.toPlainString() + (n >= 1_000_000_000L ? " billion" : " million");
      }
    }
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  private static String ordinal(long n) {
    String digits = String.format(java.util.Locale.ROOT, "%,d", n);
    if (n % 100 >= 11 && n % 100 <= 13) {
      return digits + "th";
    }
    return digits + switch ((int) (n % 10)) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** ICU's words with "and" before a last part below 100, as a British writer puts it. */
  private static String withAnd(long n) {
    long rest = n % 100;
    if (n < 100 || rest == 0) {
      return ICU.format(n);
    }
    return ICU.format(n - rest) + " and " + ICU.format(rest);
  }

  private static void expect(String input, String expected, List<String> failures) {
    String got = CLEANER.clean(input).text();
    if (!got.equals(expected)) {
      failures.add(input + " -> " + got + " (expected " + expected + ")");
    }
  }
}
