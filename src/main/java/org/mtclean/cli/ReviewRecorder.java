package org.mtclean.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.mtclean.Edit;

/**
 * Keeps what the review page needs of one file while it streams through the cleaner: the input
 * text as read, the cleaned text as written, and the edits. Up to a limit of characters: a
 * larger file is shown on the page by its counts only. One file, one thread.
 */
final class ReviewRecorder {
  /**
   * The most chars of input (and of output) kept per file: a page for a larger file would be too
   * large to read, and with several workers each holds one file's texts.
   */
  static final long LIMIT = 4L << 20;

  /** The most edits kept per file; the counts go on regardless. */
  static final int MAX_EDITS = 100_000;

  private final StringBuilder input = new StringBuilder();
  private final StringBuilder output = new StringBuilder();
  final List<Edit> edits = new ArrayList<>();
  private boolean overflow;


  void edit(Edit e) {
    if (edits.size() < MAX_EDITS) {
      edits.add(e);
    } else {
      overflow = true;
    }
  }

  Reader input(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          keep(input, buf, off, n);
        }
        return n;
      }

      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          keep(input, new char[] {(char) c}, 0, 1);
        }
        return c;
      }
    };
  }

  Writer output() {
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        keep(output, buf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private void keep(StringBuilder b, char[] buf, int off, int n) {
    if (overflow) {
      return;
    }
    if (b.length() + (long) n > LIMIT) {
      overflow = true;
      input.setLength(0);
      output.setLength(0);
      input.trimToSize();
      output.trimToSize();
      return;
    }
    b.append(buf, off, n);
  }

  /** The file's part of the page, once its status is known; {@code error} for a failed file. */
  ReviewFile finish(InputCollector.Job job, FileResult.Status status, String error) {
    if (status == FileResult.Status.FAILED || status == FileResult.Status.SKIPPED) {
      return ReviewFile.withoutText(job.index(), job.display(), status.label(),
          error != null ? error : "skipped", edits);
    }
    if (overflow) {
      return ReviewFile.withoutText(job.index(), job.display(), status.label(),
          "too large to show here (more than " + LIMIT + " characters or " + MAX_EDITS
              + " edits); its edits are counted above", edits);
    }
    return ReviewFile.of(job.index(), job.display(), status.label(), input.toString(), output.toString(),
        edits);
  }
}
