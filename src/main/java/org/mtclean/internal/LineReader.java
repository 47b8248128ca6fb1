package org.mtclean.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with their terminators ({@code \n}, {@code \r\n}, {@code \r} or none at the end),
 * so that the line-ending style of the input survives. Not thread-safe.
 */
final class LineReader {
  private final Reader in;
  private final char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private final StringBuilder line = new StringBuilder(256);

  /** Content of the line last read, without terminator. */
  String content;
  /** Terminator of the line last read, empty at the end of input. */
  String terminator;

  /** @param bufferSize chars to read at a time; small inputs deserve a small buffer */
  LineReader(Reader in, int bufferSize) {
    this.in = in;
    this.buf = new char[Math.max(16, Math.min(bufferSize, 1 << 16))];
  }

  /** Reads the next line; false at the end of input. */
  boolean next() throws IOException {
    line.setLength(0);
    while (true) {
      if (pos >= limit && !fill()) {
        if (line.length() == 0) {
          return false;
        }
        content = line.toString();
        terminator = "";
        return true;
      }
      int start = pos;
      while (pos < limit) {
        char c = buf[pos];
        if (c == '\n' || c == '\r') {
          line.append(buf, start, pos - start);
          pos++;
          if (c == '\r') {
            if (pos >= limit) {
              fill();
            }
            if (pos < limit && buf[pos] == '\n') {
              pos++;
              terminator = "\r\n";
            } else {
              terminator = "\r";
            }
          } else {
            terminator = "\n";
          }
          content = line.toString();
          return true;
        }
        pos++;
      }
      line.append(buf, start, pos - start);
    }
  }

  /** Peeks at the first char of the input without consuming it; -1 when empty. */
  int peek() throws IOException {
    if (pos >= limit && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  void skip() {
    pos++;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
