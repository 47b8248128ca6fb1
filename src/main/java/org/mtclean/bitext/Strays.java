package org.mtclean.bitext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The numbers of the target (3 or more) that no source number accounts for, in text order: where
 * a finding of {@code bitext.number} is placed, since a number the source lacks is the likely
 * wrong one.
 */
final class Strays {
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal LOW = new BigDecimal("0.94");
  private static final BigDecimal HIGH = new BigDecimal("1.06");

  private final List<TargetNumbers.Value> strays = new ArrayList<>();
  private final int length;

  Strays(List<SourceNumber> numbers, TargetNumbers tn, int targetLength) {
    this.length = Math.max(1, targetLength);
    List<BigDecimal> all = new ArrayList<>();
    for (SourceNumber sn : numbers) {
      if (sn.value() != null) {
        all.add(sn.value());
      }
      all.addAll(sn.alternatives());
      for (int part : new int[] {sn.year(), sn.month(), sn.day()}) {
        if (part > 0) {
          all.add(BigDecimal.valueOf(part));
        }
      }
    }
    Set<BigDecimal> keys = ValueIndex.keys(all);
    BigDecimal[] sorted = all.stream().filter(v -> v.signum() > 0).sorted().toArray(BigDecimal[]::new);
    for (TargetNumbers.Value x : tn.values) {
      if (x.value().compareTo(THREE) >= 0 && !keys.contains(ValueIndex.key(x.value()))
          && !(x.ulp().signum() > 0 && roundsTo(sorted, x))) {
        strays.add(x);
      }
    }
    strays.sort(Comparator.comparingInt(TargetNumbers.Value::start));
  }

  /** Whether a source value rounds to {@code x}: only those within the rounding limit are tried. */
  private static boolean roundsTo(BigDecimal[] sorted, TargetNumbers.Value x) {
    BigDecimal low = x.value().multiply(LOW);
    BigDecimal high = x.value().multiply(HIGH);
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].compareTo(low) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < sorted.length && sorted[k].compareTo(high) <= 0; k++) {
      if (TargetNumbers.matches(sorted[k], x)) {
        return true;
      }
    }
    return false;
  }

  boolean isEmpty() {
    return strays.isEmpty();
  }

  /** The span of the stray nearest to relative position {@code where} (0 to 1), or null. */
  int[] nearest(double where) {
    if (strays.isEmpty()) {
      return null;
    }
    double at = where * length;
    int lo = 0;
    int hi = strays.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (strays.get(mid).start() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int best = lo == strays.size() ? lo - 1 : lo;
    if (lo > 0 && Math.abs(strays.get(lo - 1).start() - at) <= Math.abs(strays.get(best).start() - at)) {
      best = lo - 1;
    }
    TargetNumbers.Value x = strays.get(best);
    return new int[] {x.start(), x.end()};
  }
}
