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

  /** The id of a run of spaces made a code. */
  static final String SPACE_RUN = "  ";

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

    /** Whether runs of two or more spaces lay out columns inside the text (not at its ends). */
    boolean hasSpaceRuns() {
      return text.toString().strip().contains("  ");
    }

    /** This source with each run of two or more spaces one code, as in a target read with space runs. */
    Source withSpaceRunCodes() {
      Source s = new Source();
      int code = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == Segment.CODE) {
          s.text.append(c);
          s.codes.add(codes.get(code++));
        } else if (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
          int j = i;
          while (j < text.length() && text.charAt(j) == ' ') {
            j++;
          }
          s.code(text.substring(i, j), SPACE_RUN, 0, 0);
          i = j - 1;
        } else {
          s.text.append(c);
        }
      }
      return s;
    }

    /** Sets this as the source of {@code target}; returns {@code target}. */
    static Segment.Builder into(Segment.Builder target, Source source) {
      return source == null ? target : target.source(source.text.toString(), source.codes);
    }
  }

  private final Set<String> paired;
  private final List<String> idAttributes;
  private final boolean spaceRuns;
  private final XmlInline spaced;

  /**
   * @param paired local names of the elements whose tags are codes and whose content is text
   * @param idAttributes the attributes that identify a code, the first one present wins
   */
  XmlInline(Set<String> paired, String... idAttributes) {
    this(paired, List.of(idAttributes), false);
  }

  private XmlInline(Set<String> paired, List<String> idAttributes, boolean spaceRuns) {
    this.paired = paired;
    this.idAttributes = idAttributes;
    this.spaceRuns = spaceRuns;
    this.spaced = spaceRuns ? this : new XmlInline(paired, idAttributes, true);
  }

  /**
   * This reader, or one that also makes each run of two or more spaces a code (id two spaces):
   * for a target whose source lays out columns with runs of spaces (see {@link Source#hasSpaceRuns}).
   */
  XmlInline spaceRuns(boolean protect) {
    return protect ? spaced : this;
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

  /** Adds a run of text, its placeholders (and runs of spaces, if asked for) as codes. */
  void text(String s, long rawStart, Out b) {
    int first = firstSpecial(s);
    if (first < 0) {
      b.plain(s, rawStart);
      return;
    }
    int from = 0;
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      int n = 0;
      if (c == '%' || c == '{') {
        n = Placeholders.at(s, i);
      } else if (spaceRuns && c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        n = 2;
        while (i + n < s.length() && s.charAt(i + n) == ' ') {
          n++;
        }
      }
      if (n > 0) {
        if (i > from) {
          b.plain(s.subSequence(from, i), rawStart + from);
        }
        String p = s.substring(i, i + n);
        b.code(p, c == ' ' ? SPACE_RUN : p, rawStart + i, rawStart + i + n);
        i += n - 1;
        from = i + 1;
      }
    }
    if (from < s.length()) {
      b.plain(from == 0 ? s : s.subSequence(from, s.length()), rawStart + from);
    }
  }

  private int firstSpecial(String s) {
    int first = -1;
    for (int k : new int[] {s.indexOf('%'), s.indexOf('{'), spaceRuns ? s.indexOf("  ") : -1}) {
      if (k >= 0 && (first < 0 || k < first)) {
        first = k;
      }
    }
    return first;
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
