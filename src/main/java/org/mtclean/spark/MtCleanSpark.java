package org.mtclean.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: {@code INPUT OUTPUT [OPTIONS]}. Cleans text files line by line (as
 * {@code mtclean --line-by-line}), or a string column of Parquet files ({@code --column}), into
 * directory OUTPUT, and prints the edit counts by rule. Runs under {@code spark-submit}, or in
 * local mode on all cores when no master is set ({@code bin/mtclean-spark}). See docs/spark.md.
 */
public final class MtCleanSpark {
  /** Exit code: bad command line. */
  public static final int USAGE = 2;
  /** Exit code: the job failed. */
  public static final int FAILED = 3;

  static final String HELP = """
      Usage: mtclean-spark INPUT OUTPUT [OPTIONS]
      Cleans text files line by line (line N of the output is line N of the input), or a string
      column of Parquet files, into the directory OUTPUT (which must not exist).
        --column NAME         INPUT is Parquet: clean this string column (other columns kept)
        --output-column NAME  with --column: write the cleaned text to this new column instead
        --report DIR          write every edit as Parquet to DIR (file, line, column, rule, kind,
                              applied, original, replacement, message)
        --split-size BYTES    text: the largest input split (default: the file system's block size)
        --line-by-line        clean every line on its own (always so for text input)
        --enable RULE,...  --disable RULE,...  --option NAME=VALUE  --apply-suggestions
        --config FILE         the command's rule options and config file (.mtclean.json)
      Exit codes: 0 success, 2 usage error, 3 the job failed.""";

  /** The job's own options, and the rule options left for {@link CleanerSettings#parse}. */
  record Options(String input, String output, String column, String outputColumn, String report,
      long splitSize, CleanerSettings settings) {

    static Options parse(String... args) {
      List<String> positional = new ArrayList<>();
      List<String> rules = new ArrayList<>();
      String column = null;
      String outputColumn = null;
      String report = null;
      long splitSize = 0;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--column", "--output-column", "--report", "--split-size" -> {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
              case "--column" -> column = v;
              case "--output-column" -> outputColumn = v;
              case "--report" -> report = v;
              default -> splitSize = bytes(v);
            }
          }
          case "--enable", "--disable", "--option", "--config" -> {
            rules.add(a);
            if (i + 1 < args.length) {
              rules.add(args[++i]);
            }
          }
          default -> {
            if (a.startsWith("--")) {
              rules.add(a);
            } else {
              positional.add(a);
            }
          }
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("give INPUT and OUTPUT, not " + positional);
      }
      if (outputColumn != null && column == null) {
        throw new IllegalArgumentException("--output-column needs --column");
      }
      return new Options(positional.get(0), positional.get(1), column, outputColumn, report, splitSize,
          CleanerSettings.parse(rules));
    }

    private static long bytes(String v) {
      try {
        long n = Long.parseLong(v);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new IllegalArgumentException("--split-size takes a number of bytes, not '" + v + "'");
    }
  }

  private MtCleanSpark() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the job in the active Spark session (or a new one) and returns the exit code. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    if (args.length == 0 || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      (args.length == 0 ? err : out).println(HELP);
      return args.length == 0 ? USAGE : 0;
    }
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("mtclean-spark: " + e.getMessage());
      err.println("Try 'mtclean-spark --help' for more information.");
      return USAGE;
    }
    SparkSession.Builder b = SparkSession.builder().appName("mtclean");
    if (!new SparkConf().contains("spark.master")) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      for (String dir : new String[] {o.output(), o.report()}) {
        org.apache.hadoop.fs.Path p = dir == null ? null : new org.apache.hadoop.fs.Path(dir);
        if (p != null && p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
          err.println("mtclean-spark: " + dir + " exists; give a directory that does not exist yet");
          return USAGE;
        }
      }
      JobResult r = o.column() == null
          ? TextJob.run(spark, o.input(), o.output(), o.settings(), o.report(), o.splitSize())
          : parquet(spark, o);
      r.print(out);
      return 0;
    } catch (Exception e) {
      err.println("mtclean-spark: " + e);
      return FAILED;
    }
  }

  private static JobResult parquet(SparkSession spark, Options o) {
    Dataset<Row> in = spark.read().parquet(o.input());
    if (!Arrays.asList(in.columns()).contains(o.column())) {
      throw new IllegalArgumentException("no column '" + o.column() + "' in " + o.input() + "; columns: "
          + String.join(", ", in.columns()));
    }
    SparkCleaning mt = SparkCleaning.create(spark, o.settings());
    String target = o.outputColumn() != null ? o.outputColumn() : o.column();
    mt.cleanColumn(in, o.column(), target).write().parquet(o.output());
    if (o.report() != null) {
      mt.edits(in, in.col("_metadata.file_path"), in.col("_metadata.row_index").plus(1), in.col(o.column()))
          .write().parquet(o.report());
    }
    return mt.result();
  }
}
