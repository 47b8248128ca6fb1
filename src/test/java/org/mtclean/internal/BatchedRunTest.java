package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Profile;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.rules.AbstractRule;

/**
 * A stream cleaned in batches on several threads gives the text and the edits (positions, order)
 * of one run on one thread, wherever the batches are cut.
 */
class BatchedRunTest {
  private static ExecutorService pool;
  private static final int FIRST = BatchedRun.firstBatch;
  private static final int LATER = BatchedRun.batchSize;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @AfterEach
  void restoreSizes() {
    BatchedRun.firstBatch = FIRST;
    BatchedRun.batchSize = LATER;
  }

  private static String sequential(Cleaner cleaner, String text) throws IOException {
    StringWriter out = new StringWriter();
    List<Edit> edits = new ArrayList<>();
    boolean changed = cleaner.clean(new StringReader(text), out, edits::add);
    return changed + "\n" + out + "\n" + edits;
  }

  private static String batched(Cleaner cleaner, String text, int parallelism) throws IOException {
    StringWriter out = new StringWriter();
    List<Edit> edits = new ArrayList<>();
    boolean changed = cleaner.clean(new StringReader(text), out, edits::add, pool, parallelism);
    return changed + "\n" + out + "\n" + edits;
  }

  /** Counts per rule through the counting path, where the engine makes no edit objects. */
  private static Map<String, Integer> counts(Cleaner cleaner, String text, int parallelism)
      throws IOException {
    CountsByRule counter = new CountsByRule();
    cleaner.clean(new StringReader(text), new StringWriter(), counter, pool, parallelism);
    return counter.counts;
  }

  private static void assertSameAsOneThread(Cleaner cleaner, String text, String context)
      throws IOException {
    String expected = sequential(cleaner, text);
    // the counting path, where the pipeline keeps no edit records, counts what the edits show
    List<Edit> edits = new ArrayList<>();
    cleaner.clean(new StringReader(text), new StringWriter(), edits::add);
    Map<String, Integer> expectedCounts = new TreeMap<>();
    for (Edit e : edits) {
      expectedCounts.merge(e.ruleId() + (e.applied() ? "" : "?"), 1, Integer::sum);
    }
    assertEquals(expectedCounts, counts(cleaner, text, 1), context);
    int[][] sizes = {{1, 1}, {1, 40}, {30, 7}, {200, 300}, {FIRST, LATER}};
    for (int[] size : sizes) {
      BatchedRun.firstBatch = size[0];
      BatchedRun.batchSize = size[1];
      String where = context + " (batches " + size[0] + "/" + size[1] + ")";
      assertEquals(expected, batched(cleaner, text, 2), where);
      assertEquals(expected, batched(cleaner, text, 3), where);
      assertEquals(expectedCounts, counts(cleaner, text, 2), where);
    }
  }

  @Test
  void goldenFilesCleanAsOnOneThread() throws IOException {
    Cleaner safe = Cleaner.defaults();
    Cleaner all = Cleaner.builder().profile(Profile.APPLY_SUGGESTIONS).build();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("test-data"))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path p : files) {
      String text = Files.readString(p);
      assertSameAsOneThread(safe, text, p.toString());
      assertSameAsOneThread(all, text.replace("\n", "\r\n"), p + " with CRLF, all rules");
    }
  }

  @Test
  void documentStateCrossesBatches() throws IOException {
    String[] docs = {
      // the title repeated a few paragraphs down, after batches that end before the window does
      "Annual Report\n\nFirst part，done.\n\nAnnual Report\n\nMore text here.\n\nAnnual report\n",
      // the quote style decided by a late paragraph, curly after straight within it
      "No quotes here.\n\nNone here either.\n\nHe said \"yes\" and “ no ”.\n\n\" Padded \" text。\n",
      "\uFEFF\u3000\u3000Indented，text.\n\n\n\n\nFour month Twenty-four the the plan.\r\n\r\n  \r\nEnd",
      "\n\n\nstarts with blank lines\n\nand ends without a newline",
      "\uFEFF",
      "",
      "one paragraph\nover two lines，no blank line",
    };
    for (String doc : docs) {
      assertSameAsOneThread(Cleaner.defaults(), doc, doc);
    }
  }

  @Test
  void randomDocumentsCleanAsOnOneThread() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("BatchedRunTest");
    Random random = new Random(seed);
    String[] breaks = {"\n", "\n\n", "\r\n\r\n", "\n \n\n", "\n\u3000\n"};
    for (int round = 0; round < 40; round++) {
      StringBuilder doc = new StringBuilder();
      for (int p = random.nextInt(30); p > 0; p--) {
        doc.append(org.mtclean.RandomizedIdempotenceTest.garble(random, 1 + random.nextInt(12)));
        doc.append(breaks[random.nextInt(breaks.length)]);
      }
      assertSameAsOneThread(Cleaner.defaults(), doc.toString(), "seed " + seed + " round " + round);
    }
  }

  @Test
  void aCleanerWithRulesOfItsOwnStaysOnTheCallingThread() throws IOException {
    Thread caller = Thread.currentThread();
    List<Thread> seen = new ArrayList<>();
    Cleaner custom = Cleaner.builder().addRule(new AbstractRule("custom.watch", RuleKind.REPORT, "watches") {
      @Override
      public void apply(RuleContext ctx) {
        seen.add(Thread.currentThread());
      }
    }).build();
    BatchedRun.firstBatch = 1;
    BatchedRun.batchSize = 1;
    batched(custom, "a\n\nb\n\nc\n\nd\n", 2);
    assertEquals(4, seen.size());
    assertTrue(seen.stream().allMatch(t -> t == caller), seen.toString());
  }

  @Test
  void aFailingReaderFailsTheRun() {
    BatchedRun.firstBatch = 1;
    BatchedRun.batchSize = 1;
    Reader failing = new Reader() {
      private int calls;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        if (calls++ > 20) {
          throw new IOException("disk gone");
        }
        String s = "A line，here.\n\n";
        int n = Math.min(len, s.length());
        s.getChars(0, n, buf, off);
        return n;
      }

      @Override
      public void close() {}
    };
    IOException e = assertThrows(IOException.class,
        () -> Cleaner.defaults().clean(failing, new StringWriter(), x -> {}, pool, 2));
    assertEquals("disk gone", e.getMessage());
  }
}
