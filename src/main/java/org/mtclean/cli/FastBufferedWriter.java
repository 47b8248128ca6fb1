package org.mtclean.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link java.io.BufferedWriter} without its lock and its open check on every call: Gson's
 * JSON writer writes the report a char or two at a time, and in {@code BufferedWriter} those
 * per-call costs took a third of a {@code --report} run. Not thread-safe: one writer per thread.
 */
final class FastBufferedWriter extends Writer {
  private final Writer out;
  private final char[] buf;
  private int count;

  FastBufferedWriter(Writer out, int size) {
    this.out = out;
    this.buf = new char[size];
  }

  @Override
  public void write(int c) throws IOException {
    if (count == buf.length) {
      flushBuffer();
    }
    buf[count++] = (char) c;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    if (len >= buf.length) {
      flushBuffer();
      out.write(cbuf, off, len);
      return;
    }
    if (len > buf.length - count) {
      flushBuffer();
    }
    System.arraycopy(cbuf, off, buf, count, len);
    count += len;
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    while (len > 0) {
      if (count == buf.length) {
        flushBuffer();
      }
      int n = Math.min(len, buf.length - count);
      s.getChars(off, off + n, buf, count);
      count += n;
      off += n;
      len -= n;
    }
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  private void flushBuffer() throws IOException {
    if (count > 0) {
      out.write(buf, 0, count);
      count = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flushBuffer();
    out.close();
  }
}
