package org.mtclean;

/**
 * The one-line entry points for the common case. Thread-safe.
 *
 * <pre>{@code
 * String clean = MtClean.clean("Four month Twenty-four，the group met。");
 * }</pre>
 *
 * <p>For rule selection, options and the list of edits, build a {@link Cleaner}.
 */
public final class MtClean {
  private MtClean() {}

  /** Cleans {@code text} with the default rules and returns the cleaned text. */
  public static String clean(String text) {
    return Cleaner.defaults().cleanText(text);
  }

  /** Cleans {@code text} with the default rules and returns the text with every edit. */
  public static CleanResult cleanWithEdits(String text) {
    return Cleaner.defaults().clean(text);
  }

  /** A builder for a cleaner with other rules or options. */
  public static Cleaner.Builder builder() {
    return Cleaner.builder();
  }
}
