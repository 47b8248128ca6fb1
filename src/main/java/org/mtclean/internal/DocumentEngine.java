package org.mtclean.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mtclean.Edit;
import org.mtclean.EditListener;
import org.mtclean.Position;

/**
 * Streams a document paragraph by paragraph through a {@link ParagraphPipeline}: splits lines
 * (keeping each line's terminator), groups them into paragraphs at blank lines, carries out what
 * the {@link BlankLineRule}s decide for the blank lines, and turns paragraph-relative edits into
 * input positions. Memory is bounded by the longest paragraph. One run at a time (an engine may
 * be reused for the next); not thread-safe. Not API.
 */
public final class DocumentEngine {
  /** The default of {@link #pieceLines}, for messages. */
  public static final int PIECE_LINES = 512;

  /**
   * A paragraph of more lines than this is cleaned in pieces of this many lines, each as if a
   * paragraph of its own, so that memory stays bounded for text with no blank lines at all, such
   * as a corpus of one segment per line. The cuts are counted in lines from the paragraph's start,
   * which cleaning never changes, so a second run cuts at the same places (tests make it small).
   */
  static volatile int pieceLines = PIECE_LINES;

  private final ParagraphPipeline pipeline;
  private Recording recording = Recording.EDITS; // of the run under way
  private final EnginePlan plan;

  // position of the next line in the input
  private long line = 1;
  private long charOffset;
  private long cpOffset;

  // the paragraph being gathered: its lines joined with \n
  private final LineReader lines = new LineReader();
  private final ParagraphCuts cuts = new ParagraphCuts();
  private char[] para = new char[256];
  private int paraLength;
  private final List<String> terminators = new ArrayList<>();
  private long[] lineCharOffset = new long[8];
  private long[] lineCpOffset = new long[8];
  private int[] lineJoinedStart = new int[8];
  private boolean[] lineHasSurrogates = new boolean[8];
  private long paraFirstLine;
  private long paragraphIndex;
  private int blankRun;
  private long lastLineCodePoints;
  private boolean afterCr; // the output so far ends with a CR that a LF written next would join

  /** An engine for the runs of a cleaner with the given plan, one run at a time. */
  public DocumentEngine(EnginePlan plan) {
    this.pipeline = new ParagraphPipeline(plan);
    this.plan = plan;
  }

  /**
   * Cleans {@code in}, of about {@code sizeHint} chars, into {@code out}, reporting every edit to
   * {@code listener}.
   */
  public void run(Reader in, Writer out, EditListener listener, int sizeHint) throws IOException {
    run(in, out, listener, new DocumentState(), null, sizeHint);
  }

  /**
   * Cleans a batch of whole lines that starts a paragraph at {@code from} in a longer input
   * ({@code from} null: the start of the input, where a byte-order mark is kept as such), with
   * the document state the paragraphs before it left.
   */
  void run(Reader in, Writer out, EditListener listener, DocumentState state, BatchStart from,
      int sizeHint) throws IOException {
    startDocument(from);
    recording = Recording.of(listener);
    pipeline.startDocument(state, recording.countsOnly(), recording == Recording.TEXT_ONLY);
    lines.reset(in, sizeHint + 1);
    if (from == null && lines.peek() == 0xFEFF) {
      lines.skip();
      out.write(0xFEFF);
      charOffset = cpOffset = 1;
    }
    cuts.reset(plan.pieceLines());
    while (lines.next()) {
      char[] content = lines.content;
      int length = lines.length;
      String terminator = lines.terminator;
      lastLineCodePoints = length - lines.lowSurrogates;
      int kind = cuts.next(isBlank(content, length));
      if (kind != ParagraphCuts.NEXT) {
        flushParagraph(out, listener); // at a blank line, or before a paragraph or a piece of one
      }
      if (kind == ParagraphCuts.BLANK) {
        blankLine(content, length, terminator, out, listener);
      } else {
        blankRun = 0;
        addLine(content, length, terminator);
      }
      advance(length, terminator);
    }
    flushParagraph(out, listener);
    pipeline.endDocument();
    lines.detach();
  }

  /**
   * Where a batch starts in the input: line (1-based), char and code point offsets, paragraph;
   * the blank lines right before it, and whether the output before it ends with a CR.
   */
  record BatchStart(long line, long charOffset, long cpOffset, long paragraphIndex, int blankRun,
      boolean afterCr) {}

  /** Forgets the previous document: an engine may clean many, one after another. */
  private void startDocument(BatchStart from) {
    line = from == null ? 1 : from.line();
    charOffset = from == null ? 0 : from.charOffset();
    cpOffset = from == null ? 0 : from.cpOffset();
    paraLength = 0;
    terminators.clear();
    paraFirstLine = 0;
    paragraphIndex = from == null ? 0 : from.paragraphIndex();
    blankRun = from == null ? 0 : from.blankRun();
    afterCr = from != null && from.afterCr();
    lastLineCodePoints = 0;
  }

  /**
   * Chars and ints held by this engine's buffers, which grow with the longest line and paragraph
   * it has seen: a caller that keeps engines for reuse drops the ones that grew large.
   */
  public long retainedSize() {
    return (long) para.length + lines.retainedChars() + pipeline.retainedSize();
  }

  private void advance(int length, String terminator) {
    charOffset += length + terminator.length();
    cpOffset += lastLineCodePoints + terminator.length();
    line++;
  }

  /**
   * Reports what the blank-line rules decide for a blank line and writes what is left of it.
   * Whether the line stays is settled first: a line removed is not also emptied.
   */
  private void blankLine(char[] content, int length, String terminator, Writer out,
      EditListener listener) throws IOException {
    blankRun++;
    boolean joinsLineEnds = afterCr && terminator.startsWith("\n");
    BlankLineRule[] rules = plan.blankLineRules;
    for (int k = 0; k < rules.length; k++) {
      BlankLineRule.Decision d = plan.blankLineDecision(k, length, blankRun, joinsLineEnds);
      if (d != null && d.action() == BlankLineRule.Action.REMOVE_LINE) {
        boolean applied = d.allowed() && plan.blankLineApplies[k];
        listener.onEdit(new Edit(rules[k].id(), rules[k].kind(), lineStart(),
            lineEnd(length, terminator), new String(content, 0, length) + terminator, "",
            d.message(), applied));
        if (applied) {
          return;
        }
      }
    }
    boolean emptied = false;
    for (int k = 0; k < rules.length; k++) {
      BlankLineRule.Decision d = plan.blankLineDecision(k, length, blankRun, joinsLineEnds);
      if (d != null && d.action() == BlankLineRule.Action.EMPTY_LINE) {
        boolean applied = d.allowed() && plan.blankLineApplies[k];
        listener.onEdit(new Edit(rules[k].id(), rules[k].kind(), lineStart(),
            lineEnd(length, ""), new String(content, 0, length), "", d.message(), applied));
        emptied |= applied;
      }
    }
    int kept = emptied ? 0 : length;
    out.write(content, 0, kept);
    written(kept, terminator);
    out.write(terminator);
  }

  /** The input position of the start of the current line. */
  private Position lineStart() {
    return new Position(cpOffset, charOffset, line, 1);
  }

  /** The input position after the current line's {@code length} chars and {@code terminator}. */
  private Position lineEnd(int length, String terminator) {
    long cps = lastLineCodePoints;
    return terminator.isEmpty()
        ? new Position(cpOffset + cps, charOffset + length, line, 1 + cps)
        : new Position(cpOffset + cps + terminator.length(), charOffset + length
            + terminator.length(), line + 1, 1);
  }

  /** Follows whether the output ends with a CR, after a line of {@code length} chars. */
  private void written(int length, String terminator) {
    if (!terminator.isEmpty()) {
      afterCr = terminator.equals("\r");
    } else if (length > 0) {
      afterCr = false;
    }
  }

  private void addLine(char[] content, int length, String terminator) {
    int k = terminators.size();
    if (k == 0) {
      paraFirstLine = line;
    } else {
      append('\n');
    }
    if (k == lineCharOffset.length) {
      lineCharOffset = Arrays.copyOf(lineCharOffset, k * 2);
      lineCpOffset = Arrays.copyOf(lineCpOffset, k * 2);
      lineJoinedStart = Arrays.copyOf(lineJoinedStart, k * 2);
      lineHasSurrogates = Arrays.copyOf(lineHasSurrogates, k * 2);
    }
    lineCharOffset[k] = charOffset;
    lineCpOffset[k] = cpOffset;
    lineJoinedStart[k] = paraLength;
    lineHasSurrogates[k] = lastLineCodePoints != length;
    if (paraLength + length > para.length) {
      para = Arrays.copyOf(para, Math.max(paraLength + length, para.length * 2));
    }
    System.arraycopy(content, 0, para, paraLength, length);
    paraLength += length;
    terminators.add(terminator);
  }

  private void append(char c) {
    if (paraLength == para.length) {
      para = Arrays.copyOf(para, para.length * 2);
    }
    para[paraLength++] = c;
  }

  private void flushParagraph(Writer out, EditListener listener) throws IOException {
    int lineCount = terminators.size();
    if (lineCount == 0) {
      return;
    }
    pipeline.clean(para, paraLength, paragraphIndex++);
    if (recording.countsOnly()) {
      pipeline.counts((EditCounter) listener); // by rule only: no positions, no edit records
    } else {
      List<PendingEdit> edits = pipeline.edits();
      if (!edits.isEmpty()) {
        emit(edits, listener);
      }
    }
    writeLines(pipeline.rawChars(), pipeline.length(), out);
    paraLength = 0;
    terminators.clear();
  }

  private void writeLines(char[] cleaned, int length, Writer out) throws IOException {
    int lineCount = terminators.size();
    int from = 0;
    for (int k = 0; k < lineCount; k++) {
      int nl = k == lineCount - 1 ? -1 : indexOfNewline(cleaned, from, length);
      if (nl < 0) {
        // the last line (or a rule joined lines): the rest goes out with the last terminator
        out.write(cleaned, from, length - from);
        out.write(terminators.get(lineCount - 1));
        written(length - from, terminators.get(lineCount - 1));
        return;
      }
      out.write(cleaned, from, nl - from);
      out.write(terminators.get(k));
      written(nl - from, terminators.get(k));
      from = nl + 1;
    }
  }

  private static int indexOfNewline(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Converts paragraph indices into input positions and reports the edits (sorted by start): to an
   * {@link EditList} as rows, to any other listener as {@link Edit} objects.
   */
  private void emit(List<PendingEdit> edits, EditListener listener) {
    cursorLine = -1;
    EditList rows = recording == Recording.ROWS ? (EditList) listener : null;
    long[] p = startEnd;
    for (PendingEdit e : edits) {
      positionOf(e.start(), p, 0);
      if (e.end() == e.start()) {
        System.arraycopy(p, 0, p, 4, 4);
      } else {
        positionOf(e.end(), p, 4);
      }
      if (rows != null) {
        rows.append(e, p);
      } else {
        Position start = new Position(p[0], p[1], p[2], p[3]);
        Position end = e.end() == e.start() ? start : new Position(p[4], p[5], p[6], p[7]);
        listener.onEdit(
            new Edit(e.ruleId(), e.kind(), start, end, e.original(), e.replacement(), e.message(),
                e.applied()));
      }
    }
  }

  private final long[] startEnd = new long[8];

  // where positionOf counted code points last, in a line with surrogates
  private int cursorLine;
  private int cursorIndex;
  private long cursorCp;

  /**
   * Writes the input position of index {@code target} of the joined paragraph (offset, char
   * offset, line, column) to {@code out[at, at + 4)}. Code points are counted only in a line that
   * has surrogates, from the last position asked, so that edits in order cost one sweep of such a
   * line.
   */
  private void positionOf(int target, long[] out, int at) {
    int lineIdx = Sorted.lastAtOrBefore(lineJoinedStart, terminators.size(), target);
    int lineStart = lineJoinedStart[lineIdx];
    long cpInLine;
    if (!lineHasSurrogates[lineIdx]) {
      cpInLine = target - lineStart;
    } else {
      if (cursorLine != lineIdx) {
        cursorLine = lineIdx;
        cursorIndex = lineStart;
        cursorCp = 0;
      }
      cursorCp += target >= cursorIndex
          ? Character.codePointCount(para, cursorIndex, target - cursorIndex)
          : -Character.codePointCount(para, target, cursorIndex - target);
      cursorIndex = target;
      cpInLine = cursorCp;
    }
    out[at] = lineCpOffset[lineIdx] + cpInLine;
    out[at + 1] = lineCharOffset[lineIdx] + (target - lineStart);
    out[at + 2] = paraFirstLine + lineIdx;
    out[at + 3] = 1 + cpInLine;
  }

  static boolean isBlank(char[] content, int n) {
    return ParagraphCuts.isBlank(content, 0, n);
  }
}
