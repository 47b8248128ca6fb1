package org.mtclean.cli;

/**
 * The outcome of cleaning one input, with the output that still has to be written in input
 * order: text for stdout, messages for stderr and the report entry. Owned by one thread at a
 * time.
 */
final class FileResult {
  enum Status {
    UNCHANGED,
    CHANGED,
    FAILED,
    SKIPPED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  final InputCollector.Job job;
  Status status = Status.UNCHANGED;
  String error;
  String encoding;
  long bytes;
  final EditCounts counts = new EditCounts();
  /** Cleaned text or diff for stdout; null when nothing goes there. */
  SpillBuffer stdout;
  /** Messages for stderr, UTF-8. */
  final SpillBuffer stderr = new SpillBuffer(null, "mtclean-err-", SpillBuffer.DEFAULT_THRESHOLD);
  /** This file's part of the review page, or null without --html-report. */
  ReviewFile review;
  /** This file's report entry, or null without --report. */
  SpillBuffer report;

  FileResult(InputCollector.Job job) {
    this.job = job;
  }

  /** Frees buffers and temp files. */
  void discard() {
    if (stdout != null) {
      stdout.discard();
    }
    stderr.discard();
    if (report != null) {
      report.discard();
    }
  }
}
