package org.mtclean.rules;

import java.util.Locale;
import org.mtclean.CarriedState;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;

/**
 * {@code repeat.title} (report-only): a line among the first {@value #WINDOW} non-blank lines
 * after the document title that repeats the title is reported. The title is the first line of
 * the document with a letter or digit. Lines are compared ignoring case, runs of spaces, and
 * punctuation at either end. Nothing is changed: whether the copy is a page header to delete is the editor's call, and a
 * rule may not remove line breaks.
 *
 * <p>Thread-safe: the title lives in per-document state ({@link RuleContext#state}), which is
 * rolled back when the pipeline runs the rule again on the same paragraph.
 */
public final class RepeatedTitleRule extends AbstractRule {
  /** How many non-blank lines after the title are compared with it. */
  static final int WINDOW = 5;

  /** A first line longer than this (in chars) is not taken for a title. */
  static final int MAX_TITLE = 400;

  // the key is the factory too (no method reference: see ParagraphCache)
  private static final java.util.function.Supplier<Title> KEY = new java.util.function.Supplier<>() {
    @Override
    public Title get() {
      return new Title();
    }
  };

  /** What the rule knows of one document. */
  private static final class Title implements CarriedState {
    String normalized; // null until the first line is seen
    int linesAfter;
    boolean done;
    // the state before the current paragraph: the pipeline may run a rule twice on a paragraph
    long paragraph = -1;
    String normalizedBefore;
    int linesBefore;

    @Override
    public boolean settled() {
      return done; // then only read: apply returns at once for every later paragraph
    }

    void enter(long index) {
      if (index != paragraph) {
        paragraph = index;
        normalizedBefore = normalized;
        linesBefore = linesAfter;
      } else {
        normalized = normalizedBefore;
        linesAfter = linesBefore;
        done = false;
      }
    }
  }

  /** The rule's id: cleaners of single segments or cells leave this rule out, since they have no title. */
  public static final String ID = "repeat.title";

  public RepeatedTitleRule() {
    super(ID, RuleKind.REPORT,
        "report a line near the top that repeats the document title");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.CARRIED;
  }

  @Override
  public void apply(RuleContext ctx) {
    Title title = ctx.state(KEY, KEY);
    if (title.done && title.paragraph != ctx.paragraphIndex()) {
      return;
    }
    title.enter(ctx.paragraphIndex());
    String s = ctx.text();
    int lineStart = 0;
    while (lineStart <= s.length()) {
      int nl = s.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? s.length() : nl;
      if (title.normalized != null && lineEnd - lineStart > 2 * title.normalized.length() + 16) {
        // far too long to be a copy of the title: counted, not normalized
        if (++title.linesAfter > WINDOW) {
          title.done = true;
          return;
        }
      } else if (title.normalized == null && lineEnd - lineStart > MAX_TITLE) {
        title.done = true; // a first line this long is text, not a title
        return;
      } else {
        check(ctx, title, s, lineStart, lineEnd);
        if (title.done) {
          return;
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
  }

  /** Takes the first line as the title, or compares a later line with it. */
  private static void check(RuleContext ctx, Title title, String s, int lineStart, int lineEnd) {
    String line = normalize(s, lineStart, lineEnd);
    if (!line.isEmpty()) {
      if (title.normalized == null) {
        title.normalized = line;
      } else if (++title.linesAfter > WINDOW) {
        title.done = true;
      } else if (line.equals(title.normalized)) {
        int a = lineStart;
        int b = lineEnd;
        while (a < b && Character.isWhitespace(s.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
          b--;
        }
        ctx.report(a, b, null,
            "this line repeats the document title (line 1); a page header copied into the text?");
      }
    }
  }

  /** Lower case, single spaces, no punctuation or spaces at either end. */
  static String normalize(String s, int from, int to) {
    while (from < to && !Character.isLetterOrDigit(s.codePointAt(from))) {
      from += Character.charCount(s.codePointAt(from));
    }
    while (to > from && !Character.isLetterOrDigit(s.codePointBefore(to))) {
      to -= Character.charCount(s.codePointBefore(to));
    }
    StringBuilder b = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
