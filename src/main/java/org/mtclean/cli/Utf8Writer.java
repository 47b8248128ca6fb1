package org.mtclean.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.MalformedInputException;

/**
 * A buffered UTF-8 encoder for the cleaned text, as strict as an {@link java.io.OutputStreamWriter}
 * with an encoder that reports errors: an unpaired surrogate fails the write with a
 * {@link MalformedInputException}, and a high surrogate at the end of one write waits for the low
 * one at the start of the next. It encodes runs of ASCII in a tight loop and resumes it after
 * each other char, where the JDK's encoder, once it meets one non-ASCII char in a block, takes
 * the slow path for the rest of the block: in text with a little Chinese that is almost every
 * char, and under the quick compiler alone a tenth of a run's CPU. Not thread-safe.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buf;
  private int count;
  private char pendingHigh; // a high surrogate that ended the last write, or 0

  Utf8Writer(OutputStream out, int size) {
    this.out = out;
    this.buf = new byte[Math.max(size, 16)];
  }

  @Override
  public void write(int c) throws IOException {
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void write(char[] s, int off, int len) throws IOException {
    int i = off;
    int end = off + len;
    if (pendingHigh != 0 && i < end) {
      i = pair(pendingHigh, s[i], i);
      pendingHigh = 0;
    }
    byte[] b = buf;
    while (i < end) {
      if (count + 4 > b.length) {
        flushBuffer();
      }
      // ASCII, as far as the buffer has room
      int stop = Math.min(end, i + (b.length - count));
      int o = count;
      char c;
      while (i < stop && (c = s[i]) < 0x80) {
        b[o++] = (byte) c;
        i++;
      }
      count = o;
      if (i == stop) {
        continue;
      }
      if (count + 4 > b.length) {
        flushBuffer();
      }
      c = s[i];
      if (Character.isSurrogate(c)) {
        if (Character.isLowSurrogate(c)) {
          throw new MalformedInputException(1);
        }
        if (i + 1 == end) {
          pendingHigh = c;
          return;
        }
        i = pair(c, s[i + 1], i + 1);
        continue;
      }
      encode(c);
      i++;
    }
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    // in slices, so that a long String costs no char array of its length
    char[] chunk = new char[Math.min(len, 1 << 12)];
    while (len > 0) {
      int n = Math.min(len, chunk.length);
      str.getChars(off, off + n, chunk, 0);
      write(chunk, 0, n);
      off += n;
      len -= n;
    }
  }

  /** Encodes the pair {@code high low} (low at {@code lowIndex}); returns the index after it. */
  private int pair(char high, char low, int lowIndex) throws IOException {
    if (!Character.isLowSurrogate(low)) {
      throw new MalformedInputException(1);
    }
    if (count + 4 > buf.length) {
      flushBuffer();
    }
    int cp = Character.toCodePoint(high, low);
    buf[count++] = (byte) (0xF0 | (cp >> 18));
    buf[count++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    buf[count++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    buf[count++] = (byte) (0x80 | (cp & 0x3F));
    return lowIndex + 1;
  }

  /** Encodes a char of the BMP that is neither ASCII nor a surrogate; the buffer has room. */
  private void encode(char c) {
    if (c < 0x800) {
      buf[count++] = (byte) (0xC0 | (c >> 6));
    } else {
      buf[count++] = (byte) (0xE0 | (c >> 12));
      buf[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
    }
    buf[count++] = (byte) (0x80 | (c & 0x3F));
  }

  private void flushBuffer() throws IOException {
    if (count > 0) {
      out.write(buf, 0, count);
      count = 0;
    }
  }

  /** Writes out what is buffered (a high surrogate still waiting for its pair stays). */
  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
      if (pendingHigh != 0) {
        pendingHigh = 0;
        throw new MalformedInputException(1);
      }
    } finally {
      out.close();
    }
  }
}
