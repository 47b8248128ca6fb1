package org.mtclean.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mtclean.Edit;
import org.mtclean.EditListener;
import org.mtclean.Option;
import org.mtclean.Position;
import org.mtclean.Rule;
import org.mtclean.RuleKind;

/**
 * Streams a document paragraph by paragraph through a {@link ParagraphPipeline}: splits lines
 * (keeping each line's terminator), groups them into paragraphs at blank lines, handles blank
 * lines itself, and turns paragraph-relative edits into input positions. Memory is bounded by the
 * longest paragraph. One instance per run; not thread-safe. Not API.
 */
public final class DocumentEngine {
  /** Rule id under which the engine reports whitespace-only lines it empties. */
  public static final String TRAILING_ID = "space.trailing";
  /** Rule id under which the engine reports blank lines it removes. */
  public static final String BLANK_LINES_ID = "space.blank-lines";

  private final ParagraphPipeline pipeline;
  private final boolean trimBlankLines;
  private final boolean collapseBlankLines;
  private final RuleKind trailingKind;
  private final RuleKind blankKind;

  // position of the next line in the input
  private long line = 1;
  private long charOffset;
  private long cpOffset;

  // the paragraph being gathered
  private final StringBuilder para = new StringBuilder();
  private final List<String> terminators = new ArrayList<>();
  private long[] lineCharOffset = new long[8];
  private long[] lineCpOffset = new long[8];
  private int[] lineJoinedStart = new int[8];
  private boolean[] lineHasSurrogates = new boolean[8];
  private long paraFirstLine;
  private long paragraphIndex;
  private int blankRun;
  private long lastLineCodePoints;

  /**
   * @param rules the enabled rules in order
   * @param applies for each rule, whether its edits are applied
   */
  public DocumentEngine(List<Rule> rules, boolean[] applies, Map<Option<?>, Object> options) {
    List<Rule> paragraphRules = new ArrayList<>();
    boolean[] paragraphApplies = new boolean[rules.size()];
    RuleKind trailing = null;
    RuleKind blank = null;
    boolean trim = false;
    boolean collapse = false;
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      if (rule.id().equals(BLANK_LINES_ID)) {
        blank = rule.kind();
        collapse = applies[r];
        continue;
      }
      if (rule.id().equals(TRAILING_ID)) {
        trailing = rule.kind();
        trim = applies[r];
      }
      paragraphApplies[paragraphRules.size()] = applies[r];
      paragraphRules.add(rule);
    }
    this.pipeline =
        new ParagraphPipeline(
            List.copyOf(paragraphRules),
            Arrays.copyOf(paragraphApplies, paragraphRules.size()),
            options);
    this.trimBlankLines = trim;
    this.collapseBlankLines = collapse;
    this.trailingKind = trailing;
    this.blankKind = blank;
  }

  /**
   * Cleans {@code in} into {@code out}, reporting every edit to {@code listener}.
   *
   * @param quoteHint the document's double-quote style if known ({@code '"'} or U+201C), else 0
   */
  public void run(Reader in, Writer out, EditListener listener, int quoteHint) throws IOException {
    run(in, out, listener, quoteHint, 1 << 16);
  }

  /** As {@link #run(Reader, Writer, EditListener, int)}, for an input of about {@code sizeHint} chars. */
  public void run(Reader in, Writer out, EditListener listener, int quoteHint, int sizeHint)
      throws IOException {
    pipeline.startDocument(new DocumentState(quoteHint));
    LineReader lines = new LineReader(in, sizeHint + 1);
    if (lines.peek() == 0xFEFF) {
      lines.skip();
      out.write(0xFEFF);
      charOffset = cpOffset = 1;
    }
    while (lines.next()) {
      String content = lines.content;
      String terminator = lines.terminator;
      lastLineCodePoints = codePointCount(content);
      if (isBlank(content)) {
        flushParagraph(out, listener);
        blankLine(content, terminator, out, listener);
      } else {
        blankRun = 0;
        addLine(content, terminator);
      }
      advance(content, terminator);
    }
    flushParagraph(out, listener);
  }

  private void advance(String content, String terminator) {
    charOffset += content.length() + terminator.length();
    cpOffset += lastLineCodePoints + terminator.length();
    line++;
  }

  private void blankLine(String content, String terminator, Writer out, EditListener listener)
      throws IOException {
    blankRun++;
    Position start = new Position(cpOffset, charOffset, line, 1);
    if (blankRun > 1 && blankKind != null) {
      long cps = codePointCount(content);
      Position end =
          terminator.isEmpty()
              ? new Position(cpOffset + cps, charOffset + content.length(), line, 1 + cps)
              : new Position(
                  cpOffset + cps + terminator.length(),
                  charOffset + content.length() + terminator.length(),
                  line + 1,
                  1);
      listener.onEdit(
          new Edit(BLANK_LINES_ID, blankKind, start, end, content + terminator, "",
              "removed a repeated blank line", collapseBlankLines));
      if (collapseBlankLines) {
        return;
      }
    }
    if (!content.isEmpty() && trailingKind != null) {
      long cps = codePointCount(content);
      Position end = new Position(cpOffset + cps, charOffset + content.length(), line, 1 + cps);
      listener.onEdit(
          new Edit(TRAILING_ID, trailingKind, start, end, content, "",
              "removed whitespace from a blank line", trimBlankLines));
      out.write(trimBlankLines ? "" : content);
    } else {
      out.write(content);
    }
    out.write(terminator);
  }

  private void addLine(String content, String terminator) {
    int k = terminators.size();
    if (k == 0) {
      paraFirstLine = line;
    } else {
      para.append('\n');
    }
    if (k == lineCharOffset.length) {
      lineCharOffset = Arrays.copyOf(lineCharOffset, k * 2);
      lineCpOffset = Arrays.copyOf(lineCpOffset, k * 2);
      lineJoinedStart = Arrays.copyOf(lineJoinedStart, k * 2);
      lineHasSurrogates = Arrays.copyOf(lineHasSurrogates, k * 2);
    }
    lineCharOffset[k] = charOffset;
    lineCpOffset[k] = cpOffset;
    lineJoinedStart[k] = para.length();
    lineHasSurrogates[k] = lastLineCodePoints != content.length();
    para.append(content);
    terminators.add(terminator);
  }

  private void flushParagraph(Writer out, EditListener listener) throws IOException {
    int lineCount = terminators.size();
    if (lineCount == 0) {
      return;
    }
    String original = para.toString();
    String cleaned = pipeline.clean(original, paragraphIndex++);
    List<PendingEdit> edits = pipeline.edits();
    if (!edits.isEmpty()) {
      emit(original, edits, listener);
    }
    writeLines(cleaned, out);
    para.setLength(0);
    terminators.clear();
  }

  private void writeLines(String cleaned, Writer out) throws IOException {
    int lineCount = terminators.size();
    int from = 0;
    for (int k = 0; k < lineCount; k++) {
      int nl = k == lineCount - 1 ? -1 : cleaned.indexOf('\n', from);
      if (nl < 0) {
        // the last line (or a rule joined lines): the rest goes out with the last terminator
        out.write(cleaned, from, cleaned.length() - from);
        out.write(terminators.get(lineCount - 1));
        return;
      }
      out.write(cleaned, from, nl - from);
      out.write(terminators.get(k));
      from = nl + 1;
    }
  }

  /** Converts paragraph indices into input positions and reports the edits (sorted by start). */
  private void emit(String original, List<PendingEdit> edits, EditListener listener) {
    cursorLine = -1;
    for (PendingEdit e : edits) {
      Position start = positionOf(original, e.start());
      Position end = e.end() == e.start() ? start : positionOf(original, e.end());
      listener.onEdit(
          new Edit(e.ruleId(), e.kind(), start, end, e.original(), e.replacement(), e.message(),
              e.applied()));
    }
  }

  // where positionOf counted code points last, in a line with surrogates
  private int cursorLine;
  private int cursorIndex;
  private long cursorCp;

  /**
   * The input position of index {@code target} of the joined paragraph. Code points are counted
   * only in a line that has surrogates, from the last position asked, so that edits in order cost
   * one sweep of such a line.
   */
  private Position positionOf(String original, int target) {
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
          ? original.codePointCount(cursorIndex, target)
          : -original.codePointCount(target, cursorIndex);
      cursorIndex = target;
      cpInLine = cursorCp;
    }
    return new Position(lineCpOffset[lineIdx] + cpInLine, lineCharOffset[lineIdx] + (target - lineStart),
        paraFirstLine + lineIdx, 1 + cpInLine);
  }

  /** The double-quote style of a whole text: U+201C if it has curly quotes, '"' if straight, else 0. */
  public static int quoteStyleOf(String text) {
    return DocumentState.quoteStyleOf(text);
  }

  static boolean isBlank(String content) {
    for (int i = 0, n = content.length(); i < n; i++) {
      char c = content.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
      if (!Chars.isInlineSpace(c) && !Chars.isZeroWidth(c) && !control) {
        return false;
      }
    }
    return true;
  }

  private static long codePointCount(String s) {
    long lows = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isLowSurrogate(s.charAt(i))) {
        lows++;
      }
    }
    return s.length() - lows;
  }
}
