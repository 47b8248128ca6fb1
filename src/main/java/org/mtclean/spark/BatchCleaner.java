package org.mtclean.spark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.EditListener;
import org.mtclean.internal.TextOnly;

/**
 * Cleans consecutive lines of one file as one stream, as the command cleans the whole file with
 * {@code --line-by-line}: a line depends on the lines before it only through the quote style,
 * which is carried from batch to batch (and from the split before, see {@link QuoteStyle}).
 * Counts edits by rule. Not thread-safe: one per task.
 */
final class BatchCleaner {
  /** Report-only: compares the first lines of a document with its first line. */
  static final String TITLE_RULE = org.mtclean.rules.RepeatedTitleRule.ID;

  private final Cleaner cleaner;
  private final boolean withEdits;
  private final Map<String, long[]> counts = new HashMap<>();
  private final StringBuilder stream = new StringBuilder();
  private final LineEnd lineEnd = new LineEnd();
  private int quoteStyle;

  /**
   * @param quoteStyle the style the lines before the first batch decided
   * @param withEdits whether {@link #clean} records every edit (else applied edits are only counted)
   */
  BatchCleaner(Cleaner cleaner, int quoteStyle, boolean withEdits) {
    this.cleaner = cleaner;
    this.quoteStyle = quoteStyle;
    this.withEdits = withEdits;
  }

  /** An edit of the batch and the index of its line in the batch. */
  record LineEdit(int line, Edit edit) {}

  /**
   * Cleans {@code lines} (each without its LF) and returns the cleaned lines; their edits go to
   * {@code edits} when recorded.
   *
   * @param documentStart whether the first line is the first of its file
   */
  String[] clean(List<String> lines, boolean documentStart, List<LineEdit> edits) {
    String prefix = QuoteStyle.prefix(quoteStyle);
    stream.setLength(0);
    stream.append(prefix);
    // engine line (a lone CR ends one) -> line of the batch, for the edits' positions
    List<Integer> lineOf = withEdits ? new ArrayList<>() : null;
    if (withEdits && !prefix.isEmpty()) {
      lineOf.add(-1);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      stream.append(line).append('\n');
      if (withEdits) {
        lineOf.add(i);
        for (int c = 0; c < line.length() - 1; c++) {
          if (line.charAt(c) == '\r') {
            lineOf.add(i);
          }
        }
      }
      quoteStyle = QuoteStyle.after(quoteStyle, line);
    }
    EditListener listener = withEdits ? e -> record(e, documentStart, lineOf, edits) : new Counter();
    lineEnd.reset();
    try {
      cleaner.clean(new StringReader(stream.toString()), lineEnd, listener);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lineEnd.lines(!prefix.isEmpty(), lines.size());
  }

  private void record(Edit e, boolean documentStart, List<Integer> lineOf, List<LineEdit> edits) {
    int line = lineOf.get((int) e.start().line() - 1);
    if (line < 0 || !documentStart && e.ruleId().equals(TITLE_RULE)) {
      return; // the line that set the quote style, or a title that is not the file's first line
    }
    count(e.ruleId(), e.applied());
    edits.add(new LineEdit(line, e));
  }

  private void count(String rule, boolean applied) {
    long[] c = counts.computeIfAbsent(rule, k -> new long[2]);
    c[applied ? 0 : 1]++;
  }

  /** Edits by rule so far: {applied, not applied}. */
  Map<String, long[]> counts() {
    return counts;
  }

  /** Counts applied edits only, so that the engine may skip the rules that only report. */
  private final class Counter implements TextOnly {
    @Override
    public void count(String ruleId, boolean applied) {
      if (applied) {
        BatchCleaner.this.count(ruleId, true);
      }
    }

    @Override
    public void onEdit(Edit edit) {
      if (edit.applied()) {
        BatchCleaner.this.count(edit.ruleId(), true);
      }
    }
  }
}
