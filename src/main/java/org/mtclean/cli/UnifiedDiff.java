package org.mtclean.cli;

import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff that GNU {@code patch} applies exactly, as {@code diff -u} writes it: lines are
 * cut at LF only, so a CR of CRLF or CR-only line ends stays part of its line, and a last line
 * without a line feed is followed by {@code \ No newline at end of file}. Optional colours (ANSI
 * SGR) for a terminal. Stateless.
 */
final class UnifiedDiff {
  static final int CONTEXT = 3;
  private static final String NO_EOL = "\\ No newline at end of file";

  /** SGR sequences for colour output, or none. */
  record Colors(String header, String hunk, String removed, String added, String reset) {
    static final Colors NONE = new Colors("", "", "", "", "");
    static final Colors ANSI = new Colors("\033[1m", "\033[36m", "\033[31m", "\033[32m", "\033[m");
  }

  private UnifiedDiff() {}

  /**
   * Writes the diff of {@code original} to {@code cleaned} under {@code from} / {@code to}
   * header names (already quoted as needed); nothing when the texts are equal.
   */
  static void write(String from, String to, String original, String cleaned, Writer w, Colors c)
      throws IOException {
    List<String> a = lines(original);
    List<String> b = lines(cleaned);
    List<AbstractDelta<String>> deltas = WindowedDiff.diff(a, b).getDeltas();
    if (deltas.isEmpty()) {
      return;
    }
    w.write(c.header() + "--- " + from + c.reset() + "\n");
    w.write(c.header() + "+++ " + to + c.reset() + "\n");
    int k = 0;
    while (k < deltas.size()) {
      // a hunk: this delta and the next ones whose context would touch or overlap it
      int end = k;
      while (end + 1 < deltas.size()
          && deltas.get(end + 1).getSource().getPosition() - sourceEnd(deltas.get(end)) <= 2 * CONTEXT) {
        end++;
      }
      AbstractDelta<String> first = deltas.get(k);
      AbstractDelta<String> last = deltas.get(end);
      int aStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
      int bStart = first.getTarget().getPosition() - (first.getSource().getPosition() - aStart);
      int aEnd = Math.min(a.size(), sourceEnd(last) + CONTEXT);
      int bEnd = targetEnd(last) + (aEnd - sourceEnd(last));
      w.write(c.hunk() + "@@ -" + range(aStart, aEnd - aStart) + " +" + range(bStart, bEnd - bStart)
          + " @@" + c.reset() + "\n");
      int i = aStart;
      for (int d = k; d <= end; d++) {
        AbstractDelta<String> delta = deltas.get(d);
        for (; i < delta.getSource().getPosition(); i++) {
          line(w, ' ', a.get(i), "", "");
        }
        for (String s : delta.getSource().getLines()) {
          line(w, '-', s, c.removed(), c.reset());
        }
        for (String s : delta.getTarget().getLines()) {
          line(w, '+', s, c.added(), c.reset());
        }
        i = sourceEnd(delta);
      }
      for (; i < aEnd; i++) {
        line(w, ' ', a.get(i), "", "");
      }
      k = end + 1;
    }
  }

  private static int sourceEnd(AbstractDelta<String> d) {
    return d.getSource().getPosition() + d.getSource().size();
  }

  private static int targetEnd(AbstractDelta<String> d) {
    return d.getTarget().getPosition() + d.getTarget().size();
  }

  /** {@code start,count} as diff writes it: 1-based, the line before for an empty range. */
  private static String range(int start, int count) {
    if (count == 1) {
      return String.valueOf(start + 1);
    }
    return (count == 0 ? start : start + 1) + "," + count;
  }

  private static void line(Writer w, char mark, String s, String color, String reset) throws IOException {
    boolean unterminated = s.endsWith("\n"); // the marker that lines() puts on a last line without LF
    w.write(color);
    w.write(mark);
    w.write(s, 0, unterminated ? s.length() - 1 : s.length());
    w.write(reset);
    w.write('\n');
    if (unterminated) {
      w.write(NO_EOL);
      w.write('\n');
    }
  }

  /**
   * The lines of {@code text} cut at LF, without their LF. A last line without one ends in
   * {@code "\n"} instead: no other line holds an LF, so it differs from the same text with a line
   * end, as it must for patch, and marks where {@code \ No newline at end of file} goes.
   */
  static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> l = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      l.remove(l.size() - 1);
    } else {
      l.set(l.size() - 1, l.get(l.size() - 1) + "\n");
    }
    return l;
  }
}
