package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value of one PO keyword: the concatenation of its string literals, decoded, with the file
 * offsets each char came from. The quotes and line breaks between two literals belong to no char:
 * the char after them starts at its own offset, so an edit across them replaces them, and the
 * two literals become one.
 */
final class PoString {
  private final StringBuilder text = new StringBuilder();
  private long[] starts = new long[32];
  private long[] ends = new long[32];
  private boolean[] escaped = new boolean[32];
  private long firstClose = -1;

  /** Reads the literal whose opening quote is at {@code quote}; returns the offset after its closing quote. */
  long readLiteral(RawText raw, long quote) throws IOException {
    long p = quote + 1;
    while (true) {
      int c = raw.charAt(p);
      if (c < 0 || c == '\n' || (c == '\r' && raw.charAt(p + 1) == '\n')) {
        throw MalformedFileException.at(raw, quote, "PO", "the string is not closed on its line");
      }
      if (c == '"') {
        if (firstClose < 0) {
          firstClose = p;
        }
        return p + 1;
      }
      if (c == '\\') {
        p = escape(raw, p);
      } else {
        add((char) c, p, p + 1, false);
        p++;
      }
    }
  }

  private long escape(RawText raw, long at) throws IOException {
    int c = raw.charAt(at + 1);
    char decoded;
    switch (c) {
      case 'n' -> decoded = '\n';
      case 't' -> decoded = '\t';
      case 'r' -> decoded = '\r';
      case 'a' -> decoded = '\u0007';
      case 'b' -> decoded = '\b';
      case 'f' -> decoded = '\f';
      case 'v' -> decoded = '\u000B';
      case '\\', '"' -> decoded = (char) c;
      default -> {
        return numericEscape(raw, at, c);
      }
    }
    add(decoded, at, at + 2, true);
    return at + 2;
  }

  private long numericEscape(RawText raw, long at, int c) throws IOException {
    int value = 0;
    long p = at + 1;
    if (c >= '0' && c <= '7') {
      while (p < at + 4 && raw.charAt(p) >= '0' && raw.charAt(p) <= '7') {
        value = value * 8 + raw.charAt(p) - '0';
        p++;
      }
    } else if (c == 'x' && Character.digit(raw.charAt(at + 2), 16) >= 0) {
      p = at + 2;
      int d;
      while ((d = Character.digit(raw.charAt(p), 16)) >= 0 && p < at + 8) {
        value = value * 16 + d;
        p++;
      }
      if (!Character.isValidCodePoint(value)) {
        throw MalformedFileException.at(raw, at, "PO", "the escape \\x stands for no character");
      }
    } else {
      String what = c < 0 || c == '\n' || c == '\r' ? "a backslash at the end of the line"
          : "an unknown escape \\" + Character.toString(c);
      throw MalformedFileException.at(raw, at, "PO", what);
    }
    char[] chars = Character.toChars(value);
    for (char ch : chars) {
      add(ch, at, p, true);
    }
    return p;
  }

  private void add(char c, long start, long end, boolean isEscape) {
    int n = text.length();
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
      escaped = Arrays.copyOf(escaped, n * 2);
    }
    starts[n] = start;
    ends[n] = end;
    escaped[n] = isEscape;
    text.append(c);
  }

  /** The decoded value. */
  String text() {
    return text.toString();
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  /**
   * Whether the value holds two spaces in a row inside it (not at its start or end): in a
   * program's string, columns laid out with spaces.
   */
  boolean hasSpaceRun() {
    int k = text.indexOf("  ", innerStart());
    return k >= 0 && k + 2 <= innerEnd();
  }

  /** Where the value starts after its leading white space. */
  private int innerStart() {
    int from = 0;
    while (from < text.length() && isSpace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Where the value ends before its trailing white space (at least {@link #innerStart()}). */
  private int innerEnd() {
    int from = innerStart();
    int to = text.length();
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * The decoded value without its leading and trailing white space, as in {@link #toSegment},
   * each code as {@link Segment#CODE} and added to {@code codes}.
   */
  String withCodes(List<Segment.Code> codes, boolean spaceRuns) {
    StringBuilder b = new StringBuilder(text.length());
    int to = innerEnd();
    for (int i = innerStart(); i < to; ) {
      int n = codeAt(i, spaceRuns);
      if (n > 0 && i + n <= to) {
        codes.add(new Segment.Code(rawOf(i, n), codeId(i, n)));
        b.append(Segment.CODE);
        i += n;
      } else {
        b.append(text.charAt(i++));
      }
    }
    return b.toString();
  }

  /**
   * The value as a segment to clean. Leading and trailing white space (spaces, tabs, {@code \n}
   * escapes) stays out of it: a program's string often must begin or end the way its msgid
   * does. Placeholders and tabs become codes, and so do runs of spaces when the source has one:
   * then they lay out columns, as in a command's help.
   */
  Segment toSegment(String id, Segment.Escaper escaper, PoString source) {
    boolean spaceRuns = source.hasSpaceRun();
    Segment.Builder b = Segment.builder(id, escaper);
    int from = innerStart();
    int to = innerEnd();
    if (from == to) {
      b.end(from < text.length() ? starts[from] : firstClose);
    }
    for (int i = from; i < to; ) {
      int n = codeAt(i, spaceRuns);
      if (n > 0 && i + n <= to) {
        b.code(rawOf(i, n), codeId(i, n), starts[i], ends[i + n - 1]);
        i += n;
      } else if (escaped[i]) {
        b.text(String.valueOf(text.charAt(i)), starts[i], ends[i]);
        i++;
      } else {
        b.plain(String.valueOf(text.charAt(i)), starts[i]);
        i++;
      }
    }
    List<Segment.Code> sourceCodes = new ArrayList<>();
    String sourceText = source.withCodes(sourceCodes, spaceRuns);
    return b.source(sourceText, sourceCodes).build();
  }

  /**
   * The length of the inline code at {@code i}, or 0: a placeholder written as it is (no escape,
   * not across two literals; shell {@code ${name}} included), a tab, which in a program's string
   * lays out columns, or with {@code spaceRuns} two or more spaces in a row.
   */
  private int codeAt(int i, boolean spaceRuns) {
    if (text.charAt(i) == '\t') {
      return 1;
    }
    int n = Placeholders.at(text, i);
    if (text.charAt(i) == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
      int brace = Placeholders.at(text, i + 1);
      n = brace > 0 ? brace + 1 : 0; // a shell variable, ${name}
    }
    if (n == 0 && spaceRuns && text.charAt(i) == ' ') {
      while (i + n < text.length() && text.charAt(i + n) == ' ') {
        n++;
      }
      n = n > 1 ? n : 0;
    }
    for (int k = i; k < i + n; k++) {
      if (escaped[k] || (k > i && starts[k] != ends[k - 1])) {
        return 0;
      }
    }
    return n;
  }

  /** The id a code is compared by: its text; two spaces for any run of spaces. */
  private String codeId(int i, int n) {
    return text.charAt(i) == ' ' ? "  " : text.substring(i, i + n);
  }

  /** The file's text of chars {@code [i, i + n)}, which hold no escape except a lone tab. */
  private String rawOf(int i, int n) {
    return n == 1 && escaped[i] ? "\\t" : text.substring(i, i + n);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }
}
