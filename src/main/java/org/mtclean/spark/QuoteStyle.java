package org.mtclean.spark;

/**
 * The document's double-quote style as the cleaning engine follows it: the first non-blank line
 * with a double quote decides, curly if it has a curly one, else straight; until then the style
 * is undecided (and straight quotes are kept). A line here is what the engine calls a line, so a
 * lone CR ends one too. A batch of lines cleaned on its own starts with a line that decides the
 * same style ({@link #prefix}), so that it is cleaned as in the whole file.
 */
final class QuoteStyle {
  static final int UNDECIDED = 0;
  static final int STRAIGHT = 1;
  static final int CURLY = 2;

  private QuoteStyle() {}

  /** The style after {@code line} (a line without its LF) when it was {@code style} before. */
  static int after(int style, CharSequence line) {
    if (style != UNDECIDED) {
      return style;
    }
    boolean straight = false;
    for (int i = 0, n = line.length(); i < n; i++) {
      char c = line.charAt(i);
      if (c == '\u201C' || c == '\u201D') {
        return CURLY;
      } else if (c == '"') {
        straight = true;
      } else if (c == '\r' && straight && i + 1 < n) {
        return STRAIGHT; // a lone CR ends a line: its straight quote decided
      }
    }
    return straight ? STRAIGHT : UNDECIDED;
  }

  /** A line (with its LF) that decides {@code style} and is dropped from the output; empty for none. */
  static String prefix(int style) {
    return switch (style) {
      case CURLY -> "\u201C\n";
      case STRAIGHT -> "\"\n";
      default -> "";
    };
  }
}
