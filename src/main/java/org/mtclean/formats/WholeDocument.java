package org.mtclean.formats;

import java.io.IOException;

/**
 * Support for the formats whose parser needs the whole document (Markdown, HTML): reading it,
 * checking that the optional parser library is there, and numbering lines.
 */
final class WholeDocument {
  private WholeDocument() {}

  /**
   * The whole text of {@code raw}, which must have nothing written yet. Such a document is
   * held in memory at once, so these formats are for pages, not for files of many megabytes.
   */
  static String read(RawText raw) throws IOException {
    if (raw.atEnd(0)) {
      return "";
    }
    long low = 0; // not at the end
    long high = 1 << 16;
    while (!raw.atEnd(high)) {
      low = high;
      high *= 2;
    }
    while (high - low > 1) { // the length is the first offset at the end
      long mid = (low + high) >>> 1;
      if (raw.atEnd(mid)) {
        high = mid;
      } else {
        low = mid;
      }
    }
    if (high > Integer.MAX_VALUE - 16) {
      throw new IOException("a document of " + high + " chars is too large to parse");
    }
    return raw.slice(0, high);
  }

  /**
   * Throws an {@link IllegalStateException} that names the missing library when the class
   * {@code className} cannot be loaded. The library is an optional dependency of mtclean: the
   * command jar bundles it; library users add it to use this format.
   */
  static void requireLibrary(String className, String format, String artifact) {
    try {
      Class.forName(className, false, WholeDocument.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(format + " files need " + artifact
          + " on the class path (an optional dependency of mtclean; the command jar includes it)", e);
    }
  }

  /** Line starts of a text, for line numbers of segment ids. */
  static final class Lines {
    private final int[] starts;
    private final int count;

    Lines(String text) {
      int[] s = new int[64];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          if (n == s.length) {
            s = java.util.Arrays.copyOf(s, n * 2);
          }
          s[n++] = i + 1;
        }
      }
      starts = s;
      count = n;
    }

    /** The 1-based line of {@code index}. */
    int lineOf(int index) {
      int lo = 0;
      int hi = count - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= index) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo + 1;
    }
  }
}
