package org.mtclean.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mtclean.Edit;

/**
 * One file's part of the review page: its changed lines as a word-level diff (from
 * java-diff-utils, so that chained edits show as the text really changed), each change linked to
 * the edits at its place; report-only findings marked in their lines; unchanged lines folded.
 * Rendered as soon as the file is done, so that the page keeps only HTML, not texts.
 */
final class ReviewFile {
  /** Lines of unchanged text shown inside a fold; a longer run is only counted. */
  static final int FOLD_LINES = 40;

  /** Per rule: its kind, edits applied, findings not applied, and a few examples. */
  static final class RuleStat {
    final String kind;
    int applied;
    int proposed;
    final List<String[]> examples = new ArrayList<>(); // file, line, original, replacement

    RuleStat(String kind) {
      this.kind = kind;
    }
  }

  final int index;
  final String name;
  final String status;
  final String html;
  final Map<String, RuleStat> stats;

  private ReviewFile(int index, String name, String status, String html,
      Map<String, RuleStat> stats) {
    this.index = index;
    this.name = name;
    this.status = status;
    this.html = html;
    this.stats = stats;
  }

  /** A file that has no text to show (failed, skipped, or too large), with the reason. */
  static ReviewFile withoutText(int index, String name, String status, String note,
      List<Edit> edits) {
    Map<String, RuleStat> stats = stats(name, edits);
    Html h = new Html();
    h.open("section", "class", "file", "id", "f" + index, "data-file", Integer.toString(index));
    heading(h, name, status, edits.size());
    h.element("p", note, "class", "note");
    h.close("section");
    return new ReviewFile(index, name, status, h.toString(), stats);
  }

  /** Renders {@code input} cleaned to {@code output}, with the edits of that run. */
  static ReviewFile of(int index, String name, String status, String input, String output,
      List<Edit> edits) {
    List<String> a = lines(input);
    List<String> b = lines(output);
    // findings that are not applied, and applied edits, by input line
    TreeMap<Integer, List<Edit>> findings = new TreeMap<>();
    Map<Integer, List<Edit>> appliedByLine = new TreeMap<>();
    for (Edit e : edits) {
      int line = (int) e.start().line() - 1;
      (e.applied() ? appliedByLine : findings).computeIfAbsent(line, k -> new ArrayList<>()).add(e);
    }
    Html h = new Html();
    h.open("section", "class", "file", "id", "f" + index, "data-file", Integer.toString(index));
    heading(h, name, status, edits.size());
    List<int[]> pa = paragraphs(a);
    List<int[]> pb = paragraphs(b);
    int shown = 0; // next input line not yet shown
    if (pa.size() == pb.size()) {
      // cleaning keeps paragraphs: pair them in order and diff each pair by words
      int endA = 0;
      int endB = 0;
      for (int k = 0; k < pa.size(); k++) {
        int[] x = pa.get(k);
        int[] y = pb.get(k);
        if (x[0] - endA != y[0] - endB) {
          shown = findings(h, a, findings, shown, endA);
          fold(h, a, shown, endA);
          blankBlock(h, endA, x[0] - endA, y[0] - endB, between(appliedByLine, endA, x[0]));
          shown = x[0];
        }
        List<String> oldLines = a.subList(x[0], x[1]);
        List<String> newLines = b.subList(y[0], y[1]);
        if (!oldLines.equals(newLines)) {
          shown = findings(h, a, findings, shown, x[0]);
          fold(h, a, shown, x[0]);
          changeBlock(h, a, x[0], oldLines, newLines, between(appliedByLine, x[0], x[1]),
              between(findings, x[0], x[1]));
          shown = x[1];
        }
        endA = x[1];
        endB = y[1];
      }
    } else {
      for (AbstractDelta<String> delta : WindowedDiff.diff(a, b).getDeltas()) {
        int from = delta.getSource().getPosition();
        int to = from + delta.getSource().size();
        shown = findings(h, a, findings, shown, from);
        fold(h, a, shown, from);
        changeBlock(h, a, from, delta.getSource().getLines(), delta.getTarget().getLines(),
            between(appliedByLine, from, Math.max(to, from + 1)),
            between(findings, from, Math.max(to, from + 1)));
        shown = Math.max(shown, to);
      }
    }
    shown = findings(h, a, findings, shown, a.size());
    fold(h, a, shown, a.size());
    h.close("section");
    return new ReviewFile(index, name, status, h.toString(), stats(name, edits));
  }

  /** Shows the findings on unchanged lines before {@code to}; returns the next line to show. */
  private static int findings(Html h, List<String> a, TreeMap<Integer, List<Edit>> findings,
      int shown, int to) {
    for (Integer line = findings.ceilingKey(shown); line != null && line < to;
        line = findings.ceilingKey(shown)) {
      fold(h, a, shown, line);
      findingBlock(h, line < a.size() ? a.get(line) : "", line, findings.remove(line));
      shown = line + 1;
    }
    return shown;
  }

  /** Removes and returns the edits on lines [from, to). */
  private static List<Edit> between(Map<Integer, List<Edit>> byLine, int from, int to) {
    List<Edit> out = new ArrayList<>();
    for (int line = from; line < to; line++) {
      List<Edit> x = byLine.remove(line);
      if (x != null) {
        out.addAll(x);
      }
    }
    return out;
  }

  /** Paragraphs as [first line, end line): runs of lines that are not blank. */
  private static List<int[]> paragraphs(List<String> lines) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      while (i < lines.size() && lines.get(i).isBlank()) {
        i++;
      }
      int start = i;
      while (i < lines.size() && !lines.get(i).isBlank()) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }

  /** A run of blank lines that cleaning made shorter (or longer). */
  private static void blankBlock(Html h, int line, int before, int after, List<Edit> edits) {
    h.open("div", "class", "blk change", "data-rules", ruleIds(edits), "data-kinds", "safe");
    lineStart(h, line);
    int removed = before - after;
    String text = removed > 0
        ? removed + (removed == 1 ? " blank line removed" : " blank lines removed")
        : -removed + (removed == -1 ? " blank line added" : " blank lines added");
    h.open(removed > 0 ? "del" : "ins", "class", "chg", "tabindex", "0", "title", describe(edits),
        "data-rules", ruleIds(edits)).text(text).close(removed > 0 ? "del" : "ins");
    h.close("div").close("div");
  }

  private static void heading(Html h, String name, String status, int edits) {
    h.open("h2").element("span", name, "class", "fname")
        .element("span", status, "class", "status " + status)
        .element("span", edits + (edits == 1 ? " edit" : " edits"), "class", "count")
        .close("h2");
  }

  private static void fold(Html h, List<String> a, int from, int to) {
    if (to <= from) {
      return;
    }
    int n = to - from;
    h.open("details", "class", "fold").open("summary")
        .text(n + (n == 1 ? " unchanged line" : " unchanged lines")).close("summary");
    if (n <= FOLD_LINES) {
      h.open("div", "class", "lines");
      for (int i = from; i < to; i++) {
        lineStart(h, i);
        h.text(a.get(i)).close("div");
      }
      h.close("div");
    }
    h.close("details");
  }

  private static void lineStart(Html h, int line) {
    h.open("div", "class", "ln", "data-ln", Integer.toString(line + 1));
  }

  private static void changeBlock(Html h, List<String> a, int from, List<String> oldLines,
      List<String> newLines, List<Edit> applied, List<Edit> notApplied) {
    Set<String> rules = new LinkedHashSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (Edit e : applied) {
      rules.add(e.ruleId());
      kinds.add(e.kind().label());
    }
    for (Edit e : notApplied) {
      rules.add(e.ruleId());
      kinds.add(e.kind().label());
    }
    h.open("div", "class", "blk change", "data-rules", String.join(" ", rules),
        "data-kinds", String.join(" ", kinds));
    List<String> oldTokens = WordTokens.split(String.join("\n", oldLines));
    List<String> newTokens = WordTokens.split(String.join("\n", newLines));
    // old-side position of every token: line and char column, to find the edits of a change
    int[] tokLine = new int[oldTokens.size() + 1];
    int[] tokCol = new int[oldTokens.size() + 1];
    int line = from;
    int col = 0;
    for (int i = 0; i < oldTokens.size(); i++) {
      tokLine[i] = line;
      tokCol[i] = col;
      String t = oldTokens.get(i);
      if (t.equals("\n")) {
        line++;
        col = 0;
      } else {
        col += t.length();
      }
    }
    tokLine[oldTokens.size()] = line;
    tokCol[oldTokens.size()] = col;
    lineStart(h, from);
    int curLine = from;
    int i = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
      int s = d.getSource().getPosition();
      curLine = same(h, oldTokens, tokLine, i, s, curLine);
      int e = s + d.getSource().size();
      List<Edit> cause = editsAt(a, applied, tokLine[s], tokCol[s], tokLine[e], tokCol[e]);
      String title = describe(cause);
      String causeRules = ruleIds(cause);
      if (d.getSource().size() > 0) {
        h.open("del", "class", "chg", "tabindex", "0", "title", title, "data-rules", causeRules)
            .text(visible(String.join("", d.getSource().getLines()))).close("del");
      }
      if (d.getTarget().size() > 0) {
        h.open("ins", "class", "chg", "tabindex", "0", "title", title, "data-rules", causeRules)
            .text(visible(String.join("", d.getTarget().getLines()))).close("ins");
      }
      for (int k = s; k < e; k++) {
        if (oldTokens.get(k).equals("\n")) {
          curLine++;
        }
      }
      i = e;
    }
    same(h, oldTokens, tokLine, i, oldTokens.size(), curLine);
    h.close("div");
    for (Edit e : notApplied) {
      finding(h, e);
    }
    h.close("div");
  }

  /** Writes unchanged tokens [from, to), starting a new numbered line at each break. */
  private static int same(Html h, List<String> tokens, int[] tokLine, int from, int to, int line) {
    for (int k = from; k < to; k++) {
      String t = tokens.get(k);
      if (t.equals("\n")) {
        h.close("div");
        lineStart(h, ++line);
      } else {
        h.text(t);
      }
    }
    return line;
  }

  /** Deleted or inserted whitespace is shown, not left invisible. */
  private static String visible(String s) {
    return s.isBlank() ? s.replace(' ', '\u2423').replace("\n", "\u21B5") : s.replace("\n", "\u21B5");
  }

  /** The applied edits whose input range meets [(l1,c1), (l2,c2)]. */
  private static List<Edit> editsAt(List<String> a, List<Edit> applied, int l1, int c1, int l2,
      int c2) {
    List<Edit> out = new ArrayList<>();
    for (Edit e : applied) {
      int el1 = (int) e.start().line() - 1;
      int el2 = (int) e.end().line() - 1;
      int ec1 = charColumn(a, el1, e.start().column());
      int ec2 = charColumn(a, el2, e.end().column());
      boolean startsBeforeEnd = el1 < l2 || (el1 == l2 && ec1 <= c2);
      boolean endsAfterStart = el2 > l1 || (el2 == l1 && ec2 >= c1);
      if (startsBeforeEnd && endsAfterStart) {
        out.add(e);
      }
    }
    return out;
  }

  /** A 1-based code-point column as a 0-based char index into input line {@code line}. */
  private static int charColumn(List<String> a, int line, long column) {
    if (line < 0 || line >= a.size()) {
      return 0;
    }
    String s = a.get(line);
    int cps = (int) Math.max(0, column - 1);
    int cpCount = s.codePointCount(0, s.length());
    return cps >= cpCount ? s.length() : s.offsetByCodePoints(0, cps);
  }

  private static void findingBlock(Html h, String text, int line, List<Edit> findings) {
    Set<String> rules = new LinkedHashSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (Edit e : findings) {
      rules.add(e.ruleId());
      kinds.add(e.kind().label());
    }
    h.open("div", "class", "blk finding", "data-rules", String.join(" ", rules),
        "data-kinds", String.join(" ", kinds));
    lineStart(h, line);
    Edit first = findings.get(0);
    int start = (int) first.start().line() - 1 == line ? charIndex(text, first.start().column()) : 0;
    int end = (int) first.end().line() - 1 == line ? charIndex(text, first.end().column()) : text.length();
    end = Math.max(start, end);
    h.text(text.substring(0, start))
        .open("mark", "class", "chg", "tabindex", "0", "title", describe(findings),
            "data-rules", ruleIds(findings))
        .text(start == end ? "\u2038" : text.substring(start, end)).close("mark")
        .text(text.substring(end)).close("div");
    for (Edit e : findings) {
      finding(h, e);
    }
    h.close("div");
  }

  private static int charIndex(String s, long column) {
    int cps = (int) Math.max(0, column - 1);
    return cps >= s.codePointCount(0, s.length()) ? s.length() : s.offsetByCodePoints(0, cps);
  }

  private static void finding(Html h, Edit e) {
    h.open("div", "class", "fnd " + e.kind().label(), "data-rules", e.ruleId())
        .element("span", e.start().line() + ":" + e.start().column(), "class", "pos")
        .element("span", e.ruleId(), "class", "rule")
        .element("span", e.kind().label(), "class", "kind")
        .element("q", e.original());
    if (e.replacement() != null) {
      h.text(" \u2192 ").element("q", e.replacement());
    }
    h.text(" ").element("span", e.message(), "class", "msg").close("div");
  }

  private static String describe(List<Edit> edits) {
    StringBuilder b = new StringBuilder();
    for (Edit e : edits) {
      if (b.length() > 0) {
        b.append("\n");
      }
      b.append(e.ruleId()).append(" (").append(e.applied() ? "applied" : e.kind().label())
          .append("): ").append(e.message());
    }
    return b.length() == 0 ? "changed with the lines around it" : b.toString();
  }

  private static String ruleIds(List<Edit> edits) {
    Set<String> ids = new LinkedHashSet<>();
    for (Edit e : edits) {
      ids.add(e.ruleId());
    }
    return String.join(" ", ids);
  }

  private static Map<String, RuleStat> stats(String file, List<Edit> edits) {
    Map<String, RuleStat> stats = new TreeMap<>();
    for (Edit e : edits) {
      RuleStat s = stats.computeIfAbsent(e.ruleId(), k -> new RuleStat(e.kind().label()));
      if (e.applied()) {
        s.applied++;
      } else {
        s.proposed++;
      }
      if (s.examples.size() < ReviewPage.EXAMPLES) {
        s.examples.add(new String[] {file, Long.toString(e.start().line()), e.original(),
            e.replacement()});
      }
    }
    return stats;
  }

  /** The lines of {@code text}, without the empty string after a final line break. */
  static List<String> lines(String text) {
    List<String> l = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (text.endsWith("\n")) {
      l.remove(l.size() - 1);
    }
    l.replaceAll(x -> x.endsWith("\r") ? x.substring(0, x.length() - 1) : x); // CRLF shown as lines
    return l;
  }

  /** Word tokens for the word-level diff: runs of letters and digits, runs of spaces, marks. */
  static final class WordTokens {
    private WordTokens() {}

    static List<String> split(String s) {
      List<String> out = new ArrayList<>();
      int i = 0;
      while (i < s.length()) {
        int start = i;
        int cp = s.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          while (i < s.length() && Character.isLetterOrDigit(s.codePointAt(i))
              && !isHan(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
          }
          if (i == start) {
            i += Character.charCount(cp); // one Han char a token: Chinese has no spaces
          }
        } else if (cp == ' ' || cp == '\t') {
          while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
          }
        } else {
          i += Character.charCount(cp);
        }
        out.add(s.substring(start, i));
      }
      return out;
    }

    private static boolean isHan(int cp) {
      return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
  }
}
