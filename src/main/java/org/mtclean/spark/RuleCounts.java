package org.mtclean.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;

/** A Spark accumulator of edit counts by rule: {applied, not applied} by rule id. */
final class RuleCounts extends AccumulatorV2<Map<String, long[]>, Map<String, long[]>> {
  private static final long serialVersionUID = 1L;

  private TreeMap<String, long[]> counts = new TreeMap<>();

  /** Counts one edit. */
  void add(String rule, boolean applied) {
    counts.computeIfAbsent(rule, k -> new long[2])[applied ? 0 : 1]++;
  }

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public RuleCounts copy() {
    RuleCounts c = new RuleCounts();
    c.merge(this);
    return c;
  }

  @Override
  public void reset() {
    counts = new TreeMap<>();
  }

  @Override
  public void add(Map<String, long[]> more) {
    more.forEach((rule, c) -> {
      long[] mine = counts.computeIfAbsent(rule, k -> new long[2]);
      mine[0] += c[0];
      mine[1] += c[1];
    });
  }

  @Override
  public void merge(AccumulatorV2<Map<String, long[]>, Map<String, long[]>> other) {
    add(other.value());
  }

  @Override
  public Map<String, long[]> value() {
    return counts;
  }
}
