package org.mtclean.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Cuts a stream into batches of whole lines for {@link BatchedRun}: follows paragraphs (and pieces
 * of long ones), blank lines and quote style as {@link DocumentEngine} does, and cuts a batch at
 * the start of a paragraph or piece, or at a blank line, once it holds its size — whatever the
 * input is made of (a run of millions of blank lines too), unless one paragraph is longer.
 *
 * <p>The input is read straight into the array of the batch being filled and its lines are found
 * there, so that a char is copied once on its way (and again only when it was read ahead of a
 * cut); where the lines end goes with the batch, so that the engine does not look for them again.
 * Not thread-safe.
 */
final class BatchSplitter {
  /** Where the batches go, in input order. */
  interface Batches {
    /**
     * Takes {@code text[0, length)}, which starts at {@code start} (null: the start of the input)
     * with the quote style {@code quoteStyle} the paragraphs before it decided (0: none yet).
     * {@code lines}: where its lines end, as {@link LineReader.InPlace} takes them, or null.
     */
    void take(char[] text, int length, DocumentEngine.BatchStart start, int quoteStyle,
        LineReader.LineEnds lines) throws IOException;

    /** An array of at least {@code minLength} chars for the next batch, whatever it holds. */
    char[] array(int minLength);
  }

  private final Reader in;
  private final EnginePlan plan;
  private final int laterSize;
  private final Batches out;

  private char[] batch;
  private int filled; // chars read into batch
  private boolean eof;

  // the line last found: batch[lineStart, lineEnd), then its terminator
  private int lineStart;
  private int lineEnd;
  private int terminator; // NONE, LF, CR or CRLF
  private int lineLows; // low surrogates in the line
  private LineReader.LineEnds lines = new LineReader.LineEnds(); // of the batch being filled

  private static final int NONE = 0;
  private static final int LF = 1;
  private static final int CR = 2;
  private static final int CRLF = 3;

  private BatchSplitter(Reader in, EnginePlan plan, int laterSize, Batches out) {
    this.in = in;
    this.plan = plan;
    this.laterSize = laterSize;
    this.out = out;
  }

  /**
   * Reads {@code in} to its end and hands its batches to {@code out}: the first of about
   * {@code firstSize} chars, the others of about {@code laterSize}.
   */
  static void split(Reader in, EnginePlan plan, int firstSize, int laterSize, Batches out)
      throws IOException {
    new BatchSplitter(in, plan, laterSize, out).run(firstSize);
  }

  private void run(int firstSize) throws IOException {
    batch = new char[firstSize + 1024];
    int target = firstSize;
    DocumentEngine.BatchStart start = null; // the first batch starts the input
    int startQuotes = 0;
    long line = 1;
    long charOffset = 0;
    long lowSurrogates = 0; // before the current line: code points are chars less these
    long paragraphs = 0;
    while (filled == 0 && readMore()) {
      // the first chars, to see whether they start with a byte-order mark
    }
    if (filled > 0 && batch[0] == '\uFEFF') {
      lineStart = 1; // kept in the batch, where the engine finds it as the input's first char
      charOffset = 1;
    }
    ParagraphCuts cuts = new ParagraphCuts(); // as DocumentEngine cuts
    cuts.reset(plan.pieceLines());
    int blankRun = 0; // blank lines right before the current one, as the engine counts them
    boolean keptCr = false; // whether the last line the engine writes out ends with a CR
    DocumentState.Quotes quotes = new DocumentState.Quotes();
    while (nextLine()) {
      int n = lineEnd - lineStart;
      int terminatorLength = terminator == CRLF ? 2 : terminator == NONE ? 0 : 1;
      boolean blank = ParagraphCuts.isBlank(batch, lineStart, lineEnd);
      int kind = cuts.next(blank);
      if (cuts.endedParagraph()) {
        quotes.endParagraph();
      }
      if (kind != ParagraphCuts.NEXT && lineStart >= target) {
        // a paragraph (or piece) starts, or a blank line comes, which the engine handles alone
        int length = lineStart;
        LineReader.LineEnds found = lines;
        lines = new LineReader.LineEnds();
        out.take(cut(), length, start, startQuotes, found.usable());
        target = laterSize;
        start = new DocumentEngine.BatchStart(line, charOffset, charOffset - lowSurrogates,
            paragraphs, blankRun, keptCr);
        startQuotes = quotes.style;
      }
      lines.add(lineEnd, lineLows);
      if (kind == ParagraphCuts.FIRST) {
        paragraphs++;
      }
      if (blank) {
        blankRun++;
        boolean removed = plan.removesBlankLine(n, blankRun, keptCr && terminator == LF);
        if (!removed && terminator != NONE) {
          keptCr = terminator == CR;
        }
      } else {
        blankRun = 0;
        if (terminator != NONE) {
          keptCr = terminator == CR;
        }
        quotes.observe(batch, lineStart, lineEnd);
      }
      line++;
      charOffset += n + terminatorLength;
      lowSurrogates += lineLows;
      lineStart = lineEnd + terminatorLength;
    }
    if (lineStart > 0) {
      out.take(batch, lineStart, start, startQuotes, lines.usable());
    }
  }

  /**
   * Ends the batch before the current line: moves that line and what was read after it to the
   * start of a new array, and returns the old one, whose chars before the line are the batch.
   */
  private char[] cut() {
    char[] full = batch;
    int at = lineStart;
    int rest = filled - at;
    batch = out.array(Math.max(laterSize + 1024, rest + 16));
    System.arraycopy(full, at, batch, 0, rest);
    filled = rest;
    lineStart = 0;
    lineEnd -= at;
    return full;
  }

  /**
   * Finds the line that starts at {@link #lineStart}: its end, terminator and low surrogates,
   * reading more input as needed; false at the end of the input.
   */
  private boolean nextLine() throws IOException {
    int i = lineStart;
    int lows = 0;
    char found = 0;
    scan:
    while (true) {
      char[] b = batch;
      int end = filled;
      while (i < end) {
        i = Chars.skipPlainText(b, i, end);
        if (i >= end) {
          break;
        }
        char c = b[i];
        if (c <= '\r' && (c == '\n' || c == '\r')) {
          found = c;
          break scan;
        }
        if (c >= 0xDC00 && c <= 0xDFFF) {
          lows++;
        }
        i++;
      }
      if (!readMore()) {
        break;
      }
    }
    lineEnd = i;
    lineLows = lows;
    if (found == '\n') {
      terminator = LF;
    } else if (found == '\r') {
      if (i + 1 == filled) {
        readMore();
      }
      terminator = i + 1 < filled && batch[i + 1] == '\n' ? CRLF : CR;
    } else {
      terminator = NONE;
      return i > lineStart;
    }
    return true;
  }

  /** Reads more input after {@link #filled}, taking a larger array when full; false at its end. */
  private boolean readMore() throws IOException {
    if (eof) {
      return false;
    }
    if (filled == batch.length) {
      batch = Arrays.copyOf(batch, batch.length + Math.max(16, batch.length >> 1));
    }
    int n;
    do {
      n = in.read(batch, filled, batch.length - filled);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    filled += n;
    return true;
  }
}
