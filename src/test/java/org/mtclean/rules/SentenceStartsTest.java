package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.RandomizedIdempotenceTest;
import org.mtclean.internal.SentenceStarts;

/**
 * Sentence starts are worked out in one place: every capital that {@code case.sentence-start}
 * applies or reports is where {@link SentenceStarts#startsAt} says a sentence starts (the engine
 * relies on it to know that such a capital cannot wake the rules blind to it).
 */
class SentenceStartsTest {
  @Test
  void examples() {
    assertTrue(SentenceStarts.startsAt("x".toCharArray(), 0));
    assertTrue(SentenceStarts.startsAt("done. next".toCharArray(), 6));
    assertTrue(SentenceStarts.startsAt("done.\" (next".toCharArray(), 8));
    assertTrue(SentenceStarts.startsAt("why?\n\u201Cnext".toCharArray(), 6));
    assertFalse(SentenceStarts.startsAt("done.next".toCharArray(), 5));
    assertFalse(SentenceStarts.startsAt("done, next".toCharArray(), 6));
    char[] s = "fine. (yes".toCharArray();
    int spaces = SentenceStarts.skipClosers(s, s.length, 5);
    assertEquals(5, spaces);
    assertEquals(7, SentenceStarts.firstLetter(s, s.length, spaces));
    assertEquals(-1, SentenceStarts.firstLetter("end.".toCharArray(), 4, 4));
  }

  private static final String[] PIECES = {
    "done. next ", "it? yes ", "fine.\" (it ", "ok!  \u201Cwe ", "end.) so ", "one.\nand ",
    "why?\u201D she ", "Wash. to ", "U.S. is ", "a... b ", "5%. more ", "#! again ", "x.y ", "S? o ",
    "word.\u2019 \u2018x ", "new. [a] ", "e.g. this ", " ", "\"", "(", ".", "?", "the "
  };

  @Test
  void theRuleCapitalizesOnlyWhereASentenceStarts() {
    long seed = org.mtclean.TestSeeds.seed("SentenceStartsTest");
    Random random = new Random(seed);
    Cleaner alone = Cleaner.builder().disableAll().enable("case.sentence-start").build();
    int seen = 0;
    for (int doc = 0; doc < 3000; doc++) {
      // one paragraph (no blank line), so that offsets in the input are offsets in the paragraph
      StringBuilder b = new StringBuilder();
      for (int i = 1 + random.nextInt(30); i > 0; i--) {
        b.append(random.nextInt(4) == 0 ? RandomizedIdempotenceTest.garble(random, 1).replace('\r', ' ')
            .replace('\n', ' ') : PIECES[random.nextInt(PIECES.length)]);
      }
      String input = b.toString();
      CleanResult r = alone.clean(input);
      char[] chars = input.toCharArray();
      for (Edit e : r.edits()) {
        int at = (int) e.start().charOffset();
        seen++;
        assertTrue(SentenceStarts.startsAt(chars, at), "seed " + seed + ", " + e + " in " + input);
      }
    }
    assertTrue(seen > 500, "too few capitals to check: " + seen);
  }
}
