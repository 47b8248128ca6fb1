package org.mtclean.spark;

import java.io.Writer;

/** The cleaned stream of a batch, cut back into its lines at LF. */
final class LineEnd extends Writer {
  private final StringBuilder text = new StringBuilder();

  void reset() {
    text.setLength(0);
  }

  @Override
  public void write(char[] buf, int off, int len) {
    text.append(buf, off, len);
  }

  @Override
  public void write(String s, int off, int len) {
    text.append(s, off, off + len);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  /**
   * The {@code expected} lines, without their LF, after the first when {@code skipFirst}.
   *
   * @throws IllegalStateException when the cleaned text has another number of lines: line N of
   *     the output must be line N of the input
   */
  String[] lines(boolean skipFirst, int expected) {
    String[] out = new String[expected];
    int start = 0;
    if (skipFirst) {
      start = text.indexOf("\n") + 1;
    }
    int n = 0;
    for (int i = start, len = text.length(); i < len; i++) {
      if (text.charAt(i) == '\n') {
        if (n == expected) {
          throw new IllegalStateException("cleaning added a line");
        }
        out[n++] = text.substring(start, i);
        start = i + 1;
      }
    }
    if (n != expected || start != text.length()) {
      throw new IllegalStateException("cleaning removed a line or its LF");
    }
    return out;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
