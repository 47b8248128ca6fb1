package org.mtclean.formats;

/**
 * Markup that the parsers do not know but pages often hold, found inside a text node so that it
 * is kept as an inline code: template tags ({@code {{ x }}}, {@code {{< shortcode >}}},
 * {@code {% tag %}}) and, in Markdown, math ({@code $x$}, {@code $$x$$}, read the way GitHub
 * reads it: the opening {@code $} is not followed by a space, the closing one not preceded by a
 * space nor followed by a digit, so that {@code $5 and $10} is no math).
 */
final class TemplateSpans {
  private TemplateSpans() {}

  /** Whether a paragraph starting at {@code at} is a math block ({@code $$} on its first line). */
  static boolean isMathBlock(String body, int at) {
    return body.startsWith("$$", at);
  }

  /**
   * Adds the text node {@code [from, to)} with decoded text {@code literal} to {@code assembly}
   * in parts, so that each template tag or math span in it lies between two parts: a code. Only
   * a node without escapes and references is searched for such spans.
   */
  static void addText(SegmentAssembly assembly, String body, int from, int to, String literal,
      boolean math) {
    if (literal.length() > to - from || !body.startsWith(literal, from)) {
      assembly.text(from, to, literal); // escapes or references in it: read as it is
      return;
    }
    int end = from + literal.length(); // the decoded text is the raw text, less spaces at the end
    Closers closers = new Closers(body, end);
    int r = from;
    for (int k = from; k < end; k++) {
      int e = spanEnd(body, k, from, end, closers, math);
      if (e < 0) {
        continue;
      }
      if (k > r) {
        assembly.text(r, k, body.substring(r, k));
      }
      r = e;
      k = e - 1;
    }
    if (to > r && r >= assembly.end()) {
      assembly.text(r, to, body.substring(r, end));
    }
  }

  /** The end of a template tag or math span starting at {@code k}, or -1. */
  private static int spanEnd(String s, int k, int from, int to, Closers closers, boolean math) {
    char c = s.charAt(k);
    if (c == '{' && k + 1 < to && (s.charAt(k + 1) == '{' || s.charAt(k + 1) == '%')) {
      int close = closers.find(s.charAt(k + 1) == '{' ? 0 : 1, k + 2);
      return close < 0 ? -1 : close + 2;
    }
    if (!math || c != '$' || (k > from && (Character.isLetterOrDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '\\'))) {
      return -1;
    }
    if (k + 1 < to && s.charAt(k + 1) == '$') {
      int close = closers.find(2, k + 2);
      return close < 0 ? -1 : close + 2;
    }
    if (k + 1 >= to || Character.isWhitespace(s.charAt(k + 1))) {
      return -1;
    }
    int close = closers.find(3, k + 2);
    return close < 0 ? -1 : close + 1;
  }

  /**
   * The first closer of each kind at or after a place: {@code }}}, {@code %}}, {@code $$}, and a
   * {@code $} that can close math. Asked for places that only grow, each kind is searched for
   * once over the text: the scan stays linear however many openers there are.
   */
  private static final class Closers {
    private static final String[] MARKS = {"}}", "%}", "$$"};
    private final String s;
    private final int to;
    private final int[] found = {-1, -1, -1, -1}; // the last closer found of each kind
    private final int[] searchedFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};

    Closers(String s, int to) {
      this.s = s;
      this.to = to;
    }

    int find(int kind, int at) {
      if (found[kind] >= at) {
        return found[kind];
      }
      if (found[kind] < 0 && searchedFrom[kind] <= at) {
        return -1; // none after an earlier place, so none after this one
      }
      searchedFrom[kind] = at;
      found[kind] = kind < 3 ? indexOf(MARKS[kind], at) : dollar(at);
      return found[kind];
    }

    private int indexOf(String mark, int at) {
      for (int i = at; i + 1 < to; i++) {
        if (s.charAt(i) == mark.charAt(0) && s.charAt(i + 1) == mark.charAt(1)) {
          return i;
        }
      }
      return -1;
    }

    private int dollar(int at) {
      for (int j = at; j < to; j++) {
        if (s.charAt(j) == '$' && !Character.isWhitespace(s.charAt(j - 1)) && s.charAt(j - 1) != '\\'
            && (j + 1 == to || !Character.isDigit(s.charAt(j + 1)))) {
          return j;
        }
      }
      return -1;
    }
  }
}
