package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lookup's quick reject turns away no word of the vocabulary, in any case, and the letter
 * test is the plain one. Replay with {@code -Dmtclean.seed=N}.
 */
class NumberWordsTest {
  @Test
  void lookupFindsEveryVocabularyWordInAnyCaseAndNothingElse() {
    long seed = org.mtclean.TestSeeds.seed("NumberWordsTest");
    Random r = new Random(seed);
    List<String> vocabulary = new ArrayList<>(NumberWords.countingWords());
    vocabulary.add("and");
    vocabulary.add("point");
    Map<String, Long> entries = new HashMap<>();
    for (String w : vocabulary) {
      long entry = NumberWords.lookup(w.toCharArray(), 0, w.length());
      assertNotEquals(0L, entry, w);
      entries.put(w, entry);
    }
    for (int round = 0; round < 200_000; round++) {
      String w = vocabulary.get(r.nextInt(vocabulary.size()));
      int cut = r.nextInt(4);
      if (cut == 1) { // a prefix or a longer word
        w = w.substring(0, r.nextInt(w.length() + 1));
      } else if (cut == 2) {
        w = w + (char) ('a' + r.nextInt(26));
      } else if (cut == 3) { // any letters
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(17); k > 0; k--) {
          b.append((char) ('a' + r.nextInt(26)));
        }
        w = b.toString();
      }
      char[] word = randomCase(w, r);
      char[] padded = ("#" + new String(word) + "#").toCharArray(); // the word inside a longer text
      long expected = entries.getOrDefault(w, 0L);
      String where = "seed " + seed + ": '" + new String(word) + "'";
      assertEquals(expected, NumberWords.lookup(word, 0, word.length), where);
      assertEquals(expected, NumberWords.lookup(padded, 1, padded.length - 1), where);
    }
  }

  @Test
  void asciiLetterTestIsThePlainOne() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      assertEquals(plain, NumberWords.isAsciiLetter((char) c), "char " + c);
    }
  }

  private static char[] randomCase(String w, Random r) {
    char[] s = w.toCharArray();
    int style = r.nextInt(3);
    for (int i = 0; i < s.length; i++) {
      if (style == 1 || (style == 2 && r.nextBoolean())) {
        s[i] = Character.toUpperCase(s[i]);
      }
    }
    return s;
  }
}
