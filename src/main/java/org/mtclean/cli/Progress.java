package org.mtclean.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on stderr: files done, MB done and MB/s. It appears only when enabled
 * (stderr is a terminal, or {@code --progress}) and the run has lasted {@link #DELAY_MS}, so quick
 * runs print nothing. Messages for stderr go through {@link #print} so that they do not mix with
 * the bar. Thread-safe.
 */
final class Progress implements AutoCloseable {
  static final long DELAY_MS = 1000;
  private static final long TICK_MS = 200;

  private final PrintStream err;
  private final boolean enabled;
  private final long totalFiles;
  private final long totalBytes;
  private final AtomicLong bytes;
  private final long start = System.nanoTime();
  private final AtomicLong filesDone = new AtomicLong();
  private Thread ticker;
  private int drawn; // length of the bar on screen, 0 when none
  private volatile boolean closed;

  /**
   * @param totalFiles files to do, or -1 when unknown
   * @param totalBytes bytes to read, or -1 when unknown (standard input)
   * @param bytes the live count of bytes read
   */
  Progress(PrintStream err, boolean enabled, long totalFiles, long totalBytes, AtomicLong bytes) {
    this.err = err;
    this.enabled = enabled;
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    this.bytes = bytes;
    if (enabled) {
      ticker = new Thread(this::tick, "mtclean-progress");
      ticker.setDaemon(true);
      ticker.start();
    }
  }

  void fileDone() {
    filesDone.incrementAndGet();
  }

  /** Prints {@code text} on stderr, clearing the bar first. */
  synchronized void print(byte[] text) {
    clear();
    err.write(text, 0, text.length);
    err.flush();
  }

  /** Prints a buffer of messages on stderr, clearing the bar first. */
  synchronized void print(SpillBuffer text) throws java.io.IOException {
    clear();
    err.flush();
    text.writeTo(err);
    err.flush();
  }

  private void tick() {
    try {
      Thread.sleep(DELAY_MS);
      while (!closed) {
        draw();
        Thread.sleep(TICK_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void draw() {
    if (closed) {
      return;
    }
    String line = line();
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    err.flush();
    drawn = Math.max(drawn, line.length());
  }

  /** The bar's text, such as {@code [#####-----] 120/2000 files  35.2/200.0 MB  40.1 MB/s}. */
  String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    double mb = bytes.get() / 1e6;
    StringBuilder b = new StringBuilder();
    double fraction =
        totalBytes > 0 ? Math.min(1, bytes.get() / (double) totalBytes)
            : totalFiles > 0 ? filesDone.get() / (double) totalFiles : -1;
    if (fraction >= 0) {
      int width = 24;
      int full = (int) Math.round(fraction * width);
      b.append('[').append("#".repeat(full)).append("-".repeat(width - full)).append("] ");
    }
    b.append(filesDone.get());
    if (totalFiles >= 0) {
      b.append('/').append(totalFiles);
    }
    b.append(" files  ").append(String.format(Locale.ROOT, "%.1f", mb));
    if (totalBytes >= 0) {
      b.append(String.format(Locale.ROOT, "/%.1f", totalBytes / 1e6));
    }
    b.append(String.format(Locale.ROOT, " MB  %.1f MB/s ", mb / seconds));
    return b.toString();
  }

  private void clear() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      drawn = 0;
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (ticker != null) {
      ticker.interrupt();
    }
    clear();
    err.flush();
  }

  boolean enabled() {
    return enabled;
  }
}
