package org.mtclean.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.Serializable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * mtclean on Spark: the library entry points. Each value is cleaned as the command cleans a file
 * ({@code --line-by-line} if the settings say so) by a cleaner built once per executor from the
 * {@link CleanerSettings}; the cleaner itself is never serialized. A null value, or one that is
 * not valid UTF-8, is kept as it is and counted ({@link #result()}); it never fails the job.
 *
 * <pre>{@code
 * SparkCleaning mt = SparkCleaning.create(spark, CleanerSettings.parse(List.of("--line-by-line")));
 * Dataset<Row> out = mt.cleanColumn(spark.read().parquet("corpus"), "en", "en_clean");
 * }</pre>
 *
 * Counts are kept by Spark accumulators of this instance: read them after an action.
 */
public final class SparkCleaning implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CleanerSettings settings;
  private final transient JobResult.Accumulators accumulators;
  private final UserDefinedFunction udf;

  private SparkCleaning(SparkSession spark, CleanerSettings settings) {
    this.settings = settings;
    this.accumulators = JobResult.accumulators(spark);
    this.udf = functions.udf(new CellCleaner(settings, accumulators.lines(), accumulators.malformed(),
        accumulators.counts()), DataTypes.BinaryType).withName("mtclean");
  }

  /** Entry points for {@code settings}, with their counters registered in {@code spark}. */
  public static SparkCleaning create(SparkSession spark, CleanerSettings settings) {
    return new SparkCleaning(spark, settings);
  }

  /** The settings of the cleaner. */
  public CleanerSettings settings() {
    return settings;
  }

  /** The cleaned text of a string column: a string column, null where {@code text} is null. */
  public Column clean(Column text) {
    return udf.apply(text.cast(DataTypes.BinaryType)).cast(DataTypes.StringType);
  }

  /** {@code rows} with column {@code output} set to the cleaned text of column {@code input} (which may be the same). */
  public Dataset<Row> cleanColumn(Dataset<Row> rows, String input, String output) {
    return rows.withColumn(output, clean(col(input)));
  }

  /**
   * Bilingual rows: the target column cleaned into {@code output}, the source carried as it is.
   * Only the target side is cleaned (mtclean cleans English); there are no checks between the
   * two sides yet.
   */
  public Dataset<Row> cleanBilingual(Dataset<Row> rows, String source, String target, String output) {
    if (!java.util.Arrays.asList(rows.columns()).contains(source)) {
      throw new IllegalArgumentException("no column '" + source + "'");
    }
    return cleanColumn(rows, target, output);
  }

  /**
   * Every edit and finding of cleaning column {@code text}, as rows of {@link EditRows#SCHEMA},
   * with {@code file} and {@code line} (a long) naming the row. The text is cleaned again for
   * this; the edits are those of the cleaned column.
   */
  public Dataset<Row> edits(Dataset<Row> rows, Column file, Column line, Column text) {
    return rows.select(file.cast(DataTypes.StringType), line.cast(DataTypes.LongType), text.cast(DataTypes.BinaryType))
        .flatMap(new CellEdits(settings), Encoders.row(EditRows.SCHEMA));
  }

  /**
   * The line-aligned variant: cleans text files as {@code mtclean --line-by-line} does (line
   * by line whatever the settings say), into directory {@code output} of text parts whose
   * concatenation in name order is the cleaned input, line N for line N. See docs/spark.md.
   *
   * @param input a file or a directory (searched recursively; names starting with _ or . skipped)
   * @param reportDir where the edits go as Parquet, or null
   * @param splitSize the largest input split in bytes, or 0 for Hadoop's default
   */
  public static JobResult cleanTextFiles(SparkSession spark, String input, String output,
      CleanerSettings settings, String reportDir, long splitSize) throws IOException {
    return TextJob.run(spark, input, output, settings, reportDir, splitSize);
  }

  /** The counts so far: rows cleaned, rows kept as they are, applied edits by rule. */
  public JobResult result() {
    return accumulators.result();
  }
}
