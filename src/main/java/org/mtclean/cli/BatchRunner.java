package org.mtclean.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs {@link FileTask}s on {@code jobs} worker threads and writes their results strictly in
 * input order, so that stdout, stderr and the report are the same for any number of jobs. At
 * most {@code 4 × jobs} files are in flight, which bounds the memory held by finished results
 * waiting for their turn. Then prints the summary and computes the exit code. One run per
 * instance; not thread-safe.
 */
final class BatchRunner {
  private final Settings s;
  private final PrintStream out;
  private final PrintStream err;
  private final int jobs;
  private final boolean progressWanted;
  private final OutputStream reportOut;

  private final AtomicLong bytes = new AtomicLong();
  private final EditCounts counts = new EditCounts();
  private long seen;
  private long changed;
  private long unchanged;
  private long failed;
  private long skipped;
  private Progress progress;
  private boolean quoteListed;
  private Report report;
  /** The review page's file sections, in input order (--html-report). */
  final java.util.List<ReviewFile> reviews = new java.util.ArrayList<>();

  /** @param reportOut where the JSON report goes, or null for none */
  BatchRunner(Settings settings, PrintStream out, PrintStream err, int jobs, boolean progressWanted,
      OutputStream reportOut) {
    this.s = settings;
    this.out = out;
    this.err = err;
    this.jobs = jobs;
    this.progressWanted = progressWanted;
    this.reportOut = reportOut;
  }

  /** Whether --list quotes names with control characters (for a terminal, as GNU ls does). */
  BatchRunner quoteListed(boolean quote) {
    this.quoteListed = quote;
    return this;
  }

  /** Cleans standard input to {@code out}, streaming. */
  int runStdin(InputStream in) throws IOException {
    start(1, -1);
    InputCollector.Job job = new InputCollector.Job(0, null, "<stdin>", null, -1);
    boolean direct = s.target() == Settings.Target.STDOUT;
    ExecutorService pool = jobs > 1 ? newPool() : null;
    try {
      FileResult r = new FileTask(s, bytes, pool, jobs).run(job, in, direct ? new Streams.CheckedOut(out) : null, null);
      emit(r);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return finish();
  }

  /** Worker threads: for the files, or for the batches of paragraphs of a single input. */
  private ExecutorService newPool() {
    return Executors.newFixedThreadPool(jobs, new WorkerThreads());
  }

  // named classes rather than lambdas here and on the rest of the start-up path: the first
  // lambda of a run sets up the invokedynamic machinery, milliseconds of a short run's time

  /** Makes the daemon threads of the pool. */
  private static final class WorkerThreads implements ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "mtclean-worker");
      t.setDaemon(true);
      return t;
    }
  }

  /** Cleans one file of a run of many on a worker. */
  private static final class FileJob implements Callable<FileResult> {
    private final FileTask task;
    private final InputCollector.Job job;

    FileJob(FileTask task, InputCollector.Job job) {
      this.task = task;
      this.job = job;
    }

    @Override
    public FileResult call() throws IOException {
      return task.run(job, null, null, null);
    }
  }

  /** Cleans the files of {@code list}. */
  int runFiles(List<InputCollector.Job> list) throws IOException {
    long total = 0;
    for (InputCollector.Job j : list) {
      total += Math.max(0, j.size());
    }
    start(list.size(), total);
    if (jobs <= 1 || list.size() <= 1) {
      // one at a time; a single file is cleaned in batches of paragraphs on the workers. The
      // report entry is buffered even so: that of a file that fails is replaced
      ExecutorService pool = jobs > 1 && !list.isEmpty() ? newPool() : null;
      try {
        FileTask task = new FileTask(s, bytes, pool, jobs);
        for (InputCollector.Job job : list) {
          emit(task.run(job, null, null, null));
        }
      } finally {
        if (pool != null) {
          pool.shutdownNow();
        }
      }
      return finish();
    }
    FileTask task = new FileTask(s, bytes);
    ExecutorService pool = newPool();
    ArrayDeque<Future<FileResult>> pending = new ArrayDeque<>();
    int window = 4 * jobs;
    int next = 0;
    try {
      while (next < list.size() && pending.size() < window) {
        InputCollector.Job job = list.get(next++);
        pending.add(pool.submit(new FileJob(task, job)));
      }
      while (!pending.isEmpty()) {
        FileResult r = await(pending.poll());
        if (next < list.size()) {
          InputCollector.Job job = list.get(next++);
          pending.add(pool.submit(new FileJob(task, job)));
        }
        emit(r);
      }
    } finally {
      pool.shutdownNow();
      for (Future<FileResult> f : pending) {
        f.cancel(true);
      }
    }
    return finish();
  }

  private static FileResult await(Future<FileResult> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Error er) {
        throw er; // e.g. OutOfMemoryError: nothing sensible to do per file
      }
      throw new IllegalStateException(c);
    }
  }

  private void start(long files, long totalBytes) throws IOException {
    progress = new Progress(err, progressWanted && !s.quiet(), files, totalBytes, bytes);
    if (reportOut != null) {
      report = new Report(reportOut);
    }
  }

  /** Writes one result's output, in input order. */
  private void emit(FileResult r) throws IOException {
    try {
      if (!r.stderr.isEmpty()) {
        progress.print(r.stderr);
      }
      if (r.stdout != null) {
        r.stdout.writeTo(out);
        Streams.CheckedOut.check(out);
      }
      if (s.list() && r.status == FileResult.Status.CHANGED) {
        if (quoteListed || r.job.source() == null) {
          out.write((Names.quote(r.job.display()) + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(FileNames.bytes(r.job.source())); // the name as it is, for a pipe (xargs -d '\n')
          out.write('\n');
        }
        Streams.CheckedOut.check(out);
      }
      if (report != null && r.status == FileResult.Status.FAILED) {
        // none of its edits is in any output, and how far the cleaning got before the failure
        // depends on -j: the entry holds the error alone
        report.addFailed(r.job.display(), r.encoding, r.job.size(), r.error);
      } else if (report != null && r.report != null) {
        report.add(r.report);
      }
      if (r.review != null) {
        reviews.add(r.review);
      }
      if (report != null && reportOut == out) {
        report.flush();
        Streams.CheckedOut.check(out); // a reader that went away stops the run now, not at the end
      }
      seen++;
      switch (r.status) {
        case CHANGED -> changed++;
        case UNCHANGED -> unchanged++;
        case FAILED -> failed++;
        case SKIPPED -> skipped++;
      }
      if (r.status != FileResult.Status.FAILED) {
        counts.addAll(r.counts);
      }
      progress.fileDone();
    } finally {
      r.discard();
    }
  }

  private int finish() throws IOException {
    out.flush();
    progress.close();
    if (report != null) {
      report.finish(seen, changed, unchanged, failed, skipped, counts);
    }
    if (reportOut == out || s.list()) {
      Streams.CheckedOut.check(out);
    }
    if (!s.quiet()) {
      err.println(summary());
      err.flush();
    }
    if (failed > 0) {
      return Main.FILE_FAILED;
    }
    return (s.check() || s.list()) && changed > 0 ? Main.WOULD_CHANGE : Main.OK;
  }

  /** The counts of files for the review page. */
  ReviewPage.Totals totals() {
    return new ReviewPage.Totals(seen, changed, unchanged, failed, skipped);
  }

  /** The summary line: files seen, changed, failed, skipped and edits by rule. */
  String summary() {
    String verb = s.target() == Settings.Target.NONE ? " would change, " : " changed, ";
    StringBuilder b = new StringBuilder("mtclean: ");
    b.append(seen).append(seen == 1 ? " file: " : " files: ")
        .append(changed).append(verb)
        .append(unchanged).append(" unchanged, ")
        .append(failed).append(" failed, ")
        .append(skipped).append(" skipped");
    if (counts.applied() > 0) {
      b.append("; ").append(s.target() == Settings.Target.NONE ? "fixable: " : "applied: ")
          .append(counts.describe(0));
    }
    if (counts.proposed() > 0) {
      b.append("; proposed: ").append(counts.describe(1));
    }
    return b.toString();
  }
}
