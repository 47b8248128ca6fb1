package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;

/**
 * Random sentences with well-placed straight quotations: padded inside, they are cleaned back to
 * the well-placed text; with one stray quote anywhere (the pairing is then never certain),
 * {@code quotes.padding} changes nothing, padded or not. Fixed seed; another with
 * {@code -Dmtclean.seed=N}.
 */
class QuotePairingFuzzTest {
  private static final String[] WORDS = {
    "the", "plan", "green", "factory", "was", "named", "after", "Belt", "and", "Road", "a", "team",
    "said", "it", "will", "open", "Eight", "Rules", "model", "village", "of", "reform"
  };
  private static final String[] AFTER_QUOTE = {" ", " ", ", ", ". ", "; ", ": "};

  @Test
  void wellPlacedQuotesAreRestoredAndAStrayQuoteStopsEveryEdit() {
    long seed = Long.getLong("mtclean.seed", 20261207L);
    Random random = new Random(seed);
    for (int round = 0; round < 2000; round++) {
      List<String> clean = new ArrayList<>();
      List<String> padded = new ArrayList<>();
      int pieces = 1 + random.nextInt(6);
      for (int k = 0; k < pieces; k++) {
        String before = words(random, 1 + random.nextInt(4));
        String inside = words(random, 1 + random.nextInt(3));
        String after = AFTER_QUOTE[random.nextInt(AFTER_QUOTE.length)];
        clean.add(before + " \"" + inside + "\"" + after);
        padded.add(before + (random.nextBoolean() ? " \" " + inside + " \"" : " \"" + inside + "\"") + after);
      }
      String tail = words(random, 1 + random.nextInt(3)) + ".";
      String wellPlaced = String.join("", clean) + tail;
      String withPadding = String.join("", padded) + tail;
      String where = "seed " + seed + ", round " + round + ": ";

      assertEquals(wellPlaced, only(withPadding).text(), where + withPadding);
      assertEquals(wellPlaced, only(wellPlaced).text(), where + wellPlaced);

      for (String text : List.of(wellPlaced, withPadding)) {
        String stray = withStrayQuote(random, text);
        CleanResult r = only(stray);
        assertEquals(stray, r.text(), where + stray + " " + r.edits());
      }
    }
  }

  private static CleanResult only(String text) {
    return RuleTesting.only("quotes.padding", text);
  }

  /** {@code text} with one more straight quote, glued to the start or the end of a word. */
  private static String withStrayQuote(Random random, String text) {
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      boolean startsWord = letter && (i == 0 || text.charAt(i - 1) == ' ');
      boolean endsWord = letter && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)));
      if (startsWord) {
        places.add(i);
      }
      if (endsWord) {
        places.add(i + 1);
      }
    }
    int at = places.get(random.nextInt(places.size()));
    return text.substring(0, at) + "\"" + text.substring(at);
  }

  private static String words(Random random, int count) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < count; k++) {
      if (k > 0) {
        b.append(' ');
      }
      b.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
