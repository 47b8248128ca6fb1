package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Profile;
import org.mtclean.Rule;
import org.mtclean.RuleKind;

/**
 * BatchSplitter cuts a stream where a plain line-by-line reading of it cuts, with the same batch
 * starts and quote styles, whatever the chars, the batch sizes and the reads.
 */
class BatchSplitterTest {
  private static final String[] ATOMS = {"a", "word ", "\n", "\n", "\n\n", "\r", "\r\n", "\r\n\r\n", " ",
      "\u3000", "\t", "\u200B", "\u0085", "\u201C", "\"", "\u201D", "\uD83D\uDE00", "\uDE00", "\uD83D",
      "\uFF0C", "\uFEFF", "\u2028", "\u000B", "北京"};

  private static final int PIECE_LINES = DocumentEngine.pieceLines;

  @AfterEach
  void restore() {
    DocumentEngine.pieceLines = PIECE_LINES;
  }

  @Test
  void cutsAsALineByLineReadingCuts() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("BatchSplitterTest");
    Random rnd = new Random(seed);
    EnginePlan[] plans = {plan(Cleaner.defaults()), plan(Cleaner.builder().lineByLine(true).build()),
        plan(Cleaner.builder().profile(Profile.APPLY_SUGGESTIONS).build())};
    for (int round = 0; round < 600; round++) {
      StringBuilder b = new StringBuilder(rnd.nextInt(4) == 0 ? "\uFEFF" : "");
      int atoms = rnd.nextInt(round < 300 ? 60 : 6000);
      int some = 2 + rnd.nextInt(ATOMS.length - 1); // texts of few kinds of chars, and of all
      for (int n = 0; n < atoms; n++) {
        b.append(ATOMS[rnd.nextInt(some)]);
      }
      String text = b.toString();
      EnginePlan plan = plans[rnd.nextInt(plans.length)];
      DocumentEngine.pieceLines = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 600);
      int first = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 5000);
      int later = 1 + rnd.nextInt(rnd.nextBoolean() ? 50 : 5000);
      String where = "seed " + seed + ", round " + round;
      List<String> expected = byLines(new StringReader(text), plan, first, later);
      List<String> got = new ArrayList<>();
      BatchSplitter.split(trickle(text, rnd), plan, first, later, new BatchSplitter.Batches() {
        @Override
        public void take(char[] t, int n, DocumentEngine.BatchStart start, int quotes,
            LineReader.LineEnds lines) throws IOException {
          got.add(describe(t, n, start, quotes));
          if (lines != null) {
            assertEquals(readLines(new LineReader.InPlace(t, n)),
                readLines(new LineReader.InPlace(t, n, lines)), where + ": the lines found");
          }
        }

        @Override
        public char[] array(int minLength) {
          // as a spare array may be: longer, and full of an earlier batch's chars
          char[] a = new char[minLength + rnd.nextInt(3)];
          java.util.Arrays.fill(a, "\n\r\uDC00 x".charAt(rnd.nextInt(5)));
          return a;
        }
      });
      assertEquals(expected, got, where);
      assertEquals(text, String.join("", got.stream().map(s -> s.substring(s.indexOf('|') + 1)).toList()), where);
    }
  }

  private static EnginePlan plan(Cleaner cleaner) {
    List<Rule> rules = cleaner.rules();
    boolean[] applies = new boolean[rules.size()];
    for (int r = 0; r < applies.length; r++) {
      applies[r] = cleaner.profile() == Profile.APPLY_SUGGESTIONS || rules.get(r).kind() == RuleKind.SAFE;
    }
    return new EnginePlan(rules, applies, java.util.Map.of(), cleaner.lineByLine());
  }

  /** A reader that returns a few chars per read, or many. */
  private static Reader trickle(String text, Random rnd) {
    boolean slow = rnd.nextBoolean();
    return new StringReader(text) {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        return super.read(buf, off, Math.min(len, slow ? 1 + rnd.nextInt(5) : 1 + rnd.nextInt(20_000)));
      }
    };
  }

  /** Each line a reader reads, with its terminator and its count of low surrogates. */
  private static List<String> readLines(Reader in) throws IOException {
    LineReader lines = new LineReader();
    lines.reset(in, 1 << 16);
    List<String> read = new ArrayList<>();
    while (lines.next()) {
      read.add(new String(lines.content, 0, lines.length) + "|" + lines.terminator.replace("\r", "CR")
          + "|" + lines.lowSurrogates);
    }
    return read;
  }

  private static String describe(char[] text, int length, DocumentEngine.BatchStart start, int quotes) {
    return start + " quotes " + quotes + "|" + new String(text, 0, length);
  }

  /** The batches as a reading of whole lines, one at a time, cuts them. */
  private static List<String> byLines(Reader in, EnginePlan plan, int first, int later) throws IOException {
    List<String> batches = new ArrayList<>();
    LineReader lines = new LineReader();
    lines.reset(in, 1 << 16);
    StringBuilder batch = new StringBuilder();
    int target = first;
    DocumentEngine.BatchStart start = null;
    int startQuotes = 0;
    long line = 1;
    long charOffset = 0;
    long cpOffset = 0;
    long paragraphs = 0;
    if (lines.peek() == 0xFEFF) {
      lines.skip();
      batch.append('\uFEFF');
      charOffset = cpOffset = 1;
    }
    ParagraphCuts cuts = new ParagraphCuts();
    cuts.reset(plan.pieceLines());
    int blankRun = 0;
    boolean keptCr = false;
    DocumentState.Quotes quotes = new DocumentState.Quotes();
    while (lines.next()) {
      int n = lines.length;
      String terminator = lines.terminator;
      boolean blank = DocumentEngine.isBlank(lines.content, n);
      int kind = cuts.next(blank);
      if (cuts.endedParagraph()) {
        quotes.endParagraph();
      }
      if (kind != ParagraphCuts.NEXT && batch.length() >= target) {
        batches.add(start + " quotes " + startQuotes + "|" + batch);
        batch.setLength(0);
        target = later;
        start = new DocumentEngine.BatchStart(line, charOffset, cpOffset, paragraphs, blankRun, keptCr);
        startQuotes = quotes.style;
      }
      if (kind == ParagraphCuts.FIRST) {
        paragraphs++;
      }
      if (blank) {
        blankRun++;
        boolean removed = plan.removesBlankLine(n, blankRun, keptCr && terminator.startsWith("\n"));
        if (!removed && !terminator.isEmpty()) {
          keptCr = terminator.equals("\r");
        }
      } else {
        blankRun = 0;
        if (!terminator.isEmpty()) {
          keptCr = terminator.equals("\r");
        }
        quotes.observe(lines.content, n);
      }
      batch.append(lines.content, 0, n).append(terminator);
      line++;
      charOffset += n + terminator.length();
      cpOffset += n - lines.lowSurrogates + terminator.length();
    }
    if (batch.length() > 0) {
      batches.add(start + " quotes " + startQuotes + "|" + batch);
    }
    return batches;
  }
}
