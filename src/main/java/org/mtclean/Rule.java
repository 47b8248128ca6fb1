package org.mtclean;

import java.util.List;

/**
 * A cleanup rule. A rule looks at one paragraph at a time through a {@link RuleContext} and
 * proposes edits there; the cleaner decides whether they are applied (by the rule's
 * {@link #kind()} and the profile), applies them right to left, and hands the new text to the
 * next rule.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every thread.
 * Per-document state, where a rule needs it, lives in {@link RuleContext#state}.
 *
 * <p>Contract for {@link #apply}: propose edits in increasing, non-overlapping order; never add
 * or remove line breaks; never touch a protected span ({@link RuleContext#isProtected}) unless
 * protecting it is the rule's own concern; and reach the fixed point in one pass, so that running
 * the rule on its own output proposes nothing.
 */
public interface Rule {
  /** Stable id, such as {@code punct.cjk}; used to enable or disable the rule. */
  String id();

  /** Whether the rule's edits are applied automatically. */
  RuleKind kind();

  /** One line that says what the rule does. */
  String description();

  /** Whether the rule is on in the default cleaner. */
  default boolean enabledByDefault() {
    return true;
  }

  /** The options this rule reads. */
  default List<Option<?>> options() {
    return List.of();
  }

  /**
   * Which changes made by other rules can give this rule more to do: by default every change.
   * The engine runs a rule again after a change only when the rule's declaration allows it.
   */
  default Wakes wakes() {
    return Wakes.ANY_CHANGE;
  }

  /**
   * Whether the rule keeps state across paragraphs ({@link RuleContext#state}) and how a stream
   * cleaned in batches on several threads carries it: by default it may keep any state, and a
   * stream is cleaned in order on one thread ({@link DocumentMemory#IN_ORDER}).
   */
  default DocumentMemory memory() {
    return DocumentMemory.IN_ORDER;
  }

  /**
   * Whether, with these option values, the rule only reports and never proposes a change that
   * could apply: {@link Cleaner#cleanText} then need not run it. False by default.
   */
  default boolean onlyReports(OptionValues options) {
    return false;
  }

  /** Looks at the paragraph in {@code ctx} and proposes edits. */
  void apply(RuleContext ctx);
}
