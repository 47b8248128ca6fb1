package org.mtclean.internal;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: {@link java.io.StringWriter} without the locking
 * of its {@link StringBuffer}, for the engine's many small writes. Not thread-safe. Not API.
 */
public final class StringBuilderWriter extends Writer {
  private final StringBuilder out;

  public StringBuilderWriter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    out.append(cbuf, off, len);
  }

  @Override
  public void write(String str, int off, int len) {
    out.append(str, off, off + len);
  }

  @Override
  public void write(String str) {
    out.append(str);
  }

  @Override
  public void write(int c) {
    out.append((char) c);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return out.toString();
  }
}
