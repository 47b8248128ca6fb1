package org.mtclean.cli;

import java.io.IOException;
import java.io.Writer;
import org.mtclean.EditListener;

/**
 * A source of extra findings for the report, run on each file's cleaned text as it streams
 * (for example a grammar checker behind a {@code --languagetool} option). Findings are
 * {@link org.mtclean.Edit}s with {@code applied == false}; their positions refer to the cleaned
 * text. They appear in the report, the per-rule counts, {@code --check} listings and the
 * summary, but never change the output. Implementations must be thread-safe: with {@code -j N}
 * several files are checked at once, each through its own {@link #start} writer.
 */
public interface ExtraCheck {
  /**
   * Starts checking one file.
   *
   * @param fileName the name shown to the user
   * @param findings where to report findings; call it only from the returned writer's methods
   *     (including {@code close()}), on the thread that writes to it
   * @return a writer that receives the cleaned text; closed at the end of the file
   */
  Writer start(String fileName, EditListener findings) throws IOException;
}
