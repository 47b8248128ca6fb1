package org.mtclean.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Small stream adapters used by {@link FileTask}. Each instance belongs to one thread. */
final class Streams {
  private Streams() {}

  /** Counts bytes read, per file and for the progress bar. */
  static final class Counting extends FilterInputStream {
    private final FileResult r;
    private final AtomicLong total;

    Counting(InputStream in, FileResult r, AtomicLong total) {
      super(in);
      this.r = r;
      this.total = total;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        r.bytes++;
        total.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        r.bytes += n;
        total.addAndGet(n);
      }
      return n;
    }
  }

  /** Standard input must stay open for the caller. */
  static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public void close() {}
  }

  /** Copies the cleaned text to the output and to the extra checks. */
  static final class Tee extends Writer {
    private final Writer main;
    private final List<Writer> others;

    Tee(Writer main, List<Writer> others) {
      this.main = main;
      this.others = others;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      main.write(cbuf, off, len);
      for (Writer w : others) {
        w.write(cbuf, off, len);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      main.write(str, off, len);
      for (Writer w : others) {
        w.write(str, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      main.flush();
      for (Writer w : others) {
        w.flush();
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /**
   * Standard output for a stream of cleaned text: a {@link java.io.PrintStream} hides write
   * errors, so this checks for them every megabyte, to stop early when the reader has gone
   * (as with {@code mtclean < big | head}).
   */
  static final class CheckedOut extends java.io.OutputStream {
    private final java.io.PrintStream out;
    private long unchecked;

    CheckedOut(java.io.PrintStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      unchecked += len;
      if (unchecked >= 1 << 20) {
        unchecked = 0;
        check(out);
      }
    }

    @Override
    public void flush() throws IOException {
      check(out);
    }

    /** Flushes {@code out} and fails if it has seen an error. */
    static void check(java.io.PrintStream out) throws IOException {
      if (out.checkError()) {
        throw new StdoutFailed();
      }
    }
  }

  /** Standard output could not be written: the reader went away, or the disk is full. */
  static final class StdoutFailed extends IOException {
    StdoutFailed() {
      super(message());
    }

    /** "cannot write to standard output: WHY", with the cause when the process's stdout saw it. */
    static String message() {
      IOException why = StdoutSink.error;
      return "cannot write to standard output"
          + (why != null && why.getMessage() != null ? ": " + why.getMessage() : "");
    }
  }

  /**
   * The process's standard output under its PrintStream, which swallows errors: keeps the last
   * one, so that the message can say why ("Broken pipe" after {@code | head}, or a full disk).
   */
  static final class StdoutSink extends java.io.FilterOutputStream {
    static volatile IOException error;

    StdoutSink() {
      super(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        error = e;
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        error = e;
        throw e;
      }
    }
  }
}
