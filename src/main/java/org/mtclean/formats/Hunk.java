package org.mtclean.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mtclean.Edit;
import org.mtclean.Position;

/** One change of a segment's text: the chars {@code [start, end)} of the input become {@code replacement}. */
record Hunk(int start, int end, String replacement) {

  /**
   * The changes that turn {@code input} into {@code output}, in increasing order and never
   * across an inline code. They are the applied edits when those rebuild the output exactly
   * (the usual case), or else, piece by piece between the codes, the changed middle of each
   * piece. {@code output} holds as many codes as {@code input}.
   */
  static List<Hunk> between(String input, String output, List<Edit> edits) {
    List<Hunk> fromEdits = fromEdits(input, output, edits);
    return fromEdits != null ? fromEdits : byPieces(input, output);
  }

  private static List<Hunk> fromEdits(String input, String output, List<Edit> edits) {
    List<Edit> applied = new ArrayList<>();
    for (Edit e : edits) {
      if (e.applied()) {
        applied.add(e);
      }
    }
    applied.sort(Comparator.comparingLong(e -> e.start().charOffset()));
    List<Hunk> hunks = new ArrayList<>(applied.size());
    StringBuilder rebuilt = new StringBuilder(output.length());
    int at = 0;
    for (Edit e : applied) {
      int s = (int) e.start().charOffset();
      int t = (int) e.end().charOffset();
      String r = e.replacement();
      if (s < at || t < s || t > input.length() || r == null || r.indexOf(Segment.CODE) >= 0
          || input.substring(s, t).indexOf(Segment.CODE) >= 0
          || !input.regionMatches(s, e.original(), 0, e.original().length())
          || e.original().length() != t - s) {
        return null;
      }
      rebuilt.append(input, at, s).append(r);
      hunks.add(new Hunk(s, t, r));
      at = t;
    }
    rebuilt.append(input, at, input.length());
    return rebuilt.toString().equals(output) ? hunks : null;
  }

  private static List<Hunk> byPieces(String input, String output) {
    List<Hunk> hunks = new ArrayList<>();
    int i = 0;
    int o = 0;
    while (i <= input.length()) {
      int iEnd = indexOrEnd(input, i);
      int oEnd = indexOrEnd(output, o);
      int p = 0;
      int max = Math.min(iEnd - i, oEnd - o);
      while (p < max && input.charAt(i + p) == output.charAt(o + p)) {
        p++;
      }
      int q = 0;
      while (q < max - p && input.charAt(iEnd - 1 - q) == output.charAt(oEnd - 1 - q)) {
        q++;
      }
      if (iEnd - i != oEnd - o || p < iEnd - i) {
        // keep a surrogate pair whole
        if (p > 0 && Character.isHighSurrogate(input.charAt(i + p - 1))) {
          p--;
        }
        if (q > 0 && Character.isLowSurrogate(input.charAt(iEnd - q))) {
          q--;
        }
        hunks.add(new Hunk(i + p, iEnd - q, output.substring(o + p, oEnd - q)));
      }
      i = iEnd + 1;
      o = oEnd + 1;
    }
    return hunks;
  }

  private static int indexOrEnd(String s, int from) {
    int k = s.indexOf(Segment.CODE, from);
    return k < 0 ? s.length() : k;
  }

  /** {@code finding}, whose positions are offsets into the output of {@code hunks}, placed at the input offsets. */
  static Edit toInput(Edit finding, List<Hunk> hunks) {
    int start = toInput((int) finding.start().charOffset(), hunks, false);
    int end = Math.max(start, toInput((int) finding.end().charOffset(), hunks, true));
    return finding.placed(new Position(start, start, 1, start + 1), new Position(end, end, 1, end + 1),
        finding.unit(), false);
  }

  /** The input offset of output offset {@code at}; inside a replacement, its start or (for an end) its end. */
  private static int toInput(int at, List<Hunk> hunks, boolean isEnd) {
    int delta = 0; // output offset minus input offset, before the next hunk
    for (Hunk h : hunks) {
      int outStart = h.start + delta;
      int outEnd = outStart + h.replacement.length();
      if (at < outStart || (at == outStart && !isEnd)) {
        return at - delta;
      }
      if (at <= outEnd) {
        return at == outStart ? h.start : at == outEnd || isEnd ? h.end : h.start;
      }
      delta += h.replacement.length() - (h.end - h.start);
    }
    return at - delta;
  }
}
