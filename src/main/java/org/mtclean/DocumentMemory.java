package org.mtclean;

/**
 * Whether a rule keeps state across the paragraphs of a document ({@link RuleContext#state}), and
 * so how a stream may be cleaned in batches on several threads
 * ({@link Cleaner#clean(java.io.Reader, java.io.Writer, EditListener, java.util.concurrent.Executor, int)}).
 */
public enum DocumentMemory {
  /** The rule looks at each paragraph on its own and never calls {@link RuleContext#state}. */
  NONE,
  /**
   * The rule keeps state whose every value implements {@link CarriedState}: batches are cleaned
   * one after another, carrying the state, until every such state is {@link CarriedState#settled
   * settled} or only a cache; then in parallel, sharing it.
   */
  CARRIED,
  /**
   * The rule may keep any state: a stream is cleaned paragraph after paragraph on the calling
   * thread. The default, for a rule that declares nothing.
   */
  IN_ORDER
}
