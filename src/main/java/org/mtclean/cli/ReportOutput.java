package org.mtclean.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the {@code --report} goes: standard output; a device or pipe, written into; or a file,
 * replaced atomically by {@link #commit} and left as it was when the run fails. Not thread-safe.
 */
final class ReportOutput implements AutoCloseable {
  private final OutputStream stream;
  private AtomicOutput file;
  private OutputStream device;

  private ReportOutput(OutputStream stream, AtomicOutput file, OutputStream device) {
    this.stream = stream;
    this.file = file;
    this.device = device;
  }

  /**
   * @param report the --report argument
   * @param out standard output, for {@code -}
   * @param toStdout whether the report goes to standard output
   * @param stdinPath the path of the process's standard input when the run reads it, or null
   * @param stdoutPath the path of the process's standard output, or null when it is not the
   *     process's own
   */
  static ReportOutput open(String report, PrintStream out, boolean toStdout, Path stdinPath,
      Path stdoutPath) throws IOException {
    if (toStdout) {
      return new ReportOutput(out, null, null);
    }
    Path path = FileNames.path(report);
    if (ReportTarget.isStream(path)) {
      // a device or a pipe (/dev/stderr, a fifo): a rename would replace it by a plain file
      OutputStream d = new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.WRITE), 1 << 16);
      return new ReportOutput(d, null, d);
    }
    ReportTarget.checkStandardStreams(path, stdinPath, stdoutPath);
    AtomicOutput f = AtomicOutput.open(path, AtomicOutput.Hook.NONE, -1);
    return new ReportOutput(f, f, null);
  }

  /** Where the report is written. */
  OutputStream stream() {
    return stream;
  }

  /** The report is complete: replaces the file, or flushes the device. */
  void commit() throws IOException {
    if (file != null) {
      AtomicOutput f = file;
      file = null;
      f.commit(null);
    }
    if (device != null) {
      OutputStream d = device;
      device = null;
      d.close();
    }
  }

  /** Without {@link #commit}: drops the report; a file stays as it was. */
  @Override
  public void close() {
    if (file != null) {
      file.abort();
      file = null;
    }
    if (device != null) {
      try {
        device.close();
      } catch (IOException e) {
        // the run has failed already
      }
      device = null;
    }
  }
}
