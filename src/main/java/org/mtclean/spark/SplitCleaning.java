package org.mtclean.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.mtclean.Cleaner;
import scala.Tuple2;

/**
 * Cleans the lines of one input split (a partition of the text job) in batches, with the quote
 * style that the splits before it in the same file decided. A line that is not valid UTF-8 is
 * kept as it is and counted. Runs on the executors; the cleaner comes from the settings, built
 * once per executor.
 */
final class SplitCleaning
    implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<SplitCleaning.Line>> {
  private static final long serialVersionUID = 1L;
  private static final int BATCH_LINES = 4096;
  private static final int BATCH_CHARS = 1 << 17;

  /** One output line (UTF-8, without LF) and its edits as report rows (null when not recorded). */
  record Line(byte[] text, Row[] edits) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final CleanerSettings settings;
  private final SerializableWritable<Configuration> hadoopConf;
  private final int[] styleAtStart; // by partition; null: every split starts its file
  private final long[] firstLine; // by partition, 1-based; null when no report
  private final LongAccumulator lines;
  private final LongAccumulator malformed;
  private final RuleCounts counts;

  SplitCleaning(CleanerSettings settings, Configuration hadoopConf, int[] styleAtStart, long[] firstLine,
      LongAccumulator lines, LongAccumulator malformed, RuleCounts counts) {
    this.settings = settings;
    this.hadoopConf = new SerializableWritable<>(hadoopConf);
    this.styleAtStart = styleAtStart;
    this.firstLine = firstLine;
    this.lines = lines;
    this.malformed = malformed;
    this.counts = counts;
  }

  @Override
  public Iterator<Line> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) throws IOException {
    FileSplit fs = (FileSplit) split;
    int partition = TaskContext.getPartitionId();
    boolean fileStart = fs.getStart() == 0;
    String bom = fileStart && startsWithBom(fs.getPath()) ? "\uFEFF" : "";
    int style = styleAtStart == null ? QuoteStyle.UNDECIDED : styleAtStart[partition];
    String file = fs.getPath().toString();
    long first = firstLine == null ? 1 : firstLine[partition];
    return new Batches(settings.cleaner(), records, style, fileStart, bom, file, first);
  }

  /** Whether the file starts with a UTF-8 BOM, which the line reader drops and the command keeps. */
  private boolean startsWithBom(Path path) throws IOException {
    byte[] head = new byte[3];
    try (InputStream in = path.getFileSystem(hadoopConf.value()).open(path)) {
      return in.readNBytes(head, 0, 3) == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF;
    }
  }

  /** The output lines of a split, made a batch at a time as they are read. */
  private final class Batches implements Iterator<Line> {
    private final Iterator<Tuple2<LongWritable, Text>> in;
    private final BatchCleaner cleaner;
    private final Utf8 utf8 = new Utf8();
    private final String file;
    private String bom;
    private boolean documentStart;
    private long nextLine;
    private final List<Line> ready = new ArrayList<>();
    private int readyAt;
    private boolean counted;

    Batches(Cleaner c, Iterator<Tuple2<LongWritable, Text>> in, int style, boolean fileStart, String bom,
        String file, long firstLine) {
      this.in = in;
      this.cleaner = new BatchCleaner(c, style, SplitCleaning.this.firstLine != null);
      this.documentStart = fileStart;
      this.bom = bom;
      this.file = file;
      this.nextLine = firstLine;
    }

    @Override
    public boolean hasNext() {
      if (readyAt < ready.size()) {
        return true;
      }
      ready.clear();
      readyAt = 0;
      if (in.hasNext()) {
        fill();
        return true;
      }
      if (!counted) {
        counted = true;
        counts.add(cleaner.counts());
      }
      return false;
    }

    @Override
    public Line next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.get(readyAt++);
    }

    /** Reads and cleans the next batch into {@link #ready}: malformed lines stay as they are. */
    private void fill() {
      List<String> batch = new ArrayList<>();
      List<byte[]> raw = new ArrayList<>(); // null where the line is in the batch
      int chars = 0;
      while (in.hasNext() && batch.size() < BATCH_LINES && chars < BATCH_CHARS) {
        Text t = in.next()._2();
        String s = utf8.decode(t.getBytes(), t.getLength());
        if (s == null) {
          raw.add(t.copyBytes());
          malformed.add(1);
        } else {
          s = bom + s;
          batch.add(s);
          raw.add(null);
          chars += s.length();
        }
        bom = "";
      }
      List<BatchCleaner.LineEdit> edits = new ArrayList<>();
      String[] out = batch.isEmpty() ? new String[0] : cleaner.clean(batch, documentStart, edits);
      documentStart = false;
      lines.add(raw.size());
      List<List<Row>> rows = reportRows(batch.size(), edits, raw);
      int k = 0;
      for (int i = 0; i < raw.size(); i++) {
        if (raw.get(i) != null) {
          ready.add(new Line(raw.get(i), rows == null ? null : new Row[0]));
        } else {
          List<Row> r = rows == null ? null : rows.get(k);
          ready.add(new Line(out[k++].getBytes(StandardCharsets.UTF_8), r == null ? null : r.toArray(Row[]::new)));
        }
      }
      nextLine += raw.size();
    }

    /** The report rows of the batch's cleaned lines, by index in the batch; null when no report. */
    private List<List<Row>> reportRows(int n, List<BatchCleaner.LineEdit> edits, List<byte[]> raw) {
      if (firstLine == null) {
        return null;
      }
      long[] lineNumber = new long[n];
      for (int i = 0, k = 0; i < raw.size(); i++) {
        if (raw.get(i) == null) {
          lineNumber[k++] = nextLine + i;
        }
      }
      List<List<Row>> rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        rows.add(new ArrayList<>(0));
      }
      for (BatchCleaner.LineEdit le : edits) {
        rows.get(le.line()).add(EditRows.row(file, lineNumber[le.line()], le.edit()));
      }
      return rows;
    }
  }
}
