package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Options;
import org.mtclean.Options.Untranslated;

/**
 * Random text built from the pieces these rules react to (repeated words, {@code X and X}, CJK
 * runs with their marks, surrogate pairs, brackets, commas before capitals) must clean to a fixed
 * point in one pass under every untranslated-text policy. Seeded; replay with
 * {@code -Dmtclean.seed=N}.
 */
class LeftoverFuzzTest {
  private static final String[] PIECES = {
    "the", "The", "will", "will", "Li", "Cao", "Xinhua", "and", "and", "unification", "more",
    "plan", "Reform", "years", "better", "had", "that", "I", "Gradually", "between", "to",
    "张伟", "欧阳明", "要坚持", "\uD842\uDFB7", "東京", "서울", "李", "。", "，", "、", "「", "」", "（", "）",
    "2022", "3.5", "年", "[", "]", "(", ")", "`", "\"", ".", ",", "!", "e.g.", "example.org",
    "[untranslated: ", "AI", "\u3000"
  };
  private static final String[] GLUE = {" ", " ", " ", "", ", ", ". ", "\n", "  ", " and "};

  @Test
  void everyPolicyReachesItsFixedPointInOnePass() {
    long seed = org.mtclean.TestSeeds.seed("LeftoverFuzzTest");
    Random random = new Random(seed);
    for (Untranslated policy : Untranslated.values()) {
      Cleaner cleaner = Cleaner.builder().option(Options.UNTRANSLATED, policy).build();
      for (int round = 0; round < 400; round++) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(14);
        for (int k = 0; k < pieces; k++) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
          b.append(GLUE[random.nextInt(GLUE.length)]);
        }
        String input = b.toString();
        CleanResult once = cleaner.clean(input);
        CleanResult twice = cleaner.clean(once.text());
        String where = "seed " + seed + ", policy " + policy + ", input " + escape(input)
            + "\nfirst pass: " + escape(once.text()) + "\nedits of the second pass: " + twice.applied();
        assertEquals(once.text(), twice.text(), where);
      }
    }
  }

  private static String escape(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }
}
