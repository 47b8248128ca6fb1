package org.mtclean.internal;

/**
 * A built-in rule that the document engine carries out on blank lines, which lie between
 * paragraphs, under the rule's id and kind. Not API.
 */
public interface BlankLineRule {
  /** What the engine does for the rule. */
  enum Role {
    /** Removes the blank lines after the first of a run; the rule does not run on paragraphs. */
    COLLAPSE_RUNS,
    /** Empties lines that hold only whitespace; the rule also runs on paragraphs. */
    EMPTY_WHITESPACE_LINES
  }

  Role blankLineRole();
}
