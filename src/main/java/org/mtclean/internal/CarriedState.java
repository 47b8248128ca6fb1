package org.mtclean.internal;

/**
 * Per-document state of a built-in rule (kept with {@link org.mtclean.RuleContext#state}) that
 * tells the engine whether batches of later paragraphs may be cleaned in parallel. A state that
 * does not implement this keeps a stream cleaning one batch after another. A rule that keeps
 * such state makes it on the first paragraph it sees. Not API.
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
