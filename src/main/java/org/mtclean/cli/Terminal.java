package org.mtclean.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which of the process's standard streams are terminals. Java 17 cannot ask about one stream
 * alone ({@code System.console()} needs stdin and stdout to be terminals), so on Linux this reads
 * where the file descriptor points; elsewhere it falls back to {@code System.console()}.
 * Stateless.
 */
final class Terminal {
  static final int STDIN = 0;
  static final int STDOUT = 1;
  static final int STDERR = 2;

  private Terminal() {}

  /** Whether file descriptor {@code fd} (0, 1 or 2) of this process is a terminal. */
  static boolean isTerminal(int fd) {
    try {
      Path link = Path.of("/proc/self/fd/" + fd);
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
            || target.equals("/dev/console");
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return System.console() != null;
  }

  /** Whether the user asked for no colours: NO_COLOR set and not empty, or a dumb terminal. */
  static boolean noColor() {
    String no = System.getenv("NO_COLOR");
    return no != null && !no.isEmpty() || "dumb".equals(System.getenv("TERM"));
  }
}
