package org.mtclean.formats;

import java.io.IOException;
import java.util.Set;

/**
 * gettext PO files. Cleans each {@code msgstr} and {@code msgstr[N]}, fuzzy entries included;
 * never {@code msgctxt}, {@code msgid}, {@code msgid_plural}, comments, flags, obsolete entries
 * or the header. A file whose {@code Language} header is not English is left alone, with a
 * notice. Escapes are decoded for the rules and written back as escapes; placeholders are
 * inline codes, and so are tabs. A segment is named by its entry's {@code msgid}, after its
 * {@code msgctxt} and a {@code |} when it has one, cut after 40 chars.
 */
public final class PoFormat implements Format {
  /** Writes text into a PO string: backslash, quote, line feed, tab and carriage return as escapes. */
  static final Segment.Escaper ESCAPER = text -> {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String e = switch (c) {
        case '\\' -> "\\\\";
        case '"' -> "\\\"";
        case '\n' -> "\\n";
        case '\t' -> "\\t";
        case '\r' -> "\\r";
        default -> null;
      };
      if (e != null && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (e != null) {
          b.append(e);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  };

  @Override
  public String name() {
    return "po";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("po");
  }

  @Override
  public void scan(RawText raw, SegmentSink sink) throws IOException {
    new PoScanner(raw, sink, ESCAPER).run();
  }
}
