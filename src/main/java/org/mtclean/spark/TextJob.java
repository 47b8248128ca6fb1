package org.mtclean.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Cleans text files line by line into a directory of text parts. Input splits are read in file
 * order and part N of the output holds split N, so the parts, concatenated in name order, are
 * the input files' lines in order, cleaned: each line ends with LF (a CR before it is kept).
 */
final class TextJob {
  private TextJob() {}

  static JobResult run(SparkSession spark, String input, String output, CleanerSettings settings,
      String reportDir, long splitSize) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration base = spark.sparkContext().hadoopConfiguration();
    Job job = Job.getInstance(new Configuration(base));
    Configuration conf = job.getConfiguration();
    conf.set("textinputformat.record.delimiter", "\n"); // a CR stays in its line, as the command keeps it
    if (splitSize > 0) {
      conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitSize);
    }
    List<Path> files = inputFiles(new Path(input), conf);
    FileInputFormat.setInputPaths(job, files.toArray(Path[]::new));
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> rdd = (JavaNewHadoopRDD<LongWritable, Text>)
        jsc.newAPIHadoopRDD(conf, TextInputFormat.class, LongWritable.class, Text.class);

    boolean report = reportDir != null;
    int[] styles = null;
    long[] firstLine = null;
    if (report || rdd.getNumPartitions() != files.size()) {
      List<SplitInfo> splits = new ArrayList<>(rdd.mapPartitionsWithInputSplit(new SplitScan(), true).collect());
      splits.sort(Comparator.comparingInt(SplitInfo::partition));
      styles = new int[rdd.getNumPartitions()];
      firstLine = new long[rdd.getNumPartitions()];
      String file = null;
      int style = QuoteStyle.UNDECIDED;
      long line = 1;
      for (SplitInfo s : splits) {
        if (!s.file().equals(file) || s.start() == 0) {
          file = s.file();
          style = QuoteStyle.UNDECIDED;
          line = 1;
        }
        styles[s.partition()] = style;
        firstLine[s.partition()] = line;
        style = style != QuoteStyle.UNDECIDED ? style : s.quoteStyle();
        line += s.lines();
      }
    }
    JobResult.Accumulators acc = JobResult.accumulators(spark);
    JavaRDD<SplitCleaning.Line> cleaned = rdd.mapPartitionsWithInputSplit(
        new SplitCleaning(settings.withLineByLine(), base, styles, report ? firstLine : null,
            acc.lines(), acc.malformed(), acc.counts()), true);
    if (report) {
      cleaned.persist(StorageLevel.MEMORY_AND_DISK_SER());
    }
    try {
      cleaned.mapToPair(l -> new Tuple2<>(NullWritable.get(), new Text(l.text())))
          .saveAsNewAPIHadoopFile(output, NullWritable.class, Text.class, TextOutputFormat.class, new Configuration(base));
      if (report) {
        JavaRDD<Row> rows = cleaned.flatMap(l -> Arrays.asList(l.edits()).iterator());
        spark.createDataFrame(rows, EditRows.SCHEMA).write().parquet(reportDir);
      }
    } finally {
      cleaned.unpersist(false);
    }
    return acc.result();
  }

  /** The file, or the files under the directory (but _ and . names, as Spark skips them), by path. */
  static List<Path> inputFiles(Path input, Configuration conf) throws IOException {
    FileSystem fs = input.getFileSystem(conf);
    FileStatus st = fs.getFileStatus(input);
    List<Path> files = new ArrayList<>();
    if (!st.isDirectory()) {
      files.add(st.getPath());
      return files;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(input, true);
    String root = st.getPath().toUri().getPath();
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String rel = f.getPath().toUri().getPath().substring(root.length());
      if (!hidden(rel)) {
        files.add(f.getPath());
      }
    }
    if (files.isEmpty()) {
      throw new IOException("no input file in " + input);
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
