package org.mtclean.formats;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * A file's text as a format scanner sees it: chars at absolute offsets, read on demand from a
 * {@link Reader}, and written through to the output in order. Only the text from the oldest
 * offset not yet written is held, so that memory is bounded by the largest segment, not by the
 * file. Line and column of any held offset can be asked for. Not thread-safe.
 */
public final class RawText {
  private final Reader in;
  private final Writer out;
  private char[] buf = new char[1 << 16];
  private long base; // absolute offset of buf[0]
  private int length; // chars held in buf
  private boolean eof;
  private long written; // everything before this offset has gone to the output

  // line bookkeeping: position of the first held char, and a cursor that moves forward
  private long baseLine = 1;
  private long baseColumn = 1; // column (code points, 1-based) of the char at base
  private long baseCodePoints; // code points before base
  private long cursorOffset;
  private long cursorLine = 1;
  private long cursorColumn = 1;
  private long cursorCodePoints;

  public RawText(Reader in, Writer out) {
    this.in = in;
    this.out = out;
  }

  /** The char at {@code offset}, or -1 at the end of the text. {@code offset} must not be written yet. */
  public int charAt(long offset) throws IOException {
    if (offset < written) {
      throw new IllegalArgumentException("offset " + offset + " was written already (" + written + ")");
    }
    while (offset >= base + length) {
      if (!fill()) {
        return -1;
      }
    }
    return buf[(int) (offset - base)];
  }

  /**
   * The first offset at or after {@code from} that holds {@code a} or {@code b}, or the end of the
   * text: a fast scan over the buffer for the format scanners.
   */
  long indexOfEither(long from, char a, char b) throws IOException {
    long p = from;
    while (true) {
      if (p >= base + length && (charAt(p) < 0)) {
        return p;
      }
      int i = (int) (p - base);
      int n = length;
      char[] chars = buf;
      while (i < n) {
        char c = chars[i];
        if (c == a || c == b) {
          return base + i;
        }
        i++;
      }
      p = base + n;
    }
  }

  /** Whether {@code offset} is at or past the end of the text. */
  public boolean atEnd(long offset) throws IOException {
    return charAt(offset) < 0;
  }

  /** Whether the text at {@code offset} starts with {@code s}. */
  public boolean startsWith(long offset, String s) throws IOException {
    for (int k = 0; k < s.length(); k++) {
      if (charAt(offset + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The text of {@code [start, end)}; both must be held (not written). */
  public String slice(long start, long end) throws IOException {
    if (end > start) {
      charAt(end - 1);
    }
    charAt(start);
    return new String(buf, (int) (start - base), (int) (end - start));
  }

  /** Writes the text up to {@code offset} through to the output unchanged. */
  public void copyTo(long offset) throws IOException {
    if (offset < written) {
      throw new IllegalArgumentException("offset " + offset + " was written already (" + written + ")");
    }
    while (written < offset) {
      if (written >= base + length && !fill()) {
        throw new IllegalArgumentException("offset " + offset + " is past the end of the text");
      }
      int from = (int) (written - base);
      int n = (int) Math.min(offset - written, length - from);
      out.write(buf, from, n);
      written += n;
    }
  }

  /** Writes {@code replacement} instead of the text up to {@code offset}. */
  public void replaceTo(long offset, String replacement) throws IOException {
    if (offset < written) {
      throw new IllegalArgumentException("offset " + offset + " was written already (" + written + ")");
    }
    charAt(offset - 1 < written ? written : offset - 1);
    out.write(replacement);
    written = offset;
  }

  /** Writes the rest of the text through unchanged. */
  public void copyRest() throws IOException {
    while (true) {
      if (written >= base + length && !fill()) {
        return;
      }
      copyTo(base + length);
    }
  }

  /** The offset up to which the text has been written. */
  public long written() {
    return written;
  }

  /** Line and column of {@code offset}, which must be held, as a {@link org.mtclean.Position}. */
  public org.mtclean.Position position(long offset) throws IOException {
    if (offset > written) {
      charAt(offset - 1); // the chars before a written offset are held already
    }
    position0(offset);
    return new org.mtclean.Position(cursorCodePoints, offset, cursorLine, cursorColumn);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    long keep = written;
    int drop = (int) Math.min(keep - base, length);
    if (drop > 0 && length == buf.length) {
      advanceBase(drop);
      System.arraycopy(buf, drop, buf, 0, length - drop);
      length -= drop;
      base += drop;
    }
    if (length == buf.length) {
      char[] bigger = new char[buf.length * 2];
      System.arraycopy(buf, 0, bigger, 0, length);
      buf = bigger;
    }
    int n = in.read(buf, length, buf.length - length);
    if (n < 0) {
      eof = true;
      return false;
    }
    length += n;
    return true;
  }

  private void advanceBase(int drop) {
    position0(base + drop);
    baseLine = cursorLine;
    baseColumn = cursorColumn;
    baseCodePoints = cursorCodePoints;
  }

  private void position0(long offset) {
    if (offset < cursorOffset || cursorOffset < base) {
      cursorOffset = base;
      cursorLine = baseLine;
      cursorColumn = baseColumn;
      cursorCodePoints = baseCodePoints;
    }
    while (cursorOffset < offset) {
      char c = buf[(int) (cursorOffset - base)];
      cursorOffset++;
      if (Character.isLowSurrogate(c) && cursorOffset - 2 >= base
          && Character.isHighSurrogate(buf[(int) (cursorOffset - 2 - base)])) {
        continue;
      }
      cursorCodePoints++;
      if (c == '\n') {
        cursorLine++;
        cursorColumn = 1;
      } else {
        cursorColumn++;
      }
    }
  }
}
