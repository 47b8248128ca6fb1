package org.mtclean.formats;

import java.util.List;
import org.mtclean.formats.Atom.Kind;

/**
 * Matches the raw chars of a text node against the text the parser decoded from them, so that a
 * char copied as it is, a character reference ({@code &amp;}) and a Markdown backslash escape
 * ({@code \*}) each get their own file range. The decoded text is the parser's, so every named
 * reference the parser knows is read without a table here. A node whose raw text does not match
 * is not cleaned: the parser dropped or changed something that is not guessed at.
 */
final class TextNodeMatcher {
  private final String doc;
  private final boolean markdown;

  /** @param markdown whether backslash escapes are decoded and references need their {@code ;} */
  TextNodeMatcher(String doc, boolean markdown) {
    this.doc = doc;
    this.markdown = markdown;
  }

  /**
   * Adds the atoms of the raw text {@code [start, end)} that decodes to {@code decoded} to
   * {@code piece}; returns the raw end consumed (spaces the parser left out of a node at its end
   * are not), or -1 when the two do not match.
   */
  int match(int start, int end, String decoded, List<Atom> piece) {
    int i = start;
    int j = 0;
    int n = decoded.length();
    while (i < end && j < n) {
      char c = doc.charAt(i);
      if (markdown && c == '\\' && i + 1 < end && isAsciiPunct(doc.charAt(i + 1))
          && decoded.charAt(j) == doc.charAt(i + 1)) {
        piece.add(new Atom(Kind.TEXT, String.valueOf(doc.charAt(i + 1)), i, i + 2));
        i += 2;
        j++;
        continue;
      }
      if (c == '&') {
        int k = entityEnd(i, end);
        if (k > 0 && isDecoded(i, k, decoded.charAt(j))) {
          int m = Character.charCount(decoded.codePointAt(j));
          String value = decoded.substring(j, j + m);
          if (isLayout(value)) {
            piece.add(new Atom(Kind.CODE, doc.substring(i, k), i, k));
          } else {
            piece.add(new Atom(Kind.TEXT, value, i, k));
          }
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
        piece.add(new Atom(Kind.TEXT, String.valueOf(c), i, r)); // the line end with the indentation after it
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
          piece.add(new Atom(Kind.BLANK, doc.substring(i, r), i, r)); // spaces before a line end: kept
        } else {
          addPlain(piece, i, r);
        }
        j += r - i;
        i = r;
        continue;
      }
      addPlain(piece, i, i + 1);
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

  /**
   * Whether a char written as a reference is there for the layout, on purpose: a no-break space,
   * a soft hyphen, a zero-width space or joiner, a direction mark. Such a reference is kept as it
   * is (a code), where the same char typed in would be cleaned.
   */
  private static boolean isLayout(String value) {
    if (value.length() != 1) {
      return false;
    }
    char c = value.charAt(0);
    return c == '\u00A0' || c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || c == '\u2060'
        || c == '\uFEFF';
  }

  private static void addPlain(List<Atom> piece, int from, int to) {
    int last = piece.size() - 1;
    if (last >= 0 && piece.get(last).kind() == Kind.PLAIN && piece.get(last).end() == from) {
      piece.set(last, new Atom(Kind.PLAIN, null, piece.get(last).start(), to));
    } else {
      piece.add(new Atom(Kind.PLAIN, null, from, to));
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

  private static boolean isAsciiPunct(char c) {
    return c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c) && c != 0x7F;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
