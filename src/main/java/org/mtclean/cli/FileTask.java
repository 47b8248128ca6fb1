package org.mtclean.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.mtclean.EditListener;

/**
 * Cleans one input (a file or standard input) as the {@link Settings} say and collects what must
 * be printed into a {@link FileResult}. Streams: memory is bounded by the engine's paragraph and
 * the spill thresholds, except under {@code --diff}, which holds the text (up to
 * {@link Settings#diffLimit()} chars). A failure leaves the file and the outputs untouched.
 * Stateless apart from the shared progress counter; safe to run on many threads at once.
 */
final class FileTask {
  private final Settings s;
  private final AtomicLong progressBytes;

  FileTask(Settings settings, AtomicLong progressBytes) {
    this(settings, progressBytes, null, 1);
  }

  /**
   * A task that cleans each input with up to {@code jobs} batches of paragraphs at a time on
   * {@code pool}: for a single large input, where there are no other files to run in parallel.
   */
  FileTask(Settings settings, AtomicLong progressBytes, Executor pool, int jobs) {
    this.s = settings;
    this.progressBytes = progressBytes;
    this.pool = pool;
    this.jobs = jobs;
  }

  private final Executor pool;
  private final int jobs;

  /**
   * Cleans one input.
   *
   * @param stdin the input stream for standard input, or null to read {@code job.source()}
   * @param directOut where cleaned text goes right away (standard input only), or null to buffer
   * @param directReport where the report entry goes right away (one job at a time), or null to
   *     buffer it in the result
   */
  FileResult run(InputCollector.Job job, InputStream stdin, OutputStream directOut, OutputStream directReport) {
    FileResult r = new FileResult(job);
    Writer err = new OutputStreamWriter(r.stderr, StandardCharsets.UTF_8);
    SpillBuffer listing = null;
    AtomicOutput atomic = null;
    // what the review page keeps of this file (--html-report)
    ReviewRecorder review = s.review() ? new ReviewRecorder() : null;
    Report.Entry entry = null;
    try {
      if (directReport != null) {
        entry = new Report.Entry(directReport, job.display());
      } else if (s.report()) {
        r.report = new SpillBuffer(null, "mtclean-report-", SpillBuffer.DEFAULT_THRESHOLD);
        entry = new Report.Entry(r.report, job.display());
      }
      if (s.verbose()) {
        listing = new SpillBuffer(null, "mtclean-edits-", SpillBuffer.DEFAULT_THRESHOLD);
      }
      Writer listingWriter =
          listing == null ? null : new BufferedWriter(new OutputStreamWriter(listing, StandardCharsets.UTF_8));
      Report.Entry reportEntry = entry;
      EditListener listener;
      if (reportEntry == null && listingWriter == null && review == null) {
        // counts only: the engine then makes no edit objects; and when the cleaned text is the
        // product and no findings are shown, the rules that only report are not run at all
        listener = s.findingsShown() ? r.counts : r.counts.textOnly();
      } else {
        listener = e -> {
          r.counts.add(e);
          if (review != null) {
            review.edit(e);
          }
          try {
            if (reportEntry != null) {
              reportEntry.edit(e);
            }
            if (listingWriter != null) {
              listingWriter.write("  " + e + "\n");
            }
          } catch (IOException x) {
            throw new java.io.UncheckedIOException(x);
          }
        };
      }

      // taken before the file is opened: a change after it, even before the open, is then seen
      FileState state = stdin != null ? null : FileState.of(job.source());
      if (state != null && state.type().equals("directory")) {
        state = null; // one the walk could not enter: it fails below with the reason
      } else if (state != null && !state.isRegularFile()) {
        if (!job.named()) {
          r.status = FileResult.Status.SKIPPED;
          if (!s.quiet()) {
            err.write("mtclean: " + job.display() + ": skipped, not a regular file (" + state.type() + ")\n");
          }
          return r;
        }
        if (s.target() == Settings.Target.IN_PLACE) {
          throw new IOException("not a regular file (" + state.type() + "); --in-place rewrites regular files only");
        }
        state = null; // a pipe named on the command line is read as a stream: nothing to compare
      }
      try (InputStream raw = stdin != null ? new Streams.KeepOpen(stdin) : Files.newInputStream(job.source())) {
        Streams.Counting in = new Streams.Counting(raw, r, progressBytes);
        int sniff = s.inputEncoding() == null ? Encodings.AUTO_SNIFF : Encodings.SNIFF;
        byte[] head = in.readNBytes(sniff);
        boolean complete = head.length < sniff;
        Charset cs = Encodings.choose(s.inputEncoding(), head, head.length, complete);
        r.encoding = cs.name();
        int binaryCheck = Math.min(head.length, Encodings.SNIFF); // NUL bytes in the first 8 KB
        if (Encodings.looksBinary(cs, head, binaryCheck)) {
          if (stdin != null) {
            // a filter must not swallow its input silently
            throw new IOException("looks binary (NUL byte at offset " + Encodings.firstNul(head, binaryCheck)
                + "); nothing written");
          }
          r.status = FileResult.Status.SKIPPED;
          if (!s.quiet()) {
            err.write("mtclean: " + Names.quote(job.display()) + ": skipped, looks binary (NUL byte at offset "
                + Encodings.firstNul(head, binaryCheck) + ")\n");
          }
          return r;
        }
        Charset outCs = s.outputEncoding() != null ? s.outputEncoding() : cs;
        Reader reader = new StrictDecoder(new SequenceInputStream(new ByteArrayInputStream(head), in), cs);
        if (review != null) {
          reader = review.input(reader);
        }
        boolean changed;
        org.mtclean.formats.Format format = s.formatOf(job);
        Cleaning cleaning = format == null ? null : (in2, out2, l2) -> cleanFormat(format, job, in2, out2, l2, err);
        if (s.diff()) {
          changed = diff(job, reader, outCs, listener, r, review, cleaning);
        } else {
          OutputStream sink =
              switch (s.target()) {
                case STDOUT -> directOut != null ? directOut : (r.stdout = stdoutBuffer());
                case IN_PLACE -> atomic = AtomicOutput.inPlace(job.source(), state, s.writeHook(), expectedOutput(job));
                case OUTPUT_DIR -> atomic = AtomicOutput.inTree(s.outputDir(), job.relative(), job.source(), state,
                    s.writeHook(), expectedOutput(job));
                case NONE -> null;
              };
          Writer w = sink == null ? Writer.nullWriter() : encoder(sink, outCs);
          List<Writer> extras = format == null ? startExtras(job, listener) : new ArrayList<>();
          if (review != null) {
            extras.add(review.output());
          }
          Writer tee = extras.isEmpty() ? w : new Streams.Tee(w, extras);
          changed = cleaning != null ? cleaning.clean(reader, tee, listener)
              : s.cleaner().clean(reader, tee, listener, pool, jobs);
          tee.flush();
          for (Writer x : extras) {
            x.close();
          }
          boolean recoded = !outCs.equals(cs);
          if (atomic != null) {
            if (s.target() == Settings.Target.OUTPUT_DIR || changed || recoded) {
              atomic.commit(s.target() == Settings.Target.IN_PLACE ? s.backupSuffix() : null);
              changed |= recoded;
            } else {
              atomic.abort();
            }
            atomic = null;
          }
        }
        if (state != null && atomic == null && s.target() != Settings.Target.IN_PLACE
            && s.target() != Settings.Target.OUTPUT_DIR) {
          checkUnchanged(job, state); // (-i and -o check just before their rename)
        }
        r.status = changed ? FileResult.Status.CHANGED : FileResult.Status.UNCHANGED;
      }
      if (s.check() && !s.verbose() && !s.quiet() && r.status == FileResult.Status.CHANGED) {
        err.write("would clean " + Names.quote(job.display()) + "\n"); // the edits: under -v
      }
      if (listingWriter != null) {
        listingWriter.flush();
        boolean show = s.verbose() || r.status == FileResult.Status.CHANGED;
        if (show) {
          String what =
              r.status == FileResult.Status.CHANGED ? (s.target() == Settings.Target.NONE ? "would change" : "changed")
                  : "unchanged";
          err.write(Names.quote(job.display()) + ": " + what + " (" + r.counts.applied() + " applied, "
              + r.counts.proposed() + " proposed)\n");
          err.flush();
          listing.writeTo(r.stderr);
        }
      }
    } catch (IOException | RuntimeException e) {
      fail(r, err, e);
    } catch (OutOfMemoryError e) {
      // a paragraph larger than the heap: its buffers are garbage once unwound, so the other
      // files can go on
      fail(r, err, new IOException(FailureText.outOfMemory()));
    } finally {
      if (atomic != null) {
        atomic.abort();
      }
      if (listing != null) {
        listing.discard();
      }
      if (review != null) {
        r.review = review.finish(job, r.status, r.error);
      }
      try {
        if (entry != null) {
          entry.finish(r.status.label(), r.encoding, r.bytes, r.error, r.counts);
        }
        err.flush();
      } catch (IOException e) {
        r.status = FileResult.Status.FAILED;
        r.error = "cannot buffer the report: " + e.getMessage();
      }
    }
    return r;
  }

  private void fail(FileResult r, Writer err, Exception e) {
    r.status = FileResult.Status.FAILED;
    r.error = FailureText.describe(e, r.encoding);
    Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    if (s.inputEncoding() == null && cause instanceof MalformedTextException) {
      r.error += " (--encoding auto chose " + r.encoding + " from the first " + (Encodings.AUTO_SNIFF >> 10)
          + " KB; name the encoding, e.g. --encoding GB18030)";
    }
    if (s.target() == Settings.Target.IN_PLACE && !(cause instanceof FileState.Changed)) {
      r.error += "; file left unchanged";
    }
    if (s.inputEncoding() != null && cause instanceof MalformedTextException) {
      r.error += "; if it is not " + r.encoding + ", try --encoding auto or name its encoding"
          + " (e.g. --encoding GB18030)";
    }
    if (r.stdout != null) {
      r.stdout.discard(); // never half a file on stdout
      r.stdout = null;
    }
    try {
      err.write("mtclean: " + Names.quote(r.job.display()) + ": " + r.error + "\n");
    } catch (IOException ignored) {
      // the error is still in the result and the report
    }
  }

  /** Fails a file that another program changed while it was read: what was cleaned is a mix. */
  private static void checkUnchanged(InputCollector.Job job, FileState before) throws IOException {
    FileState now;
    try {
      now = FileState.of(job.source());
    } catch (java.nio.file.NoSuchFileException e) {
      return; // deleted after it was read whole: the text read is the file as it was
    }
    if (!now.sameAs(before)) {
      throw new FileState.Changed("changed by another program while it was read; its output is dropped: run again");
    }
  }

  private static SpillBuffer stdoutBuffer() {
    return new SpillBuffer(null, "mtclean-out-", SpillBuffer.DEFAULT_THRESHOLD);
  }

  /** The input's size and a little: cleaning changes a text's length by a few percent at most. */
  private static long expectedOutput(InputCollector.Job job) {
    return job.size() < 0 ? -1 : job.size() + (job.size() >> 4);
  }

  private static Writer encoder(OutputStream out, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      return new Utf8Writer(out, 1 << 14);
    }
    return new BufferedWriter(
        new OutputStreamWriter(
            out,
            cs.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 13); // the engine writes a paragraph at a time; a bigger buffer is only more to allocate per file
  }

  private List<Writer> startExtras(InputCollector.Job job, EditListener listener) throws IOException {
    List<Writer> out = new ArrayList<>();
    for (ExtraCheck c : s.extraChecks()) {
      out.add(c.start(job.display(), listener));
    }
    return out;
  }

  /** Cleans a whole file in one format. */
  @FunctionalInterface
  private interface Cleaning {
    boolean clean(Reader in, Writer out, EditListener listener) throws IOException;
  }

  private boolean cleanFormat(org.mtclean.formats.Format format, InputCollector.Job job, Reader in, Writer out,
      EditListener listener, Writer err) throws IOException {
    return s.formatCleaner().get().clean(format, in, out, listener, notice -> {
      if (!s.quiet()) {
        try {
          err.write("mtclean: " + Names.quote(job.display()) + ": " + notice + "\n");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    });
  }

  /** --diff: holds the text, cleans it and puts a unified diff in the result. */
  private boolean diff(InputCollector.Job job, Reader reader, Charset outCs, EditListener listener,
      FileResult r, ReviewRecorder review, Cleaning cleaning) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buf = new char[1 << 16];
    for (int n; (n = reader.read(buf)) > 0; ) {
      text.append(buf, 0, n);
      if (text.length() > s.diffLimit()) {
        throw new IOException("too large for --diff (more than " + s.diffLimit()
            + " characters); use --check or --report");
      }
    }
    String original = text.toString();
    text = null;
    StringWriter cleanedOut = new StringWriter(original.length() + 16);
    List<Writer> extras = cleaning == null ? startExtras(job, listener) : new ArrayList<>();
    if (review != null) {
      extras.add(review.output());
    }
    Writer tee = extras.isEmpty() ? cleanedOut : new Streams.Tee(cleanedOut, extras);
    boolean changed = cleaning != null ? cleaning.clean(new StringReader(original), tee, listener)
        : s.cleaner().clean(new StringReader(original), tee, listener);
    for (Writer x : extras) {
      x.close();
    }
    if (!changed) {
      return false;
    }
    // the name's bytes (surrogate escapes for those that are not UTF-8), which quoteForDiff writes in octal
    String name = job.source() == null ? "<stdin>"
        : FileNames.escapedString(FileNames.bytes(job.source())).replace('\\', '/');
    boolean absolute = name.startsWith("/");
    r.stdout = stdoutBuffer();
    Writer w = encoder(r.stdout, outCs);
    UnifiedDiff.write(Names.quoteForDiff(absolute ? name : "a/" + name),
        Names.quoteForDiff(absolute ? name : "b/" + name), original, cleanedOut.toString(), w,
        s.diffColors());
    w.flush();
    return true;
  }
}
