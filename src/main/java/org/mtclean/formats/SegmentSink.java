package org.mtclean.formats;

import java.io.IOException;

/** Receives what a {@link Format} finds. */
public interface SegmentSink {
  /** A target segment to clean; the text before it is written through first. */
  void segment(Segment segment) throws IOException;

  /** Something the user should know about the file, such as a target language that is not English. */
  void notice(String message);

  /** Whether text in {@code language} (a BCP 47 tag such as {@code en-US}; null when unknown) is English. */
  static boolean isEnglish(String language) {
    if (language == null) {
      return true;
    }
    String l = language.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return l.equals("en") || l.startsWith("en-");
  }
}
