package org.mtclean.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads lines with their terminators ({@code \n}, {@code \r\n}, {@code \r} or none at the end),
 * so that the line-ending style of the input survives. The content of a line is handed out as a
 * char range, valid until the next call, so that no String is made per line. Reusable, one input
 * after another ({@link #reset}); not thread-safe.
 */
final class LineReader {
  private Reader in;
  private char[] own = new char[0]; // the buffer kept from one input to the next
  private char[] buf = own; // own, or the chars of an InPlace input
  private int pos;
  private int limit;
  private boolean eof;

  /** Content of the line last read, without terminator: {@code content[0, length)}. */
  char[] content = new char[256];
  /** Length of the line last read. */
  int length;
  /** Terminator of the line last read, empty at the end of input. */
  String terminator;
  /** Low surrogates in the line last read: its code points are {@code length - lowSurrogates}. */
  int lowSurrogates;

  /**
   * Starts reading {@code in}, from its beginning; the buffers of earlier inputs are reused.
   *
   * @param bufferSize chars to read at a time; small inputs deserve a small buffer
   */
  void reset(Reader in, int bufferSize) {
    this.in = in;
    pos = limit = 0;
    eof = false;
    length = 0;
    terminator = null;
    if (in instanceof InPlace chars) {
      buf = chars.text; // read where they are, not copied into a buffer first
      limit = chars.length;
      eof = true;
      return;
    }
    int size = Math.max(16, Math.min(bufferSize, 1 << 16));
    if (own.length < size) {
      own = new char[size];
    }
    buf = own;
  }

  /** Lets go of the input (the buffers stay for the next one). */
  void detach() {
    in = null;
    buf = own;
  }

  /** Chars held by the buffers, for a caller deciding whether to keep this reader. */
  int retainedChars() {
    return own.length + content.length;
  }

  /** Chars in memory, which a line reader reads in place (any other reader reads them as usual). */
  static final class InPlace extends java.io.CharArrayReader {
    private final char[] text;
    private final int length;

    /** The chars {@code text[0, length)}. */
    InPlace(char[] text, int length) {
      super(text, 0, length);
      this.text = text;
      this.length = length;
    }
  }

  /** Reads the next line; false at the end of input. */
  boolean next() throws IOException {
    length = 0;
    lowSurrogates = 0;
    char[] b = buf;
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
        pos = Chars.skipPlainText(b, pos, limit);
        if (pos >= limit) {
          break;
        }
        char c = b[pos];
        if (c >= 0xDC00 && c <= 0xDFFF) {
          lowSurrogates++;
        }
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
