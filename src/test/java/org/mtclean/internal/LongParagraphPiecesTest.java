package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Profile;
import org.mtclean.RandomizedIdempotenceTest;

/**
 * A paragraph longer than {@link DocumentEngine#pieceLines} lines is cleaned in pieces: made
 * tiny here, the pieces must still reach the fixed point in one pass, and batches on several
 * threads must cut them where one thread does.
 */
class LongParagraphPiecesTest {
  private static final int PIECE = DocumentEngine.pieceLines;
  private static final int FIRST = BatchedRun.firstBatch;
  private static final int LATER = BatchedRun.batchSize;

  @AfterEach
  void restore() {
    DocumentEngine.pieceLines = PIECE;
    BatchedRun.firstBatch = FIRST;
    BatchedRun.batchSize = LATER;
  }

  @Test
  void aParagraphOfManyLinesIsCleanedInPiecesOfWholeLines() {
    String line = "The survey started，results \" Green \" follow。\n";
    String text = line.repeat(2000); // one paragraph of 2,000 lines
    String expected = Cleaner.defaults().cleanText(line).repeat(2000);
    assertEquals(expected, Cleaner.defaults().cleanText(text));
    // a piece starts as a paragraph does: a sentence cut by it is not capitalized across it
    DocumentEngine.pieceLines = 2;
    assertEquals("One ends.\nTwo starts.\nthree goes on.\n",
        Cleaner.defaults().cleanText("One ends.\ntwo starts.\nthree goes on.\n"));
  }

  @Test
  void piecesReachTheFixedPointInOnePass() {
    long seed = org.mtclean.TestSeeds.seed("LongParagraphPiecesTest");
    Random random = new Random(seed);
    Cleaner[] cleaners = {Cleaner.defaults(), Cleaner.builder().profile(Profile.APPLY_SUGGESTIONS).build()};
    for (int piece : new int[] {1, 2, 3}) {
      DocumentEngine.pieceLines = piece;
      for (int doc = 0; doc < 300; doc++) {
        String input = RandomizedIdempotenceTest.garble(random, 1 + random.nextInt(60));
        for (Cleaner cleaner : cleaners) {
          String once = cleaner.clean(input).text();
          assertEquals(once, cleaner.clean(once).text(), "seed " + seed + ", pieces of " + piece + ", document " + doc);
          assertEquals(once, cleaner.cleanText(input));
        }
      }
    }
  }

  @Test
  void batchesCutPiecesWhereOneThreadDoes() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("LongParagraphPiecesTest");
    Random random = new Random(seed);
    Cleaner cleaner = Cleaner.defaults();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int piece : new int[] {1, 2, 5}) {
        DocumentEngine.pieceLines = piece;
        for (int doc = 0; doc < 100; doc++) {
          StringBuilder b = new StringBuilder();
          while (b.length() < 3000) {
            b.append(RandomizedIdempotenceTest.garble(random, 1 + random.nextInt(8)).replace("\n\n", "\n")).append('\n');
          }
          String text = b.toString();
          String expected = run(cleaner, text, null);
          for (int[] size : new int[][] {{1, 1}, {30, 7}, {200, 300}}) {
            BatchedRun.firstBatch = size[0];
            BatchedRun.batchSize = size[1];
            assertEquals(expected, run(cleaner, text, pool),
                "seed " + seed + ", pieces of " + piece + ", document " + doc + ", batches " + size[0] + "/" + size[1]);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void lineByLineKeepsEveryLineAndReachesTheFixedPoint() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("LongParagraphPiecesTest");
    Random random = new Random(seed);
    Cleaner[] cleaners = {
      Cleaner.builder().lineByLine(true).build(),
      Cleaner.builder().lineByLine(true).profile(Profile.APPLY_SUGGESTIONS).build(),
    };
    assertTrue(cleaners[1].lineByLine() && cleaners[0].toBuilder().build().lineByLine());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int doc = 0; doc < 300; doc++) {
        String input = RandomizedIdempotenceTest.garble(random, 1 + random.nextInt(60));
        String context = "seed " + seed + ", document " + doc;
        for (Cleaner cleaner : cleaners) {
          String once = cleaner.clean(input).text();
          assertEquals(lines(input), lines(once), context + ": the lines stay the lines");
          assertEquals(once, cleaner.clean(once).text(), context);
          assertEquals(once, cleaner.cleanText(input), context);
          BatchedRun.firstBatch = 1 + random.nextInt(40);
          BatchedRun.batchSize = 1 + random.nextInt(40);
          assertEquals(run(cleaner, input, null), run(cleaner, input, pool), context + ", batches");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // what crosses lines by default does not
    Cleaner lines = cleaners[0];
    assertEquals("One ends.\ntwo starts.\n\n\n\nthe \" a\nb \" c\n",
        lines.cleanText("One ends.\ntwo starts.\n\n\n\nthe \" a\nb \" c\n"));
    assertEquals("One ends.\nTwo starts.\n\nthe \"a\nb\" c\n",
        Cleaner.defaults().cleanText("One ends.\ntwo starts.\n\n\n\nthe \" a\nb \" c\n"));
  }

  /** The number of line terminators: \n, \r\n or \r. */
  private static int lines(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length;
  }

  private static String run(Cleaner cleaner, String text, ExecutorService pool) throws IOException {
    StringWriter out = new StringWriter();
    List<Edit> edits = new ArrayList<>();
    if (pool == null) {
      cleaner.clean(new StringReader(text), out, edits::add);
    } else {
      cleaner.clean(new StringReader(text), out, edits::add, pool, 2);
    }
    return out + "\n" + edits;
  }
}
