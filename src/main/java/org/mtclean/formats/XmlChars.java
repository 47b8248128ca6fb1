package org.mtclean.formats;

/** The char classes of XML and the decoding of entity and character references. */
final class XmlChars {
  private XmlChars() {}

  static boolean isSpace(int c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  static boolean isNameStart(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c >= 0xC0 && c != 0xD7 && c != 0xF7;
  }

  static boolean isNameChar(int c) {
    return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7;
  }

  /**
   * The text that the reference {@code &ref;} stands for: one of the five predefined entities or
   * a character reference ({@code #65}, {@code #x3002}) to a char XML allows; else null.
   */
  static String decode(String ref) {
    switch (ref) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      default: break;
    }
    if (!ref.startsWith("#")) {
      return null;
    }
    boolean hex = ref.startsWith("#x");
    String digits = ref.substring(hex ? 2 : 1);
    if (digits.isEmpty() || digits.length() > 8
        || !digits.chars().allMatch(d -> hex ? Character.digit(d, 16) >= 0 : d >= '0' && d <= '9')) {
      return null;
    }
    long cp = Long.parseLong(digits, hex ? 16 : 10);
    return isXmlChar(cp) ? new String(Character.toChars((int) cp)) : null;
  }

  private static boolean isXmlChar(long cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
  }
}
