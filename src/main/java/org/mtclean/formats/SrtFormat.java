package org.mtclean.formats;

import java.io.IOException;
import java.util.Set;
import org.mtclean.internal.Chars;

/**
 * SubRip subtitles. A cue is its number, its timing line and its text lines up to a blank line;
 * the text lines of a cue are one segment, named by the cue number, and their line breaks stay.
 * Numbers and timings are never touched. Tags ({@code <i>}, {@code </b>},
 * {@code <font color="...">}) and positioning codes ({@code {\an8}}) are inline codes. Extra
 * blank lines, a BOM and CRLF line ends are read; a cue without a valid timing line makes the
 * file malformed. A cue without a number (its first line is the timing) is named by its place.
 * Text after a blank line inside a cue (a block with no number and nothing like a timing) is
 * cleaned as more text of that cue.
 */
public final class SrtFormat implements Format {
  private static final int MAX_TAG = 200;

  @Override
  public String name() {
    return "srt";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("srt");
  }

  @Override
  public void scan(RawText raw, SegmentSink sink) throws IOException {
    SubtitleLines lines = new SubtitleLines(raw);
    long p = raw.charAt(0) == '\uFEFF' ? 1 : 0;
    int count = 0;
    String lastId = null;
    while (lines.skipBlank(p)) {
      String first = lines.text().strip();
      if (lastId != null && !Chars.isShortNumber(first) && !blockHasTiming(lines)) {
        // text after a blank line inside a cue: more text of that cue
        p = lines.cue(lines.start, lastId, lines.crlf(), Segment.Escaper.NONE, SrtFormat::inline, sink);
        continue;
      }
      count++;
      String id;
      if (Chars.isShortNumber(first)) {
        id = first;
        long numberLine = lines.start;
        if (!lines.read(lines.next) || lines.blank()) {
          throw MalformedFileException.at(raw, numberLine, "SRT", "cue " + id + " has no timing line");
        }
      } else if (first.contains("-->")) {
        id = String.valueOf(count);
      } else {
        throw MalformedFileException.at(raw, lines.firstNonBlank(lines.start), "SRT",
            "expected a cue number or a timing line");
      }
      int bad = CueTiming.error(lines.text(), false);
      if (bad >= 0) {
        throw MalformedFileException.at(raw, lines.start + bad, "SRT",
            "expected a timing such as 00:00:01,000 --> 00:00:04,000");
      }
      p = lines.cue(lines.next, id, lines.crlf(), Segment.Escaper.NONE, SrtFormat::inline, sink);
      lastId = id;
    }
  }

  /**
   * Whether a line of the block that starts at the current line looks like a timing, even a
   * broken one: an arrow, or a time such as {@code 00:01} at its start. The current line stays.
   */
  private static boolean blockHasTiming(SubtitleLines lines) throws IOException {
    long start = lines.start;
    boolean found = false;
    for (long p = start; lines.read(p) && !lines.blank(); p = lines.next) {
      String line = lines.text();
      if (line.contains("->") || startsWithTime(line.strip())) {
        found = true;
        break;
      }
    }
    lines.read(start);
    return found;
  }

  private static boolean startsWithTime(String s) {
    int k = 0;
    while (k < s.length() && k < 3 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k > 0 && s.length() >= k + 3 && s.charAt(k) == ':' && Character.isDigit(s.charAt(k + 1))
        && Character.isDigit(s.charAt(k + 2));
  }

  /** A tag ({@code <i>}, {@code </font>}) or a positioning code ({@code {\an8}}) at {@code p}, as a code. */
  static long inline(RawText raw, long p, long end, Segment.Builder b) throws IOException {
    int c = raw.charAt(p);
    int next = p + 1 < end ? raw.charAt(p + 1) : -1;
    char close;
    if (c == '<' && (isAsciiLetter(next) || (next == '/' && p + 2 < end && isAsciiLetter(raw.charAt(p + 2))))) {
      close = '>';
    } else if (c == '{' && next == '\\') {
      close = '}';
    } else {
      return p;
    }
    for (long q = p + 2; q < end && q - p < MAX_TAG; q++) {
      int d = raw.charAt(q);
      if (d == close) {
        String tag = raw.slice(p, q + 1);
        b.code(tag, tag, p, q + 1);
        return q + 1;
      }
      if (d == '<' || d == '{') {
        return p;
      }
    }
    return p;
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
