package org.mtclean.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * File names as the bytes they are. On Linux a name is any bytes but NUL and '/', while Java turns
 * it into a String through {@code sun.jnu.encoding} (the locale's: US-ASCII under
 * {@code LC_ALL=C}), which maps every byte it cannot decode to U+FFFD: two names can then read
 * the same, and a name built from that String ({@code name + ".orig"}) is another file, or cannot
 * be made at all. The JDK's Unix paths keep the bytes, and {@link Path#toUri()} and
 * {@link Path#of(URI)} carry them exactly (percent-escaped); everything here goes through them
 * when the String form is not exact. Stateless.
 *
 * <p>Strings that stand for names (command-line arguments) use "surrogate escapes": a byte
 * {@code b} that is not part of valid UTF-8 is the lone surrogate {@code U+DC00 + b}, so that
 * every name has a String form that maps back to its bytes.
 */
final class FileNames {
  private FileNames() {}

  /** The longest file name (one path element) in bytes on Linux file systems (NAME_MAX). */
  static final int NAME_MAX = 255;

  private static final Charset JNU = jnuCharset();
  private static final boolean UNIX = FileSystems.getDefault().getSeparator().equals("/")
      && FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  private static final Path ROOT = Path.of("/");

  private static Charset jnuCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }

  /** The bytes of {@code p} as the file system sees them (a relative path stays relative). */
  static byte[] bytes(Path p) {
    String s = p.toString();
    if (!UNIX || exact(s)) {
      return s.getBytes(UNIX ? JNU : StandardCharsets.UTF_8);
    }
    // the URI holds the absolute path's bytes; a relative path is its tail
    byte[] abs = unescape(p.toAbsolutePath().toUri().getRawPath());
    int len = abs.length;
    if (len > 1 && abs[len - 1] == '/' && !p.toString().endsWith("/")) {
      len--; // toUri marks a directory with a final '/'
    }
    int n = p.isAbsolute() ? len : relativeLength(p, abs, len);
    byte[] out = new byte[n];
    System.arraycopy(abs, len - n, out, 0, n);
    return out;
  }

  /** How many of the last bytes of {@code abs} (the absolute form of {@code p}) make {@code p}. */
  private static int relativeLength(Path p, byte[] abs, int len) {
    int names = p.getNameCount();
    int i = len;
    for (int seen = 0; i > 0; i--) {
      if (abs[i - 1] == '/' && ++seen == names) {
        break;
      }
    }
    return len - i;
  }

  /** Whether {@code s} (a Path's String form) gives back the path's bytes exactly. */
  private static boolean exact(String s) {
    return s.indexOf('\uFFFD') < 0 && JNU.newEncoder().canEncode(s);
  }

  /** A relative path of one element whose name is {@code name}, byte for byte. */
  static Path name(byte[] name) {
    if (!UNIX) {
      return Path.of(new String(name, StandardCharsets.UTF_8));
    }
    String s = decodeExactly(name, JNU);
    if (s != null && exact(s)) {
      return Path.of(s);
    }
    return ROOT.relativize(Path.of(URI.create("file:///" + escape(name))));
  }

  /** {@code file} with {@code suffix} added to its name, byte for byte: {@code a.txt} + {@code .orig}. */
  static Path withSuffix(Path file, String suffix) {
    byte[] name = bytes(file.getFileName());
    byte[] add = argBytes(suffix);
    byte[] all = new byte[name.length + add.length];
    System.arraycopy(name, 0, all, 0, name.length);
    System.arraycopy(add, 0, all, name.length, add.length);
    return file.resolveSibling(name(all));
  }

  /**
   * A name for a temp file next to {@code file}: {@code .NAME.UNIQUE.mtclean.tmp}, with NAME cut
   * (at a character boundary when it is UTF-8) so that the whole stays within {@link #NAME_MAX}
   * bytes however long the file's name is.
   */
  static Path tempSibling(Path file, String unique) {
    byte[] name = bytes(file.getFileName());
    String tail = "." + unique + ".mtclean.tmp";
    int room = NAME_MAX - 1 - tail.length();
    int keep = Math.min(name.length, room);
    while (keep > 0 && keep < name.length && (name[keep] & 0xC0) == 0x80) {
      keep--; // not into the middle of a UTF-8 sequence
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream(NAME_MAX);
    b.write('.');
    b.write(name, 0, keep);
    b.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
    return file.resolveSibling(name(b.toByteArray()));
  }

  /**
   * The path a command-line argument names. A String that the file system's encoding cannot hold
   * exactly (Chinese under {@code LC_ALL=C}, or surrogate escapes) is taken as UTF-8.
   */
  static Path path(String arg) {
    if (!UNIX || (JNU.newEncoder().canEncode(arg) && arg.indexOf('\uFFFD') < 0)) {
      return Path.of(arg);
    }
    byte[] b = argBytes(arg);
    Path p = b.length > 0 && b[0] == '/' ? ROOT : Path.of("");
    int start = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == '/') {
        if (i > start) {
          p = p.resolve(name(java.util.Arrays.copyOfRange(b, start, i)));
        }
        start = i + 1;
      }
    }
    return p;
  }

  /** The bytes a String with surrogate escapes stands for: UTF-8, with U+DC80..U+DCFF as single bytes. */
  static byte[] argBytes(String s) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 8);
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uDC80' && c <= '\uDCFF' && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        b.writeBytes(s.substring(start, i).getBytes(StandardCharsets.UTF_8));
        b.write(c - 0xDC00);
        start = i + 1;
      }
    }
    b.writeBytes(s.substring(start).getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  /** {@code bytes} as a String: UTF-8 where valid, other bytes as surrogate escapes. */
  static String escapedString(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    while (true) {
      var r = d.decode(in, chars, true);
      chars.flip();
      out.append(chars);
      chars.clear();
      if (r.isUnderflow()) {
        break;
      }
      for (int k = 0; k < r.length(); k++) {
        out.append((char) (0xDC00 + (in.get() & 0xFF)));
      }
    }
    return out.toString();
  }

  /**
   * How to print {@code p} in a message: its String form when that is the name; else decoded as
   * UTF-8, and when it is not UTF-8, in bash's {@code $'...'} quoting with {@code \xHH} for the
   * bytes that are not, which the shell turns back into the name.
   */
  static String display(Path p) {
    String s = p.toString();
    if (!UNIX || exact(s)) {
      return s;
    }
    return display(escapedString(bytes(p)));
  }

  /** {@link #display(Path)} for a String with surrogate escapes. */
  static String display(String s) {
    boolean escaped = false;
    for (int i = 0; i < s.length() && !escaped; i++) {
      char c = s.charAt(i);
      escaped = c >= '\uDC80' && c <= '\uDCFF' && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
    if (!escaped) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append("$'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uDC80' && c <= '\uDCFF' && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        b.append(String.format("\\x%02x", c - 0xDC00));
      } else if (c == '\\' || c == '\'') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('\'').toString();
  }

  /** {@code b} decoded with {@code cs} if it decodes without error and encodes back to the same bytes, else null. */
  private static String decodeExactly(byte[] b, Charset cs) {
    try {
      String s = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
      return java.util.Arrays.equals(s.getBytes(cs), b) ? s : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Percent-escapes every byte but letters, digits and {@code -._~/}. */
  private static String escape(byte[] b) {
    StringBuilder s = new StringBuilder(b.length * 3);
    for (byte x : b) {
      int c = x & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
        s.append((char) c);
      } else {
        s.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return s.toString();
  }

  private static byte[] unescape(String raw) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        b.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        b.write(c);
      }
    }
    return b.toByteArray();
  }
}
