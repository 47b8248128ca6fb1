package org.mtclean.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.mtclean.formats.Atom.Kind;

/**
 * Builds segments of a document held whole in memory (Markdown, HTML) from the text nodes a
 * parser found, each matched against the file by {@link TextNodeMatcher}. Whatever lies between
 * two nodes of a segment (a tag, markup, a code span) is one inline code. A line break is a line
 * break to the cleaner; the indentation and block quote markers after it go with it, and the
 * spaces before it are a code, so that Markdown hard breaks are never edited. Whitespace and
 * codes at either end are left out of the segment.
 */
final class SegmentAssembly {
  private final String doc;
  private final long base;
  private final Segment.Escaper escaper;
  private final TextNodeMatcher matcher;
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
    this.matcher = new TextNodeMatcher(doc, markdown);
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
      if (last.kind() == Kind.PLAIN && last.start() < pos && last.end() > pos) {
        atoms.set(atoms.size() - 1, new Atom(Kind.PLAIN, null, last.start(), pos));
      } else if (last.end() > pos || last.kind() == Kind.CODE || last.kind() == Kind.BLANK) {
        atoms.remove(atoms.size() - 1);
        continue;
      }
      break;
    }
    lastEnd = atoms.isEmpty() ? -1 : atoms.get(atoms.size() - 1).end();
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
    int consumed = matcher.match(start, end, decoded, piece);
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
    Segment.Builder b = Segment.builder(idAt.apply(base + list.get(0).start()), escaper);
    int codes = 0;
    for (Atom a : list) {
      switch (a.kind()) {
        case PLAIN -> b.plain(a.text(), base + a.start());
        case TEXT -> b.text(a.text(), base + a.start(), base + a.end());
        default -> b.code(a.text(), Integer.toString(++codes), base + a.start(), base + a.end());
      }
    }
    return b.end(base + list.get(list.size() - 1).end()).build();
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
      atoms.add(new Atom(Kind.CODE, doc.substring(from, to), from, to));
      return;
    }
    int after = doc.charAt(nl) == '\r' && nl + 1 < to && doc.charAt(nl + 1) == '\n' ? nl + 2 : nl + 1;
    if (nl > from) {
      atoms.add(new Atom(isWhitespace(from, nl) ? Kind.BLANK : Kind.CODE, doc.substring(from, nl), from, nl));
    }
    int prefix = after;
    while (prefix < to && (doc.charAt(prefix) == ' ' || doc.charAt(prefix) == '\t' || doc.charAt(prefix) == '>')) {
      prefix++; // indentation and block quote markers of the next line
    }
    lineEnd(nl, after, prefix);
    if (to > prefix) {
      atoms.add(new Atom(Kind.CODE, doc.substring(prefix, to), prefix, to));
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
      atoms.add(new Atom(Kind.PLAIN, "\r", nl, last));
    }
    atoms.add(new Atom(Kind.TEXT, doc.substring(last, after), last, to));
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
      if (a.kind() == Kind.PLAIN) {
        int s = a.start();
        int e = a.end();
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
        a = new Atom(Kind.PLAIN, doc.substring(s, e), s, e);
        words |= !a.text().isBlank();
      } else if (a.kind() == Kind.TEXT) {
        words |= !a.text().isBlank();
      }
      out.add(a);
    }
    return words ? out : null;
  }

  /** Whether {@code a} is left out at an end of the segment: whitespace, or a code. */
  private boolean isEdge(Atom a) {
    return switch (a.kind()) {
      case CODE, BLANK -> true;
      case TEXT -> a.text().isBlank();
      default -> isWhitespace(a.start(), a.end());
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
}
