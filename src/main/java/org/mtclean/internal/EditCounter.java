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
}
