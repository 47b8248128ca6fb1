package org.mtclean.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.mtclean.Edit;
import org.mtclean.EditListener;

/**
 * Cleans one stream on several threads: the calling thread reads it, cuts it into batches of
 * whole paragraphs, hands them to {@code executor}, and writes each batch's text and reports its
 * edits in input order, so that output and edits are those of one {@link DocumentEngine} run.
 * Memory is bounded by {@code parallelism + 1} batches (a batch is at least one paragraph).
 *
 * <p>Paragraphs depend on the ones before them only through the {@link DocumentState}: the
 * quote style, which the reading thread follows itself, and the rule states. Batches run one
 * after another, carrying the state, until every rule state is settled or a cache (see
 * {@link org.mtclean.CarriedState}); in most texts that is after the first batch, which is kept small. Only
 * then do batches run in parallel. Not API.
 */
public final class BatchedRun {
  /** Where the threads get an engine for a batch, and give it back. */
  public interface Engines {
    DocumentEngine take();

    void give(DocumentEngine engine);
  }

  // batch sizes in chars (tests make them tiny): the first small, so that the state settles early.
  // A batch's arrays (its text, the cleaned text) stay under 512 KB: on heaps under 2 GB, G1 cuts
  // the heap into 1 MB regions and takes any larger array as a "humongous" object, allocated
  // outside the young generation; with batches of 2^18 chars, -j 2 on 50 MB under -Xmx256m spent
  // as much CPU time again in the collector and ran slower than -j 1.
  static volatile int firstBatch = 1 << 13;
  static volatile int batchSize = 1 << 17;

  private final Writer out;
  private final EditListener listener;
  private final Engines engines;
  private final Executor executor;
  private final int parallelism;
  private final ArrayDeque<FutureTask<Result>> pending = new ArrayDeque<>();
  private DocumentState sequential = new DocumentState(); // null once batches run in parallel
  private DocumentState settled; // the state later batches start from, once settled
  private final SpareArrays spareTexts; // of batches written out, for the reading thread
  private final SpareArrays spareCleaned; // of batches written out, for the cleaning threads

  private BatchedRun(Writer out, EditListener listener, Engines engines, Executor executor,
      int parallelism) {
    this.out = out;
    this.listener = listener;
    this.engines = engines;
    this.executor = executor;
    this.parallelism = parallelism;
    this.spareTexts = new SpareArrays(parallelism + 2);
    this.spareCleaned = new SpareArrays(parallelism + 2);
  }

  /** Cleans {@code in} into {@code out}, up to {@code parallelism} batches at a time, cut as {@code plan} cuts paragraphs. */
  public static void run(Reader in, Writer out, EditListener listener, Engines engines,
      Executor executor, int parallelism, EnginePlan plan) throws IOException {
    BatchedRun run = new BatchedRun(out, listener, engines, executor, Math.max(1, parallelism));
    try {
      BatchSplitter.split(in, plan, firstBatch, batchSize, run.new Feed());
      while (!run.pending.isEmpty()) {
        run.emit(run.await(run.pending.poll()));
      }
    } finally {
      for (FutureTask<Result> f : run.pending) {
        f.cancel(true);
      }
    }
  }
  /** Takes the batches the splitter cuts, and gives it spare arrays for the next ones. */
  private final class Feed implements BatchSplitter.Batches {
    @Override
    public void take(char[] text, int length, DocumentEngine.BatchStart start, int quoteStyle,
        LineReader.LineEnds lines) throws IOException {
      dispatch(text, length, start, quoteStyle, lines);
    }

    @Override
    public char[] array(int minLength) {
      return spareTexts.take(minLength);
    }
  }

  private void dispatch(char[] text, int length, DocumentEngine.BatchStart start, int quotes,
      LineReader.LineEnds lines) throws IOException {
    if (sequential != null) {
      emit(clean(text, length, lines, start, sequential));
      settled = sequential.carryTo(0);
      if (settled != null) {
        sequential = null;
      }
      return;
    }
    DocumentState state = settled.carryTo(quotes);
    FutureTask<Result> task = new FutureTask<>(new Batch(text, length, lines, start, state));
    pending.add(task);
    executor.execute(task);
    while (!pending.isEmpty() && (pending.size() > parallelism || pending.peek().isDone())) {
      emit(await(pending.poll()));
    }
  }

  /** One batch to clean on a worker; a named class, as the first lambda of a run costs milliseconds. */
  private final class Batch implements Callable<Result> {
    private final char[] text;
    private final int length;
    private final LineReader.LineEnds lines;
    private final DocumentEngine.BatchStart start;
    private final DocumentState state;

    Batch(char[] text, int length, LineReader.LineEnds lines, DocumentEngine.BatchStart start,
        DocumentState state) {
      this.text = text;
      this.length = length;
      this.lines = lines;
      this.start = start;
      this.state = state;
    }

    @Override
    public Result call() throws IOException {
      return clean(text, length, lines, start, state);
    }
  }

  private Result clean(char[] text, int length, LineReader.LineEnds lines,
      DocumentEngine.BatchStart start, DocumentState state) throws IOException {
    DocumentEngine engine = engines.take();
    CharArrayBuilder cleaned = new CharArrayBuilder(spareCleaned.take(length + (length >> 3) + 16));
    Recorder edits = switch (Recording.of(listener)) {
      case TEXT_ONLY -> new TextOnlyRecorder();
      case COUNTS -> new CountRecorder();
      case EDITS, ROWS -> new Recorder();
    };
    engine.run(new LineReader.InPlace(text, length, lines), cleaned, edits, state, start, length);
    engines.give(engine);
    return new Result(text, cleaned, edits.entries, edits instanceof CountRecorder c ? c : null);
  }

  private void emit(Result r) throws IOException {
    for (Object e : r.edits) {
      listener.onEdit((Edit) e);
    }
    if (r.counts != null) {
      r.counts.reportTo((EditCounter) listener);
    }
    r.cleaned.writeTo(out);
    // the batch is done with: its engine has let go of its text, and the writer copied its output
    spareTexts.give(r.text);
    spareCleaned.give(r.cleaned.buffer());
  }

  private Result await(FutureTask<Result> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while cleaning");
    } catch (CancellationException e) {
      throw new InterruptedIOException("cancelled while cleaning");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  private record Result(char[] text, CharArrayBuilder cleaned, List<Edit> edits,
      CountRecorder counts) {}

  /** Keeps a batch's edits, in order, for the calling thread to report. */
  private static class Recorder implements EditListener {
    final List<Edit> entries = new ArrayList<>();

    @Override
    public void onEdit(Edit e) {
      entries.add(e);
    }
  }

  /**
   * The same for a listener that only counts: the engine then makes no edit objects, and the
   * batch's counts are added up by rule (a counting listener does not care for their order).
   */
  private static class CountRecorder extends Recorder implements EditCounter {
    private String[] ids = new String[8];
    private long[] applied = new long[8];
    private long[] proposed = new long[8];
    private int size;
    private int last; // where the last rule id was found: edits of one rule come in runs

    @Override
    public void count(String ruleId, boolean isApplied) {
      int k = last < size && ids[last] == ruleId ? last : indexOf(ruleId);
      last = k;
      if (isApplied) {
        applied[k]++;
      } else {
        proposed[k]++;
      }
    }

    private int indexOf(String ruleId) {
      for (int k = 0; k < size; k++) {
        if (ids[k] == ruleId || ids[k].equals(ruleId)) {
          return k;
        }
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        applied = Arrays.copyOf(applied, size * 2);
        proposed = Arrays.copyOf(proposed, size * 2);
      }
      ids[size] = ruleId;
      return size++;
    }

    void reportTo(EditCounter counter) {
      for (int k = 0; k < size; k++) {
        if (applied[k] > 0) {
          counter.count(ids[k], true, applied[k]);
        }
        if (proposed[k] > 0) {
          counter.count(ids[k], false, proposed[k]);
        }
      }
    }
  }

  /** The same for a listener that wants only the text: rules that only report may be skipped. */
  private static final class TextOnlyRecorder extends CountRecorder implements TextOnly {}
}
