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
  private int[] ends; // of an InPlace input whose lines were found: where each ends, else null
  private int endCount;
  private int nextEnd;

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
    ends = null;
    if (in instanceof InPlace chars) {
      buf = chars.text; // read where they are, not copied into a buffer first
      limit = chars.length;
      eof = true;
      if (chars.lines != null) {
        ends = chars.lines.ends;
        endCount = chars.lines.count;
        nextEnd = 0;
      }
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
    private final LineEnds lines;

    /** The chars {@code text[0, length)}. */
    InPlace(char[] text, int length) {
      this(text, length, null);
    }

    /** The chars {@code text[0, length)}, whose lines end where {@code lines} says (null: unknown). */
    InPlace(char[] text, int length, LineEnds lines) {
      super(text, 0, length);
      this.text = text;
      this.length = length;
      this.lines = lines;
    }
  }

  /**
   * Where the lines of a text end, as found by whoever read it first: the index of each line's
   * terminator (or of the text's end, for a last line without one), in order. Only for a text
   * without surrogates, whose lines then need no other count.
   */
  static final class LineEnds {
    private int[] ends = new int[64];
    private int count;
    private boolean surrogates;

    /** A line ends at {@code end}; it holds {@code lowSurrogates} low surrogates. */
    void add(int end, int lowSurrogates) {
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, count * 2);
      }
      ends[count++] = end;
      surrogates |= lowSurrogates > 0;
    }

    /** This, or null when its text has surrogates (a line reader then finds the lines itself). */
    LineEnds usable() {
      return surrogates ? null : this;
    }
  }

  /** Reads the next line; false at the end of input. */
  boolean next() throws IOException {
    length = 0;
    lowSurrogates = 0;
    if (ends != null && nextEnd < endCount) {
      return nextFound();
    }
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

  /** {@link #next} where the line's end is known. */
  private boolean nextFound() {
    int end = ends[nextEnd++];
    append(pos, end);
    if (end >= limit) {
      pos = end;
      terminator = "";
    } else if (buf[end] == '\n') {
      pos = end + 1;
      terminator = "\n";
    } else if (end + 1 < limit && buf[end + 1] == '\n') {
      pos = end + 2;
      terminator = "\r\n";
    } else {
      pos = end + 1;
      terminator = "\r";
    }
    return true;
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
