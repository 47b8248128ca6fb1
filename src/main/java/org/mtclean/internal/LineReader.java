package org.mtclean.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads lines with their terminators ({@code \n}, {@code \r\n}, {@code \r} or none at the end),
 * so that the line-ending style of the input survives. The content of a line is handed out as a
 * char range, valid until the next call, so that no String is made per line. Not thread-safe.
 */
final class LineReader {
  private final Reader in;
  private final char[] buf;
  private int pos;
  private int limit;
  private boolean eof;

  /** Content of the line last read, without terminator: {@code content[0, length)}. */
  char[] content = new char[256];
  /** Length of the line last read. */
  int length;
  /** Terminator of the line last read, empty at the end of input. */
  String terminator;

  /** @param bufferSize chars to read at a time; small inputs deserve a small buffer */
  LineReader(Reader in, int bufferSize) {
    this.in = in;
    this.buf = new char[Math.max(16, Math.min(bufferSize, 1 << 16))];
  }

  /** Reads the next line; false at the end of input. */
  boolean next() throws IOException {
    length = 0;
    while (true) {
      if (pos >= limit && !fill()) {
        if (length == 0) {
          return false;
        }
        terminator = "";
        return true;
      }
      int start = pos;
      while (pos < limit) {
        char c = buf[pos];
        if (c <= '\r' && (c == '\n' || c == '\r')) {
          append(start, pos);
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
          return true;
        }
        pos++;
      }
      append(start, pos);
    }
  }

  private void append(int from, int to) {
    int n = to - from;
    if (length + n > content.length) {
      content = Arrays.copyOf(content, Math.max(length + n, content.length * 2));
    }
    System.arraycopy(buf, from, content, length, n);
    length += n;
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
