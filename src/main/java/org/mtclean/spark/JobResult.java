package org.mtclean.spark;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * What a run of the job did: lines (or rows) read, those kept unchanged because they are not
 * valid text (null, not UTF-8), and the edits by rule. Counts come from Spark accumulators: a
 * task that Spark runs again (after a lost executor) may count twice; the report, when written,
 * is exact.
 *
 * @param lines lines (rows) read
 * @param malformed lines (rows) kept as they are: null, or not valid UTF-8
 * @param counts edits by rule: {applied, not applied}, by rule id
 */
public record JobResult(long lines, long malformed, Map<String, long[]> counts) {

  /** The edits of every rule, applied or not. */
  public long edits() {
    return counts.values().stream().mapToLong(c -> c[0] + c[1]).sum();
  }

  /** Prints the counts, one rule a line, the most frequent first. */
  public void print(PrintStream out) {
    out.printf("mtclean-spark: %d lines, %d kept as they are (null or not UTF-8), %d edits%n",
        lines, malformed, edits());
    counts.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
        .forEach(e -> out.printf("  %-28s %10d applied %10d not applied%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
  }

  /** The accumulators of one run. */
  record Accumulators(LongAccumulator lines, LongAccumulator malformed, RuleCounts counts) {
    JobResult result() {
      Map<String, long[]> copy = new TreeMap<>();
      counts.value().forEach((k, v) -> copy.put(k, v.clone()));
      return new JobResult(lines.value(), malformed.value(), copy);
    }
  }

  static Accumulators accumulators(SparkSession spark) {
    RuleCounts counts = new RuleCounts();
    spark.sparkContext().register(counts, "mtclean edits by rule");
    return new Accumulators(spark.sparkContext().longAccumulator("mtclean lines"),
        spark.sparkContext().longAccumulator("mtclean malformed"), counts);
  }
}
