package org.mtclean.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A {@link Reader} that decodes bytes strictly: malformed or unmappable input raises a
 * {@link MalformedTextException} with the byte offset where it starts, never U+FFFD. Not
 * thread-safe.
 */
final class StrictDecoder extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String charsetName;
  private final boolean utf8;
  // 16 K: large enough that the per-chunk work does not count, small enough not to weigh on a
  // run over thousands of small files, which makes a decoder per file
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
  private final CharBuffer chars = CharBuffer.allocate(1 << 14);
  /** Bytes consumed from {@code in} before the start of {@link #bytes}. */
  private long consumedBefore;
  private boolean eof;
  private boolean flushed;

  StrictDecoder(InputStream in, Charset charset) {
    this.in = in;
    this.charsetName = charset.name();
    this.utf8 = charset.equals(java.nio.charset.StandardCharsets.UTF_8);
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip(); // empty, ready to read
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!decodeMore()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  /** Decodes the next chunk into {@link #chars}; false at the end of input. */
  private boolean decodeMore() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    while (true) {
      if (!bytes.hasRemaining() || !eof && bytes.remaining() < 16) {
        fill();
      }
      int limit = bytes.limit();
      int sliceEnd = limit;
      if (utf8) {
        copyAscii();
        if (!eof) { // (a decoder told of the end may not be called without it again)
          sliceEnd = nonAsciiEnd();
        }
      }
      int before = bytes.position();
      bytes.limit(sliceEnd);
      CoderResult r = decoder.decode(bytes, chars, eof && sliceEnd == limit);
      bytes.limit(limit);
      if (r.isUnderflow() && bytes.position() < sliceEnd) {
        // a sequence cut short by the ASCII byte after it: the whole buffer gives the error
        r = decoder.decode(bytes, chars, eof);
        sliceEnd = limit;
      }
      if (r.isError()) {
        long offset = consumedBefore + bytes.position();
        throw new MalformedTextException(
            (r.isMalformed() ? "malformed " : "unmappable ") + charsetName + " input at byte offset "
                + offset,
            offset);
      }
      if (eof && !bytes.hasRemaining() || eof && r.isUnderflow() && sliceEnd == limit) {
        CoderResult f = decoder.flush(chars);
        if (f.isError()) {
          long offset = consumedBefore + bytes.position();
          throw new MalformedTextException(
              "truncated " + charsetName + " input at byte offset " + offset, offset);
        }
        if (bytes.hasRemaining()) {
          long offset = consumedBefore + bytes.position();
          throw new MalformedTextException(
              "truncated " + charsetName + " input at byte offset " + offset, offset);
        }
        flushed = true;
        chars.flip();
        return chars.hasRemaining();
      }
      if (chars.position() > 0 && (r.isOverflow() || !chars.hasRemaining()
          || sliceEnd == limit && bytes.position() > before)) {
        chars.flip();
        return true;
      }
    }
  }

  /**
   * UTF-8: copies the ASCII bytes at the start of {@link #bytes} to {@link #chars}, as far as
   * there is room. The JDK's decoder does the same only at the start of each call: after one
   * non-ASCII char it goes byte by byte through the rest of the buffer.
   */
  private void copyAscii() {
    byte[] b = bytes.array();
    char[] c = chars.array();
    int i = bytes.position();
    int o = chars.position();
    int stop = i + Math.min(bytes.remaining(), chars.remaining());
    while (i < stop && b[i] >= 0) {
      c[o++] = (char) b[i++];
    }
    bytes.position(i);
    chars.position(o);
  }

  /** UTF-8: the end of the run of non-ASCII bytes at the position of {@link #bytes}. */
  private int nonAsciiEnd() {
    byte[] b = bytes.array();
    int i = bytes.position();
    int limit = bytes.limit();
    while (i < limit && b[i] < 0) {
      i++;
    }
    return i;
  }

  private void fill() throws IOException {
    if (eof) {
      return;
    }
    consumedBefore += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
