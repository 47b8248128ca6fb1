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
  private char[] chunk = new char[0]; // for write(String), kept: a line's terminator costs no array

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
    int o = count;
    while (i < end) {
      if (o + 4 > b.length) {
        count = o;
        flushBuffer();
        o = 0;
      }
      // ASCII, as far as the buffer has room: four at a time while all four are
      int stop = Math.min(end, i + (b.length - o));
      while (i + 4 <= stop) {
        char c0 = s[i];
        char c1 = s[i + 1];
        char c2 = s[i + 2];
        char c3 = s[i + 3];
        if ((c0 | c1 | c2 | c3) >= 0x80) {
          break;
        }
        b[o] = (byte) c0;
        b[o + 1] = (byte) c1;
        b[o + 2] = (byte) c2;
        b[o + 3] = (byte) c3;
        i += 4;
        o += 4;
      }
      char c;
      while (i < stop && (c = s[i]) < 0x80) {
        b[o++] = (byte) c;
        i++;
      }
      if (i == stop) {
        continue;
      }
      if (o + 4 > b.length) {
        count = o;
        flushBuffer();
        o = 0;
      }
      c = s[i];
      if (c < 0x800) {
        b[o] = (byte) (0xC0 | (c >> 6));
        b[o + 1] = (byte) (0x80 | (c & 0x3F));
        o += 2;
        i++;
      } else if (!Character.isSurrogate(c)) {
        b[o] = (byte) (0xE0 | (c >> 12));
        b[o + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[o + 2] = (byte) (0x80 | (c & 0x3F));
        o += 3;
        i++;
      } else {
        count = o;
        if (Character.isLowSurrogate(c)) {
          throw new MalformedInputException(1);
        }
        if (i + 1 == end) {
          pendingHigh = c;
          return;
        }
        i = pair(c, s[i + 1], i + 1);
        o = count;
      }
    }
    count = o;
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    // in slices, so that a long String costs no char array of its length
    int size = Math.min(len, 1 << 12);
    if (chunk.length < size) {
      chunk = new char[Math.max(size, 64)];
    }
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
