package org.mtclean.internal;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} into a growing char array: {@link java.io.CharArrayWriter} without its locking,
 * for the engine's many small writes. Chars rather than a {@link StringBuilder}, whose Latin-1
 * bytes are copied into a new array at the first CJK char: {@link #toString} makes the one String
 * at the end. Not thread-safe. Not API.
 */
public final class CharArrayBuilder extends Writer {
  private char[] buf;
  private int count;

  private static final int MAX = Integer.MAX_VALUE - 8;

  /** @param capacity the expected length (an int that overflowed counts as the largest); more is taken when needed */
  public CharArrayBuilder(int capacity) {
    this.buf = new char[capacity < 0 ? MAX : Math.max(16, Math.min(capacity, MAX))];
  }

  /** Writes into {@code buffer} (whatever it holds is overwritten); more is taken when needed. */
  public CharArrayBuilder(char[] buffer) {
    this.buf = buffer;
  }

  /** The array the chars are in, for reuse once they are no longer needed. */
  char[] buffer() {
    return buf;
  }

  private void ensure(int extra) {
    long need = (long) count + extra;
    if (need > buf.length) {
      if (need > MAX) {
        throw new OutOfMemoryError("text longer than a Java array can hold");
      }
      buf = Arrays.copyOf(buf, (int) Math.min(MAX, Math.max(need, buf.length + (long) (buf.length >> 1))));
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    ensure(len);
    System.arraycopy(cbuf, off, buf, count, len);
    count += len;
  }

  @Override
  public void write(String str, int off, int len) {
    ensure(len);
    str.getChars(off, off + len, buf, count);
    count += len;
  }

  @Override
  public void write(String str) {
    write(str, 0, str.length());
  }

  @Override
  public void write(int c) {
    ensure(1);
    buf[count++] = (char) c;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Writes the chars held to {@code out}, without making a String of them. */
  public void writeTo(Writer out) throws java.io.IOException {
    out.write(buf, 0, count);
  }

  @Override
  public String toString() {
    return new String(buf, 0, count);
  }
}
