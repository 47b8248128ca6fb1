package org.mtclean.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.TestSeeds;

/**
 * Lines cleaned in batches, each starting with the quote style the lines before it decided, come
 * out as the whole text cleaned at once, wherever the batches are cut (no Spark involved).
 */
class BatchCleanerTest {
  @Test
  void batchesCutAnywhereCleanAsTheWholeText() {
    Random random = new Random(TestSeeds.seed("BatchCleanerTest"));
    Corpus corpus = new Corpus(Path.of("test-data"));
    Cleaner cleaner = Cleaner.builder().lineByLine(true).build();
    for (String firstQuote : new String[] {"A \u201Ccurly\u201D one.", "A \"straight\" one.", "x\ry \"z\" \u201Cw\u201D"}) {
      String text = corpus.text(random, 60_000, 200, firstQuote, random.nextBoolean() ? "\n" : "\r\n");
      List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
      String whole = cleaner.cleanText(text);
      for (int trial = 0; trial < 5; trial++) {
        StringBuilder got = new StringBuilder();
        int style = QuoteStyle.UNDECIDED;
        int from = 0;
        while (from < lines.size()) {
          int to = Math.min(lines.size(), from + 1 + random.nextInt(400));
          BatchCleaner b = new BatchCleaner(cleaner, style, false); // a new split: only the style carried
          for (String line : b.clean(new ArrayList<>(lines.subList(from, to)), from == 0, new ArrayList<>())) {
            got.append(line).append('\n');
          }
          for (String line : lines.subList(from, to)) {
            style = QuoteStyle.after(style, line);
          }
          from = to;
        }
        assertEquals(whole, got.toString(), "first quote line: " + firstQuote);
      }
    }
  }
}
