package org.mtclean;

/**
 * Per-document state of a rule that declares {@link DocumentMemory#CARRIED} (kept with
 * {@link RuleContext#state}): it tells the engine whether batches of later paragraphs may be
 * cleaned in parallel. A rule that keeps such state makes it on the first paragraph it sees.
 */
public interface CarriedState {
  /**
   * Whether later paragraphs will only read this state, so that batches cleaned in parallel can
   * share it (it must then be safe to read from several threads).
   */
  boolean settled();

  /** Whether this state is only a cache, which a later batch may start afresh without it. */
  default boolean cache() {
    return false;
  }
}
