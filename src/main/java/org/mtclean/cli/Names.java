package org.mtclean.cli;

import java.nio.file.Path;

/**
 * File names made safe to print. A name may hold any byte but NUL and {@code /}: a newline would
 * forge a second message line, an escape sequence would drive the terminal. Stateless.
 */
final class Names {
  private Names() {}

  /**
   * {@code name} as it is when it holds only printable characters; else in bash's ANSI-C quoting,
   * {@code $'a\nb'}, as GNU {@code ls} and {@code rm} print such names in their messages (the
   * shell turns it back into the name).
   */
  static String quote(String name) {
    if (!needsQuoting(name)) {
      return name;
    }
    StringBuilder b = new StringBuilder(name.length() + 8).append("$'");
    name.codePoints().forEach(c -> {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\'' -> b.append("\\'");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case 0x1b -> b.append("\\E");
        default -> {
          if (isControl(c)) {
            b.append(c < 0x100 ? String.format("\\x%02x", c) : String.format("\\u%04x", c));
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.append('\'').toString();
  }

  /**
   * {@code message} with every control and format character written as an escape ({@code \n},
   * {@code \E}, {@code \x07}, {@code \u202e}): for one-line messages that quote what the user
   * typed, such as an unknown option.
   */
  static String escapeControls(String message) {
    if (!needsQuoting(message)) {
      return message;
    }
    String q = quote(message);
    // quote() also escapes \ and ', which are fine here: undo those two
    StringBuilder b = new StringBuilder();
    String body = q.substring(2, q.length() - 1);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length() && (body.charAt(i + 1) == '\\' || body.charAt(i + 1) == '\'')) {
        b.append(body.charAt(++i));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String quote(Path path) {
    return quote(path.toString());
  }

  /**
   * {@code name} for a diff header line: as it is, or C-quoted in double quotes when it holds
   * control characters, a backslash or a double quote, as {@code git diff} writes it and GNU
   * {@code patch} reads it.
   */
  static String quoteForDiff(String name) {
    byte[] bytes = FileNames.argBytes(name); // surrogate escapes are the bytes that are not UTF-8
    boolean plain = !needsQuoting(name) && name.indexOf('"') < 0 && name.indexOf('\\') < 0
        && java.util.Arrays.equals(bytes, name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    if (plain) {
      return name;
    }
    StringBuilder b = new StringBuilder(name.length() + 8).append('"');
    for (byte x : bytes) {
      int c = x & 0xff;
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\%03o", c));
          } else if (c >= 0x80) {
            b.append(String.format("\\%03o", c)); // as git: bytes, so that patch gets the name exactly
          } else {
            b.append((char) c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Whether {@code name} holds a character that must not reach a terminal as it is. */
  static boolean needsQuoting(String name) {
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (isControl(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * C0 and C1 controls, DEL, and the invisible format characters (bidirectional overrides and
   * the like, which can make a name read as another).
   */
  private static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.getType(c) == Character.FORMAT
        || c == 0x2028 || c == 0x2029;
  }
}
