package org.mtclean.cli;

import java.util.List;
import java.util.Set;
import org.mtclean.Cleaner;
import org.mtclean.bitext.BitextChecks;
import org.mtclean.formats.FormatCleaner;

/**
 * The format cleaner of a run, made when the first file in a localization format comes: most
 * runs clean plain text only, and making one builds a second cleaner. Thread-safe; the workers
 * share one.
 */
final class LazyFormatCleaner {
  private final Cleaner cleaner;
  private final Set<String> bitextOff;
  private final boolean findingsShown;
  private volatile FormatCleaner made;

  /**
   * @param bitextOff the bilingual checks turned off
   * @param findingsShown whether the bilingual checks run (they only report)
   */
  LazyFormatCleaner(Cleaner cleaner, Set<String> bitextOff, boolean findingsShown) {
    this.cleaner = cleaner;
    this.bitextOff = Set.copyOf(bitextOff);
    this.findingsShown = findingsShown;
  }

  FormatCleaner get() {
    FormatCleaner f = made;
    if (f == null) {
      synchronized (this) {
        f = made;
        if (f == null) {
          List<FormatCleaner.SegmentCheck> checks =
              findingsShown ? List.of(BitextChecks.without(bitextOff)) : List.of();
          made = f = new FormatCleaner(cleaner, checks);
        }
      }
    }
    return f;
  }
}
