package org.mtclean;

import java.util.Objects;

/**
 * Which changes made by other rules can give a rule more to do. After a rule changes a paragraph,
 * the engine runs again the rules that ran before it (so that one run reaches the fixed point),
 * except those that declare the kind of change made cannot wake them. A rule that declares
 * nothing is woken by every change ({@link #ANY_CHANGE}). A wrong claim makes a second run change
 * more than the first: claim only what a test checks.
 *
 * <pre>{@code
 * public Wakes wakes() {
 *   return Wakes.ANY_CHANGE.exceptSpacing().exceptCase();
 * }
 * }</pre>
 *
 * <p>Immutable.
 */
public final class Wakes {
  /** Every change wakes the rule: the default. */
  public static final Wakes ANY_CHANGE = new Wakes(true, true, null, true, true, null, true, true);

  private final boolean spacing;
  private final boolean tidySpacing;
  private final String spacingOnlyWith;
  private final boolean caseChanges;
  private final boolean capitalizing;
  private final String onlyWith;
  private final boolean ownChanges;
  private final boolean awayFromLineEnds;

  private Wakes(boolean spacing, boolean tidySpacing, String spacingOnlyWith, boolean caseChanges,
      boolean capitalizing, String onlyWith, boolean ownChanges, boolean awayFromLineEnds) {
    this.spacing = spacing;
    this.tidySpacing = tidySpacing;
    this.spacingOnlyWith = spacingOnlyWith;
    this.caseChanges = caseChanges;
    this.capitalizing = capitalizing;
    this.onlyWith = onlyWith;
    this.ownChanges = ownChanges;
    this.awayFromLineEnds = awayFromLineEnds;
  }

  /**
   * The characters the rule looks for: it has nothing to do in a paragraph that holds none of
   * {@code chars} (as {@link RuleContext#mayContainAny} answers), so the engine neither runs it
   * there nor runs it again after a change that leaves none of them. A rule that declares this
   * is not shown such paragraphs at all, so it should keep no state that counts paragraphs.
   * Any digit stands for all ten.
   */
  public Wakes onlyWith(String chars) {
    Objects.requireNonNull(chars, "chars");
    if (chars.isEmpty()) {
      throw new IllegalArgumentException("onlyWith needs at least one char");
    }
    return new Wakes(spacing, tidySpacing, spacingOnlyWith, caseChanges, capitalizing,
        chars, ownChanges, awayFromLineEnds);
  }

  /** The chars without one of which the rule has nothing to do, or null (see {@link #onlyWith}). */
  public String onlyWith() {
    return onlyWith;
  }

  /**
   * Not woken by a change that only puts in or takes out spaces and tabs.
   */
  public Wakes exceptSpacing() {
    return new Wakes(false, false, null, caseChanges, capitalizing,
        onlyWith, ownChanges, awayFromLineEnds);
  }

  /**
   * Not woken by a change that only puts in or takes out spaces and tabs and leaves, next to each
   * of its edits, neither two spaces or tabs in a row nor whitespace at the start or end of a
   * line: one space put after a comma between two words, a space taken out before a comma. For a
   * rule that looks only for runs of spaces or for whitespace at the ends of lines.
   */
  public Wakes exceptTidySpacing() {
    return new Wakes(spacing, false, spacingOnlyWith, caseChanges, capitalizing,
        onlyWith, ownChanges, awayFromLineEnds);
  }

  /**
   * Whether a change of spacing only that leaves no run of spaces and no whitespace at a line's
   * ends next to its edits may wake the rule (see {@link #exceptTidySpacing()}).
   */
  public boolean byTidySpacing() {
    return spacing && tidySpacing;
  }

  /**
   * Woken by a change that only puts in or takes out spaces and tabs only when the paragraph may
   * hold one of {@code chars} (as {@link RuleContext#mayContainAny} answers).
   */
  public Wakes spacingOnlyWith(String chars) {
    Objects.requireNonNull(chars, "chars");
    return new Wakes(true, tidySpacing, chars, caseChanges, capitalizing,
        onlyWith, ownChanges, awayFromLineEnds);
  }

  /**
   * Not woken by a change that only alters the case of letters (the rule never looks at case);
   * implies {@link #exceptCapitalizing()}.
   */
  public Wakes exceptCase() {
    return new Wakes(spacing, tidySpacing, spacingOnlyWith, false, false,
        onlyWith, ownChanges, awayFromLineEnds);
  }

  /**
   * Not woken by a change that only makes capitals of the first letters of sentences, as
   * {@code case.sentence-start} does.
   */
  public Wakes exceptCapitalizing() {
    return new Wakes(spacing, tidySpacing, spacingOnlyWith, caseChanges, false,
        onlyWith, ownChanges, awayFromLineEnds);
  }

  /**
   * Not run again after its own change: one run of the rule leaves nothing for a second run of
   * it (its edits never make room for more of its own). Other rules' changes still wake it as
   * declared.
   */
  public Wakes exceptOwnChanges() {
    return new Wakes(spacing, tidySpacing, spacingOnlyWith, caseChanges, capitalizing,
        onlyWith, false, awayFromLineEnds);
  }

  /**
   * Not woken by a change that leaves no whitespace at the start or end of a line next to its
   * edits (as the engine finds it after each commit): for a rule that looks only at the ends of
   * lines.
   */
  public Wakes exceptChangesAwayFromLineEnds() {
    return new Wakes(spacing, tidySpacing, spacingOnlyWith, caseChanges, capitalizing, onlyWith,
        ownChanges, false);
  }

  /**
   * Whether a change away from the ends of lines may wake the rule (see {@link
   * #exceptChangesAwayFromLineEnds()}).
   */
  public boolean byChangesAwayFromLineEnds() {
    return awayFromLineEnds;
  }

  /** Whether the rule's own change may give it more work (see {@link #exceptOwnChanges()}). */
  public boolean byOwnChanges() {
    return ownChanges;
  }

  /** Whether a change of spacing only may wake the rule (see {@link #spacingOnlyWith()}). */
  public boolean bySpacing() {
    return spacing;
  }

  /**
   * The chars without one of which a change of spacing only cannot wake the rule, or null when
   * any such change wakes it (or none does: see {@link #bySpacing()}).
   */
  public String spacingOnlyWith() {
    return spacingOnlyWith;
  }

  /** Whether a change of letter case only may wake the rule. */
  public boolean byCaseChanges() {
    return caseChanges;
  }

  /** Whether capitalizing the first letters of sentences only may wake the rule. */
  public boolean byCapitalizing() {
    return capitalizing;
  }

  @Override
  public String toString() {
    return "Wakes[spacing=" + (spacing ? spacingOnlyWith == null ? "yes" : "with " + spacingOnlyWith : "no")
        + (spacing && !tidySpacing ? " (not tidy)" : "")
        + ", case=" + caseChanges + ", capitalizing=" + capitalizing
        + (onlyWith == null ? "" : ", onlyWith=" + onlyWith) + (ownChanges ? "" : ", own=false")
        + (awayFromLineEnds ? "" : ", awayFromLineEnds=false") + "]";
  }
}
