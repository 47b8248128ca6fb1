package org.mtclean.formats;

import java.io.IOException;

/**
 * Reads one PO file line by line and hands each {@code msgstr} and {@code msgstr[N]} to the sink.
 * Comments (obsolete entries included), {@code msgctxt}, {@code msgid} and {@code msgid_plural}
 * are only read; the header entry (empty {@code msgid}, no context) gives the language and is
 * never cleaned. A segment is named by its entry's msgctxt and msgid. One scanner per file.
 */
final class PoScanner {
  private enum State { NONE, CONTEXT, ID, PLURAL, STRING, PLURAL_STRINGS }

  private static final int ID_LENGTH = 40;

  private final RawText raw;
  private final SegmentSink sink;
  private final Segment.Escaper escaper;
  private State state = State.NONE;
  private PoString msgctxt;
  private PoString msgid;
  private PoString msgidPlural;
  private boolean english = true;
  private boolean headerRead;

  PoScanner(RawText raw, SegmentSink sink, Segment.Escaper escaper) {
    this.raw = raw;
    this.sink = sink;
    this.escaper = escaper;
  }

  void run() throws IOException {
    long p = raw.charAt(0) == '\uFEFF' ? 1 : 0;
    while (english) {
      p = skipSpaces(p);
      int c = raw.charAt(p);
      if (c < 0) {
        break;
      } else if (c == '\n') {
        p++;
      } else if (c == '#') {
        while (raw.charAt(p) >= 0 && raw.charAt(p) != '\n') {
          p++;
        }
      } else if (c == '"') {
        throw malformed(p, "a string with no keyword before it");
      } else {
        p = keyword(p);
      }
    }
    if (english && (state == State.CONTEXT || state == State.ID || state == State.PLURAL)) {
      throw malformed(p, "the last entry has no msgstr");
    }
  }

  /** Reads the keyword at {@code p} and its string; returns the offset of the line end after it. */
  private long keyword(long p) throws IOException {
    long q = p;
    StringBuilder name = new StringBuilder();
    while (isNameChar(raw.charAt(q)) && name.length() < 20) {
      name.append((char) raw.charAt(q++));
    }
    int index = -1;
    if (name.toString().equals("msgstr") && raw.charAt(q) == '[') {
      index = 0;
      long d = q + 1;
      while (raw.charAt(d) >= '0' && raw.charAt(d) <= '9' && d - q < 6) {
        index = index * 10 + raw.charAt(d++) - '0';
      }
      if (d == q + 1 || raw.charAt(d) != ']') {
        throw malformed(q, "msgstr[ needs a number and ]");
      }
      q = d + 1;
    }
    String kw = name.toString();
    if (!kw.equals("msgctxt") && !kw.equals("msgid") && !kw.equals("msgid_plural") && !kw.equals("msgstr")) {
      throw malformed(p, name.isEmpty() ? "unexpected text" : "unknown keyword " + kw);
    }
    long quote = skipSpaces(q);
    if (raw.charAt(quote) != '"') {
      throw malformed(quote, kw + " needs a string in double quotes");
    }
    PoString value = new PoString();
    long end = readValue(value, quote);
    switch (kw) {
      case "msgctxt" -> {
        requireBetweenEntries(p, kw);
        msgctxt = value;
        state = State.CONTEXT;
      }
      case "msgid" -> {
        if (state != State.CONTEXT) {
          requireBetweenEntries(p, kw);
          msgctxt = null;
        }
        msgid = value;
        msgidPlural = null;
        state = State.ID;
      }
      case "msgid_plural" -> {
        if (state != State.ID) {
          throw malformed(p, "msgid_plural must follow a msgid");
        }
        msgidPlural = value;
        state = State.PLURAL;
      }
      default -> msgstr(p, index, value);
    }
    return end;
  }

  private void requireBetweenEntries(long p, String kw) throws IOException {
    if (state == State.CONTEXT || state == State.ID || state == State.PLURAL) {
      throw malformed(p, kw + " follows an entry that has no msgstr");
    }
  }

  private void msgstr(long p, int index, PoString value) throws IOException {
    if (state == State.NONE || state == State.CONTEXT) {
      throw malformed(p, "msgstr without a msgid before it");
    }
    if (index < 0) {
      if (state == State.PLURAL) {
        throw malformed(p, "an entry with msgid_plural needs msgstr[0], msgstr[1], ...");
      }
      if (state != State.ID) {
        throw malformed(p, "a second msgstr in one entry");
      }
      state = State.STRING;
    } else {
      if (state == State.ID) {
        throw malformed(p, "msgstr[" + index + "] in an entry without msgid_plural");
      }
      if (state == State.STRING) {
        throw malformed(p, "msgstr[" + index + "] after a msgstr");
      }
      state = State.PLURAL_STRINGS;
    }
    if (msgid.isEmpty() && msgctxt == null) {
      header(value);
    } else if (english) {
      PoString source = index > 0 ? msgidPlural : msgid;
      sink.segment(value.toSegment(unitId(), escaper, source));
    }
  }

  /**
   * The name of the current entry as gettext keys it: its msgid, after its msgctxt and a
   * {@code |} when it has one; line breaks and tabs as {@code \n} and {@code \t}; cut after
   * 40 chars with an ellipsis.
   */
  private String unitId() {
    String key = (msgctxt == null ? "" : msgctxt.text() + "|") + msgid.text();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (b.length() >= ID_LENGTH && !Character.isLowSurrogate(c)) {
        return b.append('\u2026').toString();
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c < ' ' ? ' ' : c);
      }
    }
    return b.toString();
  }

  private void header(PoString value) {
    if (headerRead) {
      return;
    }
    headerRead = true;
    for (String field : value.text().split("\n")) {
      if (field.startsWith("Language:")) {
        String lang = field.substring("Language:".length()).trim();
        if (!lang.isEmpty() && !SegmentSink.isEnglish(lang)) {
          english = false;
          // the rest of the file is not read: it is written through as it is
          sink.notice("the PO file's language is " + lang + ", not English: it is left as it is");
        }
      }
    }
  }

  /**
   * Reads the string literals that start at {@code quote}: on its line and on the lines after it
   * that begin with a quote. Returns the offset of the line end (or text end) after the last one.
   */
  private long readValue(PoString value, long quote) throws IOException {
    long q = quote;
    while (true) {
      q = skipBlanks(value.readLiteral(raw, q));
      int c = raw.charAt(q);
      if (c == '"') {
        continue;
      }
      if (c < 0) {
        return q;
      }
      if (c != '\n') {
        throw malformed(q, "unexpected text after the string");
      }
      long next = skipBlanks(q + 1);
      if (raw.charAt(next) != '"') {
        return q;
      }
      q = next;
    }
  }

  /** Skips spaces, tabs and carriage returns. */
  private long skipSpaces(long p) throws IOException {
    while (true) {
      int c = raw.charAt(p);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
        return p;
      }
      p++;
    }
  }

  /** Skips spaces and tabs, and a carriage return before a line feed. */
  private long skipBlanks(long p) throws IOException {
    while (true) {
      int c = raw.charAt(p);
      if (c == ' ' || c == '\t' || (c == '\r' && raw.charAt(p + 1) == '\n')) {
        p++;
      } else {
        return p;
      }
    }
  }

  private static boolean isNameChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private MalformedFileException malformed(long offset, String message) throws IOException {
    return MalformedFileException.at(raw, offset, "PO", message);
  }
}
