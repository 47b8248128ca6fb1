package org.mtclean.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Builds segments of a document held whole in memory (Markdown, HTML) from the text nodes a
 * parser found: each node is its raw range and its decoded text. The raw chars of a node are
 * matched against the decoded text, so that a char copied as it is, an entity or a backslash
 * escape each get their own file offsets; a node whose raw text does not match is not cleaned.
 * Whatever lies between two nodes (a tag, markup, a code span) is one inline code. A line break
 * is a line break to the cleaner; the indentation (and block quote markers) after it go with it,
 * and the spaces before it are a code, so that Markdown hard breaks are never edited. Whitespace and codes at either end are left out of the
 * segment.
 */
final class SegmentAssembly {
  private static final int PLAIN = 0;
  private static final int TEXT = 1;
  private static final int CODE = 2;
  private static final int BLANK = 3; // a code of spaces and tabs: dropped at the segment's ends

  private record Atom(int kind, String text, int start, int end) {}

  private final String doc;
  private final long base;
  private final Segment.Escaper escaper;
  private final boolean markdown;
  private final List<Atom> atoms = new ArrayList<>();
  private final List<Atom> piece = new ArrayList<>();
  private int lastEnd = -1;
  private boolean breakPending;

  /**
   * @param doc the document text
   * @param base the file offset of {@code doc}'s first char
   * @param markdown whether backslash escapes are decoded and entities need their {@code ;}
   */
  SegmentAssembly(String doc, long base, Segment.Escaper escaper, boolean markdown) {
    this.doc = doc;
    this.base = base;
    this.escaper = escaper;
    this.markdown = markdown;
  }

  /** Whether no text was added since the last {@link #build}. */
  boolean isEmpty() {
    return atoms.isEmpty();
  }

  /** The end of the text added last (an index into the document), or -1. */
  int end() {
    return lastEnd;
  }

  /** The gap before the next text holds a line break that is kept as a line break. */
  void lineBreak() {
    breakPending = !atoms.isEmpty();
  }

  /**
   * Takes back the text added from {@code pos} on: a parser placed it before a node that comes
   * earlier in the file, so that the segment would cover that node as a code.
   */
  void truncate(int pos) {
    while (!atoms.isEmpty()) {
      Atom last = atoms.get(atoms.size() - 1);
      if (last.kind == PLAIN && last.start < pos && last.end > pos) {
        atoms.set(atoms.size() - 1, new Atom(PLAIN, null, last.start, pos));
      } else if (last.end > pos || last.kind == CODE || last.kind == BLANK) {
        atoms.remove(atoms.size() - 1);
        continue;
      }
      break;
    }
    lastEnd = atoms.isEmpty() ? -1 : atoms.get(atoms.size() - 1).end;
    breakPending = false;
  }

  /**
   * Adds the text node {@code [start, end)} of the document, whose decoded text is
   * {@code decoded}. Returns false, and adds nothing, when the raw text does not match.
   */
  boolean text(int start, int end, String decoded) {
    if (start < lastEnd) {
      throw new IllegalArgumentException("text before the end of the segment");
    }
    piece.clear();
    int consumed = align(start, end, decoded);
    if (consumed < 0) {
      return false;
    }
    if (!atoms.isEmpty() && start > lastEnd) {
      gap(lastEnd, start);
    }
    breakPending = false;
    atoms.addAll(piece);
    lastEnd = consumed;
    return true;
  }

  /**
   * The segment of the text added since the last call, null when it has no words; {@code idAt}
   * names it from the file offset where it starts.
   */
  Segment build(LongFunction<String> idAt) {
    List<Atom> list = trimmed();
    atoms.clear();
    lastEnd = -1;
    breakPending = false;
    if (list == null) {
      return null;
    }
    Segment.Builder b = Segment.builder(idAt.apply(base + list.get(0).start), escaper);
    int codes = 0;
    for (Atom a : list) {
      switch (a.kind) {
        case PLAIN -> b.plain(a.text, base + a.start);
        case TEXT -> b.text(a.text, base + a.start, base + a.end);
        default -> b.code(a.text, Integer.toString(++codes), base + a.start, base + a.end);
      }
    }
    return b.end(base + list.get(list.size() - 1).end).build();
  }

  private void gap(int from, int to) {
    int nl = -1;
    int count = 0;
    for (int k = from; k < to; k++) {
      char c = doc.charAt(k);
      if (c == '\n' || (c == '\r' && (k + 1 == to || doc.charAt(k + 1) != '\n'))) {
        count++;
        nl = c == '\n' && k > from && doc.charAt(k - 1) == '\r' ? k - 1 : k;
      }
    }
    if (!breakPending || count != 1) {
      atoms.add(new Atom(CODE, doc.substring(from, to), from, to));
      return;
    }
    int after = doc.charAt(nl) == '\r' && nl + 1 < to && doc.charAt(nl + 1) == '\n' ? nl + 2 : nl + 1;
    if (nl > from) {
      atoms.add(new Atom(isWhitespace(from, nl) ? BLANK : CODE, doc.substring(from, nl), from, nl));
    }
    int prefix = after;
    while (prefix < to && (doc.charAt(prefix) == ' ' || doc.charAt(prefix) == '\t' || doc.charAt(prefix) == '>')) {
      prefix++; // indentation and block quote markers of the next line
    }
    lineEnd(nl, after, prefix);
    if (to > prefix) {
      atoms.add(new Atom(CODE, doc.substring(prefix, to), prefix, to));
    }
  }

  /**
   * A line end {@code [nl, after)} and the indentation up to {@code to} after it: the cleaner
   * sees a line break, and the indentation goes with it, so that an edit at the start of the
   * next line lands after the indentation and a rule that joins the lines takes it away too.
   */
  private void lineEnd(int nl, int after, int to) {
    int last = after - 1;
    if (last > nl) {
      atoms.add(new Atom(PLAIN, "\r", nl, last));
    }
    atoms.add(new Atom(TEXT, doc.substring(last, after), last, to));
  }

  /** Matches the raw text with the decoded text into {@link #piece}; returns the raw end consumed, or -1. */
  private int align(int start, int end, String decoded) {
    int i = start;
    int j = 0;
    int n = decoded.length();
    while (i < end && j < n) {
      char c = doc.charAt(i);
      if (markdown && c == '\\' && i + 1 < end && isAsciiPunct(doc.charAt(i + 1))
          && decoded.charAt(j) == doc.charAt(i + 1)) {
        piece.add(new Atom(TEXT, String.valueOf(doc.charAt(i + 1)), i, i + 2));
        i += 2;
        j++;
        continue;
      }
      if (c == '&') {
        int k = entityEnd(i, end);
        if (k > 0 && isDecoded(i, k, decoded.charAt(j))) {
          int m = Character.charCount(decoded.codePointAt(j));
          String value = decoded.substring(j, j + m);
          // a no-break space written as an entity is the author's: keep it
          piece.add(new Atom(value.equals("\u00A0") ? CODE : TEXT, value.equals("\u00A0") ? doc.substring(i, k) : value, i, k));
          i = k;
          j += m;
          continue;
        }
      }
      if (c != decoded.charAt(j)) {
        return -1;
      }
      if (c == '\n' || (c == '\r' && (i + 1 == end || doc.charAt(i + 1) != '\n'))) {
        int r = i + 1;
        while (r < end && (doc.charAt(r) == ' ' || doc.charAt(r) == '\t')) {
          r++;
        }
        if (!decoded.regionMatches(j, doc, i, r - i)) {
          return -1;
        }
        piece.add(new Atom(TEXT, String.valueOf(c), i, r)); // the line end with the indentation after it
        j += r - i;
        i = r;
        continue;
      }
      if (c == ' ' || c == '\t') {
        int r = i;
        while (r < end && (doc.charAt(r) == ' ' || doc.charAt(r) == '\t')) {
          r++;
        }
        if (!decoded.regionMatches(j, doc, i, r - i)) {
          return -1;
        }
        if (r < end && (doc.charAt(r) == '\r' || doc.charAt(r) == '\n')) {
          piece.add(new Atom(BLANK, doc.substring(i, r), i, r)); // spaces before a line end: kept
        } else {
          addPlain(i, r);
        }
        j += r - i;
        i = r;
        continue;
      }
      addPlain(i, i + 1);
      i++;
      j++;
    }
    if (j < n) {
      return -1;
    }
    for (int k = i; k < end; k++) {
      if (doc.charAt(k) != ' ' && doc.charAt(k) != '\t') {
        return -1; // raw text the parser dropped: do not guess
      }
    }
    return i;
  }

  private void addPlain(int from, int to) {
    int last = piece.size() - 1;
    if (last >= 0 && piece.get(last).kind == PLAIN && piece.get(last).end == from) {
      piece.set(last, new Atom(PLAIN, null, piece.get(last).start, to));
    } else {
      piece.add(new Atom(PLAIN, null, from, to));
    }
  }

  /** The end of a character reference starting at {@code i}, or -1. */
  private int entityEnd(int i, int end) {
    int k = i + 1;
    if (k < end && doc.charAt(k) == '#') {
      k++;
      boolean hex = k < end && (doc.charAt(k) == 'x' || doc.charAt(k) == 'X');
      if (hex) {
        k++;
      }
      int digits = k;
      int max = !markdown ? 16 : hex ? 6 : 7;
      while (k < end && k - digits < max && Character.digit(doc.charAt(k), hex ? 16 : 10) >= 0
          && doc.charAt(k) < 0x80) {
        k++;
      }
      if (k == digits) {
        return -1;
      }
    } else {
      while (k < end && k - i < 40 && isAsciiLetterOrDigit(doc.charAt(k))) {
        k++;
      }
      if (k == i + 1 || !Character.isLetter(doc.charAt(i + 1))) {
        return -1;
      }
    }
    if (k < end && doc.charAt(k) == ';') {
      return k + 1;
    }
    return markdown ? -1 : k;
  }

  /** Whether the parser decoded the reference {@code [i, k)} (its decoded text starts with {@code first}). */
  private boolean isDecoded(int i, int k, char first) {
    if (first != '&') {
      return true;
    }
    String name = doc.substring(i + 1, k);
    return name.startsWith("#") || name.equals("amp;") || name.equals("AMP;")
        || (!markdown && (name.equals("amp") || name.equals("AMP")));
  }

  /** The atoms without whitespace at either end, with their text; null when no word is left. */
  private List<Atom> trimmed() {
    int from = 0;
    int to = atoms.size();
    while (from < to && isEdge(atoms.get(from))) {
      from++;
    }
    while (to > from && isEdge(atoms.get(to - 1))) {
      to--;
    }
    List<Atom> out = new ArrayList<>(to - from);
    boolean words = false;
    for (int k = from; k < to; k++) {
      Atom a = atoms.get(k);
      if (a.kind == PLAIN) {
        int s = a.start;
        int e = a.end;
        if (k == from) {
          while (Character.isWhitespace(doc.charAt(s))) {
            s++;
          }
        }
        if (k == to - 1) {
          while (Character.isWhitespace(doc.charAt(e - 1))) {
            e--;
          }
        }
        a = new Atom(PLAIN, doc.substring(s, e), s, e);
        words |= !a.text.isBlank();
      } else if (a.kind == TEXT) {
        words |= !a.text.isBlank();
      }
      out.add(a);
    }
    return words ? out : null;
  }

  /** Whether {@code a} is left out at an end of the segment: whitespace, or a code. */
  private boolean isEdge(Atom a) {
    return switch (a.kind) {
      case CODE, BLANK -> true;
      case TEXT -> a.text.isBlank();
      default -> isWhitespace(a.start, a.end);
    };
  }

  private boolean isWhitespace(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(doc.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiPunct(char c) {
    return c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c) && c != 0x7F;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
