package org.mtclean.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import scala.Tuple2;

/**
 * Reads one split without cleaning it: counts its lines and finds the quote style its lines
 * decide, so that every split can start as the whole file would have it (line numbers, quotes).
 */
final class SplitScan implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<SplitInfo>> {
  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<SplitInfo> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
    FileSplit fs = (FileSplit) split;
    Utf8 utf8 = new Utf8();
    long lines = 0;
    int style = QuoteStyle.UNDECIDED;
    while (records.hasNext()) {
      Text t = records.next()._2();
      lines++;
      if (style == QuoteStyle.UNDECIDED && mayQuote(t)) {
        String s = utf8.decode(t.getBytes(), t.getLength());
        if (s != null) { // a malformed line is not cleaned: it decides nothing
          style = QuoteStyle.after(style, s);
        }
      }
    }
    return List.of(new SplitInfo(TaskContext.getPartitionId(), fs.getPath().toString(), fs.getStart(), lines, style))
        .iterator();
  }

  /** Whether the line has a byte of '"' or of U+201C/U+201D (E2 80 9C/9D), so that it may decide. */
  private static boolean mayQuote(Text t) {
    byte[] b = t.getBytes();
    for (int i = 0, n = t.getLength(); i < n; i++) {
      if (b[i] == '"' || (b[i] & 0xFF) == 0xE2 && i + 2 < n && (b[i + 1] & 0xFF) == 0x80
          && ((b[i + 2] & 0xFF) == 0x9C || (b[i + 2] & 0xFF) == 0x9D)) {
        return true;
      }
    }
    return false;
  }
}
