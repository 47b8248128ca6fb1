package org.mtclean.formats;

import java.io.IOException;

/**
 * Reads a subtitle file (SRT, WebVTT) line by line, and makes a cue's text lines into one
 * segment. Line breaks inside a cue are {@code \n} in the segment and are written back in the
 * file's own style. One reader per file.
 */
final class SubtitleLines {
  /** Finds an inline code or entity at an offset of a cue text line. */
  @FunctionalInterface
  interface Inline {
    /**
     * Adds to {@code b} the code or entity that starts at {@code p} and returns the offset after
     * it, or returns {@code p} when none starts there. {@code end} is where the line's text ends.
     */
    long at(RawText raw, long p, long end, Segment.Builder b) throws IOException;
  }

  private final RawText raw;
  /** The current line: its start, the end of its text, and the start of the next line. */
  long start;
  long end;
  long next;

  SubtitleLines(RawText raw) {
    this.raw = raw;
  }

  /** Makes the line at {@code at} current; false when the text ends before it. */
  boolean read(long at) throws IOException {
    start = at;
    if (raw.atEnd(at)) {
      end = at;
      next = at;
      return false;
    }
    long p = at;
    int c;
    while ((c = raw.charAt(p)) >= 0 && c != '\n') {
      p++;
    }
    next = c < 0 ? p : p + 1;
    end = p > at && raw.charAt(p - 1) == '\r' ? p - 1 : p;
    return true;
  }

  /** Whether the current line holds nothing but spaces and tabs. */
  boolean blank() throws IOException {
    for (long p = start; p < end; p++) {
      int c = raw.charAt(p);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The current line's text. */
  String text() throws IOException {
    return raw.slice(start, end);
  }

  /** Whether the current line ends with CR LF. */
  boolean crlf() {
    return next - end == 2;
  }

  /** Makes the first line at or after {@code at} that is not blank current; false at the end of the text. */
  boolean skipBlank(long at) throws IOException {
    long p = at;
    while (read(p)) {
      if (!blank()) {
        return true;
      }
      p = next;
    }
    return false;
  }

  /**
   * Hands the text lines that start at {@code at}, up to a blank line or the end, to {@code sink}
   * as one segment; nothing when there are none. Returns the offset after the last text line.
   */
  long cue(long at, String id, boolean crlf, Segment.Escaper escaper, Inline inline, SegmentSink sink)
      throws IOException {
    Segment.Builder b = Segment.builder(id, crlf ? text -> escaper.escape(text).replace("\n", "\r\n") : escaper);
    long p = at;
    long lastEnd = -1;
    while (read(p) && !blank()) {
      if (lastEnd >= 0) {
        b.text("\n", lastEnd, start);
      }
      long q = start;
      while (q < end) {
        long after = inline.at(raw, q, end, b);
        if (after > q) {
          q = after;
        } else {
          b.plain(String.valueOf((char) raw.charAt(q)), q);
          q++;
        }
      }
      lastEnd = end;
      p = next;
    }
    if (lastEnd >= 0) {
      sink.segment(b.end(lastEnd).build());
    }
    return p;
  }

  /** The offset of the first char that is not a space or tab in {@code [from, end)}, or {@code end}. */
  long firstNonBlank(long from) throws IOException {
    long p = from;
    while (p < end && (raw.charAt(p) == ' ' || raw.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }
}
