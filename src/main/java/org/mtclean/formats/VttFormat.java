package org.mtclean.formats;

import java.io.IOException;
import java.util.Set;

/**
 * WebVTT subtitles. The {@code WEBVTT} line and the header lines under it, and {@code NOTE},
 * {@code STYLE} and {@code REGION} blocks, are never touched; nor are cue identifiers and timing
 * lines with their settings. A cue's text lines are one segment, named by the cue identifier, or
 * by the cue's place (1 for the first cue) when it has none. Tags ({@code <i>}, {@code <c.x>},
 * {@code <v Name>}, {@code <lang en>}, {@code <ruby>}, {@code <rt>}) and timestamps
 * ({@code <00:00:01.000>}) are inline codes; character references ({@code &amp;}, {@code &lt;},
 * {@code &gt;}, {@code &#NN;}) are decoded, and {@code &} and {@code <} in new text are written
 * as {@code &amp;} and {@code &lt;}. A reference to a no-break space or a direction mark
 * ({@code &nbsp;}, {@code &lrm;}, {@code &rlm;}) is an inline code: it was put there on purpose.
 * A header line {@code Language: xx} naming a language other than English leaves the file alone,
 * with a notice.
 */
public final class VttFormat implements Format {
  private static final int MAX_TAG = 200;
  private static final String[] NAMES = {"amp", "lt", "gt", "lrm", "rlm", "nbsp"};
  private static final String[] CHARS = {"&", "<", ">", "\u200E", "\u200F", "\u00A0"};

  static final Segment.Escaper ESCAPER = text -> text.indexOf('&') < 0 && text.indexOf('<') < 0
      ? text : text.replace("&", "&amp;").replace("<", "&lt;");

  @Override
  public String name() {
    return "vtt";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("vtt");
  }

  @Override
  public void scan(RawText raw, SegmentSink sink) throws IOException {
    SubtitleLines lines = new SubtitleLines(raw);
    long p = raw.charAt(0) == '\uFEFF' ? 1 : 0;
    if (!lines.read(p) || !isKeywordLine(lines.text(), "WEBVTT")) {
      throw MalformedFileException.at(raw, p, "WebVTT", "the file must start with WEBVTT");
    }
    String language = null;
    p = lines.next;
    while (lines.read(p) && !lines.blank()) {
      String field = lines.text();
      if (field.startsWith("Language:")) {
        language = field.substring("Language:".length()).trim();
      }
      p = lines.next;
    }
    if (language != null && !language.isEmpty() && !SegmentSink.isEnglish(language)) {
      sink.notice("the WebVTT file's language is " + language + ", not English: it is left as it is");
      return;
    }
    int count = 0;
    while (lines.skipBlank(p)) {
      String first = lines.text();
      if (isKeywordLine(first, "NOTE") || isKeywordLine(first.stripTrailing(), "STYLE")
          || isKeywordLine(first.stripTrailing(), "REGION")) {
        p = skipBlock(lines);
        continue;
      }
      count++;
      String id = String.valueOf(count);
      if (!first.contains("-->")) {
        id = first;
        long idLine = lines.start;
        if (!lines.read(lines.next) || lines.blank()) {
          throw MalformedFileException.at(raw, idLine, "WebVTT", "cue " + id + " has no timing line");
        }
      }
      int bad = CueTiming.error(lines.text(), true);
      if (bad >= 0) {
        throw MalformedFileException.at(raw, lines.start + bad, "WebVTT",
            "expected a timing such as 00:00:01.000 --> 00:00:04.000");
      }
      p = lines.cue(lines.next, id, lines.crlf(), ESCAPER, VttFormat::inline, sink);
    }
  }

  /** Whether {@code line} is {@code word}, alone or followed by a space or tab and more. */
  private static boolean isKeywordLine(String line, String word) {
    return line.startsWith(word)
        && (line.length() == word.length() || line.charAt(word.length()) == ' ' || line.charAt(word.length()) == '\t');
  }

  /** Skips the current line and the lines after it up to a blank line; returns where that is. */
  private static long skipBlock(SubtitleLines lines) throws IOException {
    long p = lines.next;
    while (lines.read(p) && !lines.blank()) {
      p = lines.next;
    }
    return p;
  }

  /** A tag or timestamp as a code, or a character reference decoded, at {@code p}. */
  static long inline(RawText raw, long p, long end, Segment.Builder b) throws IOException {
    int c = raw.charAt(p);
    if (c == '<') {
      int next = p + 1 < end ? raw.charAt(p + 1) : -1;
      if (!(SrtFormat.isAsciiLetter(next) || next == '/' || (next >= '0' && next <= '9'))) {
        return p;
      }
      boolean timestamp = next >= '0' && next <= '9';
      for (long q = p + 1; q < end && q - p < MAX_TAG; q++) {
        int d = raw.charAt(q);
        if (timestamp && d != '>' && d != ':' && d != '.' && (d < '0' || d > '9')) {
          return p; // "I <3 you": not a timestamp tag
        }
        if (d == '>') {
          String tag = raw.slice(p, q + 1);
          b.code(tag, tag, p, q + 1);
          return q + 1;
        }
        if (d == '<') {
          return p;
        }
      }
      return p;
    }
    if (c == '&') {
      return reference(raw, p, end, b);
    }
    return p;
  }

  /**
   * Whether {@code s} is a no-break or other special space, or a direction mark: written as a
   * reference on purpose, it is kept as an inline code, not normalized like a stray char.
   */
  private static boolean isLayoutChar(String s) {
    if (s.length() != 1 || s.charAt(0) == ' ') {
      return false;
    }
    int type = Character.getType(s.charAt(0));
    return type == Character.SPACE_SEPARATOR || type == Character.FORMAT;
  }

  private static long reference(RawText raw, long p, long end, Segment.Builder b) throws IOException {
    long q = p + 1;
    StringBuilder name = new StringBuilder();
    while (q < end && q - p < 12 && raw.charAt(q) != ';') {
      name.append((char) raw.charAt(q));
      q++;
    }
    if (q >= end || raw.charAt(q) != ';' || name.isEmpty()) {
      return p;
    }
    String n = name.toString();
    String decoded = null;
    for (int k = 0; k < NAMES.length; k++) {
      if (NAMES[k].equals(n)) {
        decoded = CHARS[k];
      }
    }
    if (decoded == null && n.charAt(0) == '#' && n.length() > 1) {
      boolean hex = n.charAt(1) == 'x' || n.charAt(1) == 'X';
      try {
        int cp = Integer.parseInt(n.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (cp > 0 && Character.isValidCodePoint(cp)) {
          decoded = Character.toString(cp);
        }
      } catch (NumberFormatException e) {
        return p;
      }
    }
    if (decoded == null) {
      return p;
    }
    if (isLayoutChar(decoded)) {
      String ref = raw.slice(p, q + 1);
      b.code(ref, ref, p, q + 1);
    } else {
      b.text(decoded, p, q + 1);
    }
    return q + 1;
  }
}
