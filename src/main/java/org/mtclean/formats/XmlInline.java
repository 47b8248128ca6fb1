package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the content of an XML element that holds text with inline markup (an XLIFF
 * {@code target}, a TMX {@code seg}) into a {@link Segment.Builder}. Text and entities are text;
 * the open and close tags of a <em>paired</em> element ({@code g}, {@code pc}, {@code hi}) are one
 * code each and its content is text of the same segment; any other element is one code with its
 * content ({@code ph}, {@code bpt}, {@code x}), and so is a paired one whose content is not to be
 * translated ({@code <mrk mtype="protected">}, {@code <mrk translate="no">}). CDATA sections, comments and processing
 * instructions are codes too, and so are the placeholders of software strings in the text.
 */
final class XmlInline {
  /** Writes text into XML content: {@code &}, {@code <} and {@code >} as entities. */
  static final Segment.Escaper ESCAPER = XmlInline::escape;

  /** Takes over an element at the top level of the content, such as an XLIFF 1.2 segment marker. */
  @FunctionalInterface
  interface Splitter {
    /** Reads the element whose start tag {@code x} is at, to its end, and returns true; or returns false. */
    boolean split(XmlScanner x) throws IOException;
  }

  /** Where {@link #read} puts the content: a segment's builder, or a {@link Source}. */
  interface Out {
    void plain(CharSequence chars, long rawStart);

    void text(String decoded, long rawStart, long rawEnd);

    void code(String raw, String id, long rawStart, long rawEnd);

    void end(long rawEnd);

    static Out of(Segment.Builder b) {
      return new Out() {
        @Override
        public void plain(CharSequence chars, long rawStart) {
          b.plain(chars, rawStart);
        }

        @Override
        public void text(String decoded, long rawStart, long rawEnd) {
          b.text(decoded, rawStart, rawEnd);
        }

        @Override
        public void code(String raw, String id, long rawStart, long rawEnd) {
          b.code(raw, id, rawStart, rawEnd);
        }

        @Override
        public void end(long rawEnd) {
          b.end(rawEnd);
        }
      };
    }
  }

  /** The text and codes of a source element, without the offsets a target needs. */
  static final class Source implements Out {
    private final StringBuilder text = new StringBuilder();
    private final List<Segment.Code> codes = new ArrayList<>();

    @Override
    public void plain(CharSequence chars, long rawStart) {
      text.append(chars);
    }

    @Override
    public void text(String decoded, long rawStart, long rawEnd) {
      text.append(decoded);
    }

    @Override
    public void code(String raw, String id, long rawStart, long rawEnd) {
      text.append(Segment.CODE);
      codes.add(new Segment.Code(raw, id));
    }

    @Override
    public void end(long rawEnd) {}

    /** Sets this as the source of {@code target}; returns {@code target}. */
    static Segment.Builder into(Segment.Builder target, Source source) {
      return source == null ? target : target.source(source.text.toString(), source.codes);
    }
  }

  private final Set<String> paired;
  private final List<String> idAttributes;

  /**
   * @param paired local names of the elements whose tags are codes and whose content is text
   * @param idAttributes the attributes that identify a code, the first one present wins
   */
  XmlInline(Set<String> paired, String... idAttributes) {
    this.paired = paired;
    this.idAttributes = List.of(idAttributes);
  }

  /**
   * Reads from just after the start tag that {@code x} is at up to its end tag into {@code b},
   * and returns the offset of that end tag. At the top level of the content, {@code splitter}
   * (or null) may take over elements. Leaves {@code x} at the end tag.
   */
  long read(XmlScanner x, Segment.Builder b, Splitter splitter) throws IOException {
    return read(x, Out.of(b), splitter);
  }

  /** As {@link #read(XmlScanner, Segment.Builder, Splitter)}, into {@code b}. */
  long read(XmlScanner x, Out b, Splitter splitter) throws IOException {
    int depth = x.depth();
    List<String> openIds = new ArrayList<>();
    while (true) {
      XmlScanner.Kind k = x.next();
      switch (k) {
        case TEXT -> text(x.text(), x.start(), b);
        case ENTITY -> b.text(x.text(), x.start(), x.end());
        case CDATA -> b.code(x.raw(), "cdata", x.start(), x.end());
        case COMMENT -> b.code(x.raw(), "comment", x.start(), x.end());
        case PI -> b.code(x.raw(), "pi", x.start(), x.end());
        case EMPTY -> b.code(x.raw(), codeId(x), x.start(), x.end());
        case START -> {
          if (splitter != null && x.depth() == depth + 1 && splitter.split(x)) {
            b.end(x.end());
          } else if (paired.contains(x.localName()) && !isProtected(x)) {
            String id = codeId(x);
            openIds.add(id);
            b.code(x.raw(), id, x.start(), x.end());
          } else {
            whole(x, b);
          }
        }
        case END -> {
          if (x.depth() < depth) {
            b.end(x.start());
            return x.start();
          }
          b.code(x.raw(), "/" + openIds.remove(openIds.size() - 1), x.start(), x.end());
        }
        default -> throw new IllegalStateException("unexpected " + k); // EOF throws in next()
      }
    }
  }

  /** Whether the element at {@code x} holds text not to translate: XLIFF 1.2 {@code mtype="protected"}, XLIFF 2 {@code translate="no"}. */
  private static boolean isProtected(XmlScanner x) {
    return "protected".equals(x.attribute("mtype")) || "no".equals(x.attribute("translate"));
  }

  /** Skips from just after the start tag that {@code x} is at to its end tag. */
  static void skip(XmlScanner x) throws IOException {
    int depth = x.depth();
    while (x.next() != XmlScanner.Kind.END || x.depth() >= depth) {
      // nothing to do
    }
  }

  private void whole(XmlScanner x, Out b) throws IOException {
    long start = x.start();
    String id = codeId(x);
    skip(x);
    // the text between is held: the segment has not been handed over
    b.code(sliceOf(x, start), id, start, x.end());
  }

  private static String sliceOf(XmlScanner x, long start) throws IOException {
    return x.slice(start, x.end());
  }

  private String codeId(XmlScanner x) {
    String name = x.localName();
    for (String a : idAttributes) {
      String v = x.attribute(a);
      if (v != null) {
        return name + "#" + v;
      }
    }
    return name;
  }

  /** Adds a run of text, its placeholders as codes. */
  static void text(String s, long rawStart, Out b) {
    int from = 0;
    int percent = s.indexOf('%');
    int brace = s.indexOf('{');
    if (percent < 0 && brace < 0) {
      b.plain(s, rawStart);
      return;
    }
    for (int i = Math.min(percent < 0 ? brace : percent, brace < 0 ? percent : brace); i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' || c == '{') {
        int n = Placeholders.at(s, i);
        if (n > 0) {
          if (i > from) {
            b.plain(s.subSequence(from, i), rawStart + from);
          }
          String p = s.substring(i, i + n);
          b.code(p, p, rawStart + i, rawStart + i + n);
          i += n - 1;
          from = i + 1;
        }
      }
    }
    if (from < s.length()) {
      b.plain(from == 0 ? s : s.subSequence(from, s.length()), rawStart + from);
    }
  }

  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String e = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
      if (e != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(e);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
