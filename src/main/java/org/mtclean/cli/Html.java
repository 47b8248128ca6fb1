package org.mtclean.cli;

/**
 * A small HTML builder that escapes by default: text and attribute values always go through
 * {@link #text} escaping, and only constants of this program go in raw. Text from the input is
 * made safe to show as well as to parse: lone surrogates become U+FFFD, and control and
 * bidirectional-override characters are shown as visible code names, so that a hostile file can
 * neither run script nor reorder what the reviewer reads. Not thread-safe.
 */
final class Html {
  private final StringBuilder b;

  Html(StringBuilder b) {
    this.b = b;
  }

  Html() {
    this(new StringBuilder());
  }

  /** Opens {@code tag} with attributes given as name, value pairs (names are constants). */
  Html open(String tag, String... attrs) {
    b.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      if (attrs[i + 1] == null) {
        continue;
      }
      b.append(' ').append(attrs[i]).append("=\"");
      escape(attrs[i + 1], true);
      b.append('"');
    }
    b.append('>');
    return this;
  }

  Html close(String tag) {
    b.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attrs>text</tag>}. */
  Html element(String tag, CharSequence text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  Html text(CharSequence s) {
    escape(s, false);
    return this;
  }

  Html text(long n) {
    b.append(n);
    return this;
  }

  /** A constant of this program (markup, CSS, script); never input text. */
  Html raw(String constant) {
    b.append(constant);
    return this;
  }

  @Override
  public String toString() {
    return b.toString();
  }

  private void escape(CharSequence s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            b.append('\uFFFD');
          } else if (c == '\n' || c == '\t') {
            b.append(c);
          } else if (shownAsName(c)) {
            String name = String.format("U+%04X", (int) c);
            if (attribute) {
              b.append('[').append(name).append(']');
            } else {
              b.append("<span class=\"ctl\">").append(name).append("</span>");
            }
          } else {
            b.append(c);
          }
        }
      }
    }
  }

  /** Controls, line and paragraph separators, and the bidirectional marks and overrides. */
  static boolean shownAsName(char c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029'
        || (c >= '\u200E' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u061C';
  }
}
