package org.mtclean;

/**
 * Receives every edit of a cleaning run, applied or not, in input order per paragraph.
 * Called on the thread that runs the cleaner.
 */
@FunctionalInterface
public interface EditListener {
  void onEdit(Edit edit);

  /** A listener that ignores everything. */
  EditListener NONE = edit -> {};
}
