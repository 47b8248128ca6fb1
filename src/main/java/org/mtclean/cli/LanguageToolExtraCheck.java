package org.mtclean.cli;

import java.io.IOException;
import java.io.Writer;
import org.mtclean.Edit;
import org.mtclean.EditListener;
import org.mtclean.Position;
import org.mtclean.languagetool.LanguageToolCheck;

/**
 * {@code --languagetool}: runs LanguageTool's core rules (through
 * {@link LanguageToolCheck#check}) over each file's cleaned text and adds their findings to the
 * report as suggestions. The text is checked in chunks that end at a blank line, so memory stays
 * bounded for large files; positions are shifted back into the whole file. Under
 * {@code --line-by-line} every line is checked on its own, as the cleaner cleans it, and chunks
 * end at any line end. Thread-safe: each file gets its own writer.
 */
final class LanguageToolExtraCheck implements ExtraCheck {
  private static final int CHUNK = 1 << 16;

  private final boolean lineByLine;

  private LanguageToolExtraCheck(boolean lineByLine) {
    this.lineByLine = lineByLine;
  }

  /**
   * Fails with a usage error when LanguageTool is not on the class path (a thin-jar install).
   *
   * @param lineByLine whether every line is a paragraph of its own
   */
  static LanguageToolExtraCheck create(boolean lineByLine) {
    try {
      Class.forName("org.languagetool.JLanguageTool");
    } catch (ClassNotFoundException | LinkageError e) {
      throw new UsageException(
          "--languagetool needs org.languagetool:languagetool-core on the class path"
              + " (the executable jar has it; a library install must add it)");
    }
    return new LanguageToolExtraCheck(lineByLine);
  }

  @Override
  public Writer start(String fileName, EditListener findings) {
    return new ChunkWriter(findings, lineByLine);
  }

  private static final class ChunkWriter extends Writer {
    private final EditListener findings;
    private final boolean lineByLine;
    private final StringBuilder buffer = new StringBuilder();
    private long baseLine = 1;
    private long baseChar;
    private long baseCodePoint;

    ChunkWriter(EditListener findings, boolean lineByLine) {
      this.findings = findings;
      this.lineByLine = lineByLine;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      buffer.append(cbuf, off, len);
      if (buffer.length() >= CHUNK) {
        int cut = lastParagraphBreak();
        if (cut > 0) {
          check(cut);
        }
      }
    }

    /** Index just after the last blank line in the buffer (any line end, line by line), or -1. */
    private int lastParagraphBreak() {
      if (lineByLine) {
        for (int i = buffer.length() - 2; i >= 0; i--) {
          if (buffer.charAt(i) == '\n') {
            return i + 1; // not after a CR: it may be the first half of a CRLF
          }
        }
        return -1;
      }
      for (int i = buffer.length() - 1; i > 0; i--) {
        if (buffer.charAt(i) == '\n') {
          int j = i - 1;
          if (j >= 0 && buffer.charAt(j) == '\r') {
            j--;
          }
          if (j >= 0 && buffer.charAt(j) == '\n') {
            return i + 1;
          }
        }
      }
      return -1;
    }

    private void check(int end) {
      String chunk = buffer.substring(0, end);
      for (Edit e : LanguageToolCheck.check(chunk, lineByLine)) {
        findings.onEdit(
            new Edit(e.ruleId(), e.kind(), shift(e.start()), shift(e.end()), e.original(),
                e.replacement(), e.message(), false));
      }
      for (int i = 0; i < end; i++) {
        char c = chunk.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == end || chunk.charAt(i + 1) != '\n'))) {
          baseLine++;
        }
      }
      baseChar += end;
      baseCodePoint += chunk.codePointCount(0, end);
      buffer.delete(0, end);
    }

    private Position shift(Position p) {
      return new Position(p.offset() + baseCodePoint, p.charOffset() + baseChar,
          p.line() + baseLine - 1, p.column());
    }

    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
      if (buffer.length() > 0) {
        check(buffer.length());
      }
    }
  }
}
