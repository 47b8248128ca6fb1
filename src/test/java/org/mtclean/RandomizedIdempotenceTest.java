package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cleans seeded random garble and checks that one pass reaches the fixed point and that no edit
 * drops letters, digits or CJK characters (except in the rule families whose purpose that is).
 * Prints its seed; replay with {@code -Dmtclean.seed=N}.
 */
public class RandomizedIdempotenceTest {
  private static final String[] PIECES = {
    "the", "The", "board", "agreed", "plan", "meeting", "Group", "Party", "committee", "and",
    "will", "will", "the the", "of", "development", "quality", "more and more", "had had",
    "。", "，", "、", "；", "：", "！", "？", "（", "）", "【", "】", "《", "》", "「", "」",
    "……", "…", "——", "～", "·", "・", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]",
    "\"", "\u201C", "\u201D", "'", "\u2019", "..", ",,", ".,", ",.", "...",
    " ", " ", " ", "  ", "\t", "\u00A0", "\u3000", "\u2007", "\u202F", "\u200B", "\u2060",
    "\uFEFF", "\u0007", "\u200D", "\n", "\n", "\n\n", "\n\n\n", "\r\n",
    "２０２２", "ＡＩ", "％", "12,500", "3.75", "09:30", "3:1", "1.4.2", "2022-05-09",
    "U.S.", "e.g.", "No.", "Ltd.", "Co.,", "Mr.", "Node.js", "example.org", "https://example.org/a?b=1",
    "press@example.com", "`a , b`", "中文", "发展", "张伟", "\uD842\uDFB7", "\uD83D\uDE00",
    "Four month Twenty-four", "Two thousand and twenty", "forty-two", "ten thousand", "twelfth",
    "3 ten thousand", "five", "one by one", "Xinhua Xinhua", "Cao Cao", "unity and unity",
    "Karl", "Weber", "2019年11月9日", "word.The", "i", "iPhone", "x", "2019 year", "1、",
    "12 %", "etc..", ":\"", "\u2460", "\u2474", "\u2489", "8%year", "\".he", " 's", "'s", " n't", "do n't", "'re", "ca",
    "5\u4E07", "3.2\u4EBF\u5143", "\u4E07", "\u5143", "\uFFE5500", "\uFFE1", "\u2018", "\u2019", "\u2018 a \u2019", "in", " in 3 month 5 day",
    "\r", "\r \n", "\r\t\r\n", " \r", "2022\u5E74 ".repeat(17), "1\u67081\u65E5 ".repeat(17),
    "5\u4E07 1\u67089\u65E5 ".repeat(9),
    "20: 00", "05: 03: 17", "2020-07-2606: 52", "July 26th", "Nov 3 rd", "on the 26th", "50763 cases",
    "RMB 5150", "1000Mbps", "150ml", "5G", "\u2103", "\u33A1", "......", "growth.,", "body. ;",
    "?\" ?", "&quot;", "& quot;", "&amp;quot;", "&#39;", "<p>", "Co.,Ltd", "34 - year - old",
    "year - on - year", "00 @-@ 24", "Holt ' s", "farmers ' ", "can n't", "1980 s", "post-90 s",
  };

  @Test
  void oneCleanReachesTheFixedPoint() {
    long seed = org.mtclean.TestSeeds.seed("RandomizedIdempotenceTest");
    Random random = new Random(seed);
    Cleaner[] cleaners = {
      Cleaner.defaults(),
      Cleaner.builder().profile(Profile.APPLY_SUGGESTIONS).build(),
      Cleaner.builder().option(org.mtclean.Options.KEEP_NBSP, true).build(),
    };
    for (int doc = 0; doc < 600; doc++) {
      String input = garble(random, 1 + random.nextInt(60));
      for (Cleaner cleaner : cleaners) {
        CleanResult once = cleaner.clean(input);
        CleanResult twice = cleaner.clean(once.text());
        String context = "seed " + seed + ", document " + doc + ", profile " + cleaner.profile()
            + "\ninput:  " + escape(input) + "\nonce:   " + escape(once.text()) + "\ntwice:  "
            + escape(twice.text()) + "\nsecond-pass edits:\n" + GoldenTest.edits(twice);
        assertEquals(once.text(), twice.text(), context);
        assertEquals(once.text(), cleaner.cleanText(input), () -> "cleanText differs\n" + context);
        EditInvariants.check(input, once.edits(), context);
        for (Edit e : once.edits()) {
          if (e.applied() && !mayDropContent(e.ruleId()) && !overlapsDroppingEdit(e, once)) {
            assertTrue(keepsContent(e.original(), e.replacement()),
                () -> "edit drops content: " + e + "\n" + context);
          }
        }
      }
    }
  }

  /**
   * Short sentences dense in what rules of different families share: spaces before and after
   * punctuation, literal years, list numbers, bracket pairs, quotes after punctuation. A rule that
   * one change class does not wake must not get work from it; this is where that would show.
   */
  @Test
  void rulesThatShareASpotReachTheFixedPoint() {
    long seed = org.mtclean.TestSeeds.seed("RandomizedIdempotenceTest");
    Random random = new Random(seed);
    Cleaner cleaner = Cleaner.defaults();
    for (int doc = 0; doc < 60_000; doc++) {
      String input = garble(random, 1 + random.nextInt(14), SHARED_SPOTS);
      String once = cleaner.clean(input).text();
      assertEquals(once, cleaner.clean(once).text(),
          "seed " + seed + ", document " + doc + ": " + escape(input));
    }
  }

  private static final String[] SHARED_SPOTS = {
    "2019", "year", "2021 year", ",", " ,", ".", " .", "1\u3001", "2\u3001", "\u3001", "\u3002",
    "\uFF08", "\uFF09", "\uFF08\u4E00\uFF09", "\u4E00", "\u4E2D\u6587", "said", ":", "\uFF1A", "\"",
    "\u201C", "\u201D", "etc..", "U.S..", "12 %", "%", "5", " ", "  ", "\n", "The", "plan", "in",
    "of", "e.g..", ";", "\uFF01", "?", "month", "Four month Twenty-four", "Two thousand and twenty",
    "\u201C a \u201D", "\" b \"", "x", "the", "\u2461", "\uFF1B", "%", "\u201D.", " 's", "n't", "does", "twenty", "'", "5\u4E07", "3.2\u4EBF\u5143", "\u4E07", "3 : 1", " : ", "09 :30"
  };

  /** Paragraphs of 20,000 chars and more: no shortcut for long text may break the fixed point. */
  @Test
  void longParagraphsReachTheFixedPoint() {
    long seed = org.mtclean.TestSeeds.seed("RandomizedIdempotenceTest");
    Random random = new Random(seed);
    Cleaner cleaner = Cleaner.defaults();
    for (int doc = 0; doc < 40; doc++) {
      StringBuilder b = new StringBuilder();
      String repeated = garble(random, 1 + random.nextInt(80)).replace('\n', ' ');
      while (b.length() < 20_000) {
        b.append(repeated).append(' ').append(garble(random, 10).replace('\n', ' ')).append(". The ");
      }
      String once = cleaner.clean(b.toString()).text();
      String twice = cleaner.clean(once).text();
      assertEquals(once, twice, "seed " + seed + ", long document " + doc);
    }
  }

  /** Each rule alone must reach its own fixed point in one run (the pipeline relies on it). */
  @Test
  void everyRuleAloneReachesItsFixedPoint() {
    long seed = org.mtclean.TestSeeds.seed("RandomizedIdempotenceTest");
    Random random = new Random(seed);
    for (String id : org.mtclean.rules.BuiltinRules.ids()) {
      Cleaner alone = Cleaner.builder().disableAll().enable(id).build();
      for (int doc = 0; doc < 150; doc++) {
        String input = garble(random, 1 + random.nextInt(40));
        String once = alone.clean(input).text();
        CleanResult twice = alone.clean(once);
        assertEquals(once, twice.text(), () -> "rule " + id + ", seed " + seed + "\ninput: "
            + escape(input) + "\nonce:  " + escape(once) + "\n" + GoldenTest.edits(twice));
      }
    }
  }

  private static final String[] LINE_END_SHAPES = {
    "a", "b.", "The plan", "\r", "\r", "\n", "\n", "\r\n", " ", " ", "\t", "\u3000", "\u200B",
    "\u00A0", "\u3002", "\uFF0C", "x", "\u5728", "\u4E2D\u6587", "\"", "\u201C", "\u201D", "the the",
  };

  private static final String[] CHAIN_LINKS = {
    "2022\u5E74", "1\u67081\u65E5", "12\u670831\u65E5", "5\u4E07", "3.2\u4EBF\u5143", "2019\u5E7411\u67089\u65E5",
  };

  /**
   * CR, LF and CRLF line ends next to whitespace-only lines, and chains of numbers with CJK marks
   * longer than any fixed number of passes: one run reaches the fixed point, in both modes, on
   * every path, with every edit expressed against the input.
   */
  @Test
  void lineEndsAndLongChainsReachTheFixedPoint() throws java.io.IOException {
    long seed = org.mtclean.TestSeeds.seed("RandomizedIdempotenceTest");
    Random random = new Random(seed);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    Cleaner[] cleaners = {Cleaner.defaults(), Cleaner.builder().lineByLine(true).build(),
        Cleaner.builder().profile(Profile.APPLY_SUGGESTIONS).build()};
    try {
      for (int doc = 0; doc < 1500; doc++) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
          if (random.nextInt(8) == 0) {
            int links = 1 + random.nextInt(40);
            for (int k = 0; k < links; k++) {
              b.append(CHAIN_LINKS[random.nextInt(CHAIN_LINKS.length)]);
              b.append(random.nextInt(4) == 0 ? "" : " ");
            }
          } else {
            b.append(LINE_END_SHAPES[random.nextInt(LINE_END_SHAPES.length)]);
          }
        }
        String input = b.toString();
        for (Cleaner cleaner : cleaners) {
          CleanResult once = cleaner.clean(input);
          String context = "seed " + seed + ", document " + doc + ", line by line " + cleaner.lineByLine()
              + "\ninput: " + escape(input) + "\nonce:  " + escape(once.text());
          CleanResult twice = cleaner.clean(once.text());
          assertEquals(once.text(), twice.text(), () -> context + "\n" + GoldenTest.edits(twice));
          EditInvariants.check(input, once.edits(), context);
          java.io.StringWriter one = new java.io.StringWriter();
          cleaner.clean(new java.io.StringReader(input), one, e -> {});
          assertEquals(once.text(), one.toString(), () -> "stream: " + context);
          org.mtclean.internal.TinyBatches.set(1 + random.nextInt(16));
          try {
            java.io.StringWriter two = new java.io.StringWriter();
            cleaner.clean(new java.io.StringReader(input), two, e -> {}, pool, 2);
            assertEquals(once.text(), two.toString(), () -> "2 threads: " + context);
          } finally {
            org.mtclean.internal.TinyBatches.restore();
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Random garbled text of {@code pieces} pieces (also used by the tests of other packages). */
  public static String garble(Random random, int pieces) {
    return garble(random, pieces, PIECES);
  }

  private static String garble(Random random, int pieces, String[] from) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      b.append(from[random.nextInt(from.length)]);
      if (random.nextInt(3) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code e} covers text that an applied edit of a rule that may drop content rewrote
   * first: a chained edit is reported on the input, so its original holds that edit's too.
   */
  private static boolean overlapsDroppingEdit(Edit e, CleanResult result) {
    for (Edit other : result.edits()) {
      if (other != e && other.applied() && mayDropContent(other.ruleId())
          && other.start().charOffset() < Math.max(e.end().charOffset(), e.start().charOffset() + 1)
          && e.start().charOffset() < Math.max(other.end().charOffset(), other.start().charOffset() + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Rule families whose purpose is to delete or rewrite words (each change is still logged). */
  private static boolean mayDropContent(String ruleId) {
    return ruleId.startsWith("repeat.") || ruleId.startsWith("numbers.")
        || ruleId.startsWith("untranslated") || ruleId.equals("chars.invisible")
        || ruleId.startsWith("space.blank")
        || ruleId.equals("chars.entities"); // &#39; -> ': the digits are markup, not content
  }

  /** Letters, digits and CJK characters of {@code original} all appear, in order, in the replacement. */
  static boolean keepsContent(String original, String replacement) {
    String a = letters(original);
    String b = letters(replacement == null ? "" : replacement);
    int j = 0;
    for (int i = 0; i < a.length(); i++) {
      j = b.indexOf(a.charAt(i), j);
      if (j < 0) {
        return false;
      }
      j++;
    }
    return true;
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        cp -= 0xFEE0;
      }
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(Character.toLowerCase(cp));
      }
    });
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp > 0x7e) {
        b.append(String.format("\\u%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }
}
