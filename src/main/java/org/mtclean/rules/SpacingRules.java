package org.mtclean.rules;

import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.BlankLineRule;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;

/** Spacing inside lines: indentation, runs, trailing space, and blank-line runs. */
public final class SpacingRules {
  private SpacingRules() {}

  /** {@code space.indent}: indentation at the start of a line is removed. */
  public static final class Indent extends AbstractRule {
    public Indent() {
      super("space.indent", RuleKind.SAFE,
          "remove indentation (spaces, tabs, U+3000, NBSP) at the start of a line");
    }

    // it never looks at the case of letters, and looks only at the ends of lines
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCase().exceptOwnChanges().exceptTidySpacing()
          .exceptChangesAwayFromLineEnds();
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      indent(ctx, s, n, 0);
      if (!ctx.mayContain('\n')) {
        return; // one line: most paragraphs
      }
      int[] marks = Raw.marks(ctx);
      for (int k = 0, i; (i = marks[k]) < n; k++) {
        if (s[i] == '\n') {
          indent(ctx, s, n, i + 1);
        }
      }
    }

    private static void indent(RuleContext ctx, char[] s, int n, int lineStart) {
      int i = lineStart;
      while (i < n && (Chars.isInlineSpace(s[i]) || s[i] == 0xFEFF || s[i] == 0x200B || s[i] == 0x2060)) {
        i++;
      }
      if (i > lineStart) {
        ctx.replace(lineStart, i, "", "removed indentation");
      }
    }
  }

  /** {@code space.trailing}: whitespace at the end of a line is removed. */
  public static final class Trailing extends AbstractRule implements BlankLineRule {
    public Trailing() {
      super("space.trailing", RuleKind.SAFE, "remove whitespace at the end of a line");
    }

    private static final Decision EMPTY =
        new Decision(Action.EMPTY_LINE, true, "removed whitespace from a blank line");
    private static final Decision KEEP = new Decision(Action.EMPTY_LINE, false,
        "whitespace on a blank line kept: removing it would join the CR ending the line before"
            + " and this line's LF into one line end");

    // whitespace-only lines lie between paragraphs
    @Override
    public Decision onBlankLine(int chars, int run, boolean joinsLineEnds) {
      return chars == 0 ? null : joinsLineEnds ? KEEP : EMPTY;
    }

    @Override
    public boolean runsOnParagraphs() {
      return true;
    }

    // it never looks at the case of letters, and looks only at the ends of lines
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCase().exceptOwnChanges().exceptTidySpacing()
          .exceptChangesAwayFromLineEnds();
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      if (ctx.mayContain('\n')) { // most paragraphs are one line
        int[] marks = Raw.marks(ctx);
        for (int k = 0, i; (i = marks[k]) < n; k++) {
          if (s[i] == '\n') {
            trailing(ctx, s, i);
          }
        }
      }
      trailing(ctx, s, n);
    }

    private static void trailing(RuleContext ctx, char[] s, int end) {
      int i = end;
      while (i > 0 && s[i - 1] != '\n' && Chars.isInlineSpace(s[i - 1])) {
        i--;
      }
      if (i < end) {
        ctx.replace(i, end, "", "removed trailing whitespace");
      }
    }
  }

  /** {@code space.runs}: a run of spaces and tabs inside a line becomes one space. */
  public static final class Runs extends AbstractRule {
    public Runs() {
      super("space.runs", RuleKind.SAFE, "a run of spaces and tabs inside a line becomes one space");
    }

    // it never looks at the case of letters, and a tidy change of spacing makes no run of spaces
    // and no whitespace at a line's ends
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCase().exceptOwnChanges().exceptTidySpacing();
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      int[] marks = Raw.marks(ctx);
      for (int k = 0, start; (start = marks[k]) < n; k++) {
        char c = s[start];
        if ((c != ' ' && c != '\t') || (start > 0 && (s[start - 1] == ' ' || s[start - 1] == '\t'))) {
          continue;
        }
        int i = start + 1;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) {
          i++;
        }
        boolean lineStart = start == 0 || s[start - 1] == '\n';
        boolean lineEnd = i == n || s[i] == '\n';
        if (lineStart || lineEnd || (i - start == 1 && c == ' ')) {
          continue;
        }
        if (ctx.isProtected(start)) {
          continue;
        }
        ctx.replace(start, i, " ", i - start == 1 ? "tab to space" : "collapsed a run of spaces");
      }
    }
  }

  /**
   * {@code space.blank-lines}: two or more blank lines in a row become one. It decides on the
   * blank lines, which lie between paragraphs; the document engine carries that out.
   */
  public static final class BlankLines extends AbstractRule implements BlankLineRule {
    public BlankLines() {
      super("space.blank-lines", RuleKind.SAFE,
          "two or more blank lines in a row become one blank line");
    }

    private static final Decision REMOVE =
        new Decision(Action.REMOVE_LINE, true, "removed a repeated blank line");

    @Override
    public Decision onBlankLine(int chars, int run, boolean joinsLineEnds) {
      return run > 1 ? REMOVE : null;
    }

    @Override
    public boolean runsOnParagraphs() {
      return false;
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      // a paragraph holds no blank line
    }
  }
}
