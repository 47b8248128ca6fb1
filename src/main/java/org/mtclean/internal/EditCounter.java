package org.mtclean.internal;

import org.mtclean.EditListener;

/**
 * A listener that only counts edits by rule. The engine tells it the rule and whether the edit was
 * applied, and skips working out positions and making {@link org.mtclean.Edit} objects; edits
 * the engine makes itself (blank lines) still arrive through {@link #onEdit}. Not API.
 */
public interface EditCounter extends EditListener {
  /** One edit of rule {@code ruleId}, applied or only reported. */
  void count(String ruleId, boolean applied);

  /** {@code times} edits of rule {@code ruleId}, all applied or all only reported. */
  default void count(String ruleId, boolean applied, long times) {
    for (long k = 0; k < times; k++) {
      count(ruleId, applied);
    }
  }
}
