package org.mtclean.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mtclean.Edit;
import org.mtclean.EditListener;
import org.mtclean.Position;
import org.mtclean.RuleKind;
import org.mtclean.bitext.BitextChecks;

/**
 * {@code --source FILE}: line N of FILE is the source of line N of the cleaned text, and the
 * bilingual checks ({@code bitext.*}) run on each pair. Findings are placed in the cleaned text.
 * The source is read as UTF-8, strictly. Thread-safe: each file gets its own writer (the command
 * allows one input with {@code --source}).
 */
final class SourceCheck implements ExtraCheck {
  private final Path source;
  private final BitextChecks checks;

  SourceCheck(Path source, BitextChecks checks) {
    this.source = source;
    this.checks = checks;
  }

  @Override
  public Writer start(String fileName, EditListener findings) throws IOException {
    InputStream in = Files.newInputStream(source);
    return new PairWriter(new BufferedReader(new StrictDecoder(in, StandardCharsets.UTF_8)), findings, checks);
  }

  private static final class PairWriter extends Writer {
    private final BufferedReader source;
    private final EditListener findings;
    private final BitextChecks checks;
    private final StringBuilder line = new StringBuilder();
    private long lineNumber = 1;
    private long baseChar;
    private long baseCodePoint;
    private boolean closed;
    private boolean sourceEnded;

    PairWriter(BufferedReader source, EditListener findings, BitextChecks checks) {
      this.source = source;
      this.findings = findings;
      this.checks = checks;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      for (int i = off; i < off + len; i++) {
        char c = cbuf[i];
        line.append(c);
        if (c == '\n') {
          pair();
        }
      }
    }

    /** Checks the held line (with its line end) against the next source line. */
    private void pair() throws IOException {
      String withEnd = line.toString();
      line.setLength(0);
      String target = withEnd.endsWith("\r\n") ? withEnd.substring(0, withEnd.length() - 2)
          : withEnd.endsWith("\n") ? withEnd.substring(0, withEnd.length() - 1) : withEnd;
      String src = source.readLine();
      if (src == null) {
        if (!sourceEnded) {
          sourceEnded = true;
          report("the source ends before line " + lineNumber + ": the two are not line-aligned");
        }
      } else {
        for (Edit e : checks.findings(src, target)) {
          findings.onEdit(BitextChecks.onLine(e, lineNumber, baseChar, baseCodePoint));
        }
      }
      baseChar += withEnd.length();
      baseCodePoint += withEnd.codePointCount(0, withEnd.length());
      lineNumber++;
    }

    private void report(String message) {
      Position start = new Position(baseCodePoint, baseChar, lineNumber, 1);
      findings.onEdit(new Edit("bitext.untranslated", RuleKind.REPORT, start, start, "", null, message, false));
    }

    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (line.length() > 0) {
          pair();
        }
        long extra = 0;
        while (source.readLine() != null) {
          extra++;
        }
        if (extra > 0) {
          report("the source has " + extra + " more line" + (extra == 1 ? "" : "s")
              + " than the text: the two are not line-aligned");
        }
      } finally {
        source.close();
      }
    }
  }
}
