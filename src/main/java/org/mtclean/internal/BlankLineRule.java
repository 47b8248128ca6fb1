package org.mtclean.internal;

import org.mtclean.Rule;

/**
 * A built-in rule that also decides what becomes of blank lines (empty, or whitespace and
 * invisible chars only), which lie between paragraphs and so never reach the paragraph rules. The
 * document engine describes each blank line; the rule answers what to do with it and why; the
 * engine reports that as the rule's edit (applied when the profile applies the rule's kind and the
 * rule allows it) and writes the line accordingly. Not API.
 */
public interface BlankLineRule extends Rule {
  /** What a rule does with a blank line. */
  enum Action {
    /** Remove the line with its terminator. */
    REMOVE_LINE,
    /** Remove the line's chars, keeping its terminator. */
    EMPTY_LINE
  }

  /**
   * A rule's answer for one blank line.
   *
   * @param allowed whether the action may be carried out; when not, it is reported, not applied
   */
  record Decision(Action action, boolean allowed, String message) {}

  /**
   * What the rule does with a blank line, or null when it leaves it alone. Under line by line no
   * line is removed, and a {@link Action#REMOVE_LINE} answer is not reported.
   *
   * @param chars the chars of the line before its terminator
   * @param run the line's place in a run of blank lines, from 1
   * @param joinsLineEnds whether the output so far ends with a CR and the line's terminator starts
   *     with a LF, so that emptying the line would make one CRLF of two line ends
   */
  Decision onBlankLine(int chars, int run, boolean joinsLineEnds);

  /** Whether the rule also runs on paragraphs, as any rule does. */
  boolean runsOnParagraphs();
}
