package org.mtclean.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Chooses the charset of an input from the {@code --encoding} setting and the first bytes of the
 * input: a byte-order mark wins, {@code auto} uses ICU's charset detection. Also spots binary
 * input. ICU stays inside this class. Stateless and thread-safe.
 */
final class Encodings {
  /** How many leading bytes are sniffed for a BOM and NUL bytes, and for an explicit encoding. */
  static final int SNIFF = 8192;

  /**
   * How many leading bytes {@code --encoding auto} looks at: more than {@link #SNIFF}, since
   * translated English may hold its first Chinese mark well into the text.
   */
  static final int AUTO_SNIFF = 1 << 16;

  static final Charset UTF_16 = StandardCharsets.UTF_16;

  private Encodings() {}

  /**
   * Parses an {@code --encoding} value: {@code auto}, or a charset name known to Java.
   *
   * @return the charset, or {@code null} for {@code auto}
   * @throws UsageException for an unknown name
   */
  static Charset parse(String name, String optionName) {
    if (name.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException(
          optionName + ": unknown encoding '" + name + "' (try UTF-8, GB18030, GBK, Big5, UTF-16 or auto)");
    }
  }

  /**
   * The charset to decode an input with, given its first bytes.
   *
   * @param requested the {@code --encoding} charset, or {@code null} for auto
   * @param head the leading bytes: up to {@link #SNIFF}, or {@link #AUTO_SNIFF} for auto
   * @param headLength how many of {@code head} are valid
   * @param complete whether {@code head} is the whole input
   */
  static Charset choose(Charset requested, byte[] head, int headLength, boolean complete) {
    Charset bom = bomCharset(head, headLength);
    if (bom != null && (requested == null || isUnicode(requested))) {
      return bom;
    }
    if (requested == null) {
      return detect(head, headLength, complete);
    }
    if (requested.equals(UTF_16)) {
      // no BOM: UTF-16 means big-endian; decoding as UTF-16BE keeps output free of an added BOM
      return StandardCharsets.UTF_16BE;
    }
    return requested;
  }

  /** The charset named by a leading byte-order mark, or {@code null}. */
  static Charset bomCharset(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean isUnicode(Charset c) {
    String n = c.name().toUpperCase(Locale.ROOT);
    return n.startsWith("UTF-");
  }

  /** Whether the sniffed bytes look binary: a NUL byte where the charset is not UTF-16/32. */
  static boolean looksBinary(Charset charset, byte[] head, int n) {
    if (charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
        || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-32")) {
      return false;
    }
    return firstNul(head, n) >= 0;
  }

  static int firstNul(byte[] head, int n) {
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * UTF-8 when the bytes are valid UTF-8; else GB18030 or Big5 when they decode to common Chinese
   * ({@link ChineseCharsetGuess}: ICU needs more Chinese than translated English holds); else
   * the first of ICU's guesses that decodes them; else UTF-8 (which then fails with the offset).
   */
  private static Charset detect(byte[] head, int n, boolean complete) {
    if (validUtf8(head, n, complete)) {
      return StandardCharsets.UTF_8;
    }
    Charset chinese = ChineseCharsetGuess.guess(head, n, complete);
    if (chinese != null) {
      return chinese;
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(java.util.Arrays.copyOf(head, n));
    for (CharsetMatch m : detector.detectAll()) {
      String name = m.getName();
      if (name.equals("GBK") || name.equals("GB2312")) {
        name = "GB18030"; // a superset of both
      }
      try {
        if (Charset.isSupported(name) && decodes(Charset.forName(name), head, n, complete)) {
          return Charset.forName(name);
        }
      } catch (IllegalCharsetNameException e) {
        // try the next match
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Whether the bytes decode as UTF-8; a truncated sequence at the end of an incomplete head is fine. */
  static boolean validUtf8(byte[] head, int n, boolean complete) {
    return decodes(StandardCharsets.UTF_8, head, n, complete);
  }

  /** Whether {@code cs} decodes the bytes; a truncated char at the end of an incomplete head is fine. */
  static boolean decodes(Charset cs, byte[] head, int n, boolean complete) {
    return decode(cs, head, n, complete) != null;
  }

  /**
   * The chars that {@code cs} decodes the bytes to, or {@code null} when they are malformed for
   * it; a truncated char at the end of an incomplete head is left out.
   */
  static java.nio.CharBuffer decode(Charset cs, byte[] head, int n, boolean complete) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(head, 0, n);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(n + 1);
    CoderResult r = d.decode(in, out, complete);
    if (r.isError() || (complete ? in.hasRemaining() : in.remaining() >= 4)) {
      return null;
    }
    if (complete && d.flush(out).isError()) {
      return null;
    }
    return out.flip();
  }
}
