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
        decodeCommon();
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
   * UTF-8: decodes the ASCII bytes and the well-formed two- and three-byte sequences at the start
   * of {@link #bytes} into {@link #chars}, as far as there is room, and stops at anything else (a
   * four-byte sequence, one cut by the end of the buffer, a malformed one) for the JDK's decoder to
   * take, with its errors. The JDK's decoder goes fast through ASCII only at the start of each
   * call, and a call per run of Chinese punctuation costs more than the run.
   */
  private void decodeCommon() {
    byte[] b = bytes.array();
    char[] c = chars.array();
    int i = bytes.position();
    int limit = bytes.limit();
    int o = chars.position();
    int room = chars.limit();
    while (i < limit && o < room) {
      int x = b[i];
      if (x >= 0) {
        int end = i + Math.min(limit - i, room - o);
        // four at a time while all four are ASCII: one branch for the four
        while (i + 4 <= end) {
          int x0 = b[i];
          int x1 = b[i + 1];
          int x2 = b[i + 2];
          int x3 = b[i + 3];
          if ((x0 | x1 | x2 | x3) < 0) {
            break;
          }
          c[o] = (char) x0;
          c[o + 1] = (char) x1;
          c[o + 2] = (char) x2;
          c[o + 3] = (char) x3;
          i += 4;
          o += 4;
        }
        while (i < end && (x = b[i]) >= 0) {
          c[o++] = (char) x;
          i++;
        }
        continue;
      }
      int lead = x & 0xFF;
      if (lead >= 0xC2 && lead <= 0xDF && i + 1 < limit) {
        int y = b[i + 1];
        if ((y & 0xC0) != 0x80) {
          break;
        }
        c[o++] = (char) (((lead & 0x1F) << 6) | (y & 0x3F));
        i += 2;
      } else if (lead >= 0xE0 && lead <= 0xEF && i + 2 < limit) {
        int y = b[i + 1] & 0xFF;
        int z = b[i + 2];
        // E0 needs A0-BF after it (shorter forms are overlong), ED 80-9F (the rest are surrogates)
        if ((y & 0xC0) != 0x80 || (z & 0xC0) != 0x80 || lead == 0xE0 && y < 0xA0
            || lead == 0xED && y > 0x9F) {
          break;
        }
        c[o++] = (char) (((lead & 0x0F) << 12) | ((y & 0x3F) << 6) | (z & 0x3F));
        i += 3;
      } else {
        break;
      }
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
