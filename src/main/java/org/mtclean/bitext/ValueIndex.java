package org.mtclean.bitext;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * Values by number, for a look-up that stays cheap however many numbers a text holds: exact
 * values in a hash set, the values that may be rounded sorted, so that only those within the
 * rounding limit of a value are tried.
 */
final class ValueIndex {
  private static final BigDecimal LOW = new BigDecimal("0.94");
  private static final BigDecimal HIGH = new BigDecimal("1.06");

  private final Set<BigDecimal> exact = new HashSet<>();
  private final TargetNumbers.Value[] rounded;

  ValueIndex(Collection<TargetNumbers.Value> values) {
    for (TargetNumbers.Value x : values) {
      exact.add(key(x.value()));
    }
    rounded = values.stream().filter(x -> x.ulp().signum() > 0)
        .sorted(Comparator.comparing(TargetNumbers.Value::value)).toArray(TargetNumbers.Value[]::new);
  }

  /** Whether {@code v} is one of the values, exactly or rounded (see {@link TargetNumbers#matches}). */
  boolean has(BigDecimal v) {
    if (exact.contains(key(v))) {
      return true;
    }
    if (v.signum() <= 0 || rounded.length == 0) {
      return false;
    }
    BigDecimal low = v.multiply(LOW);
    BigDecimal high = v.multiply(HIGH);
    int lo = 0;
    int hi = rounded.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (rounded[mid].value().compareTo(low) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int k = lo; k < rounded.length && rounded[k].value().compareTo(high) <= 0; k++) {
      if (TargetNumbers.matches(v, rounded[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code v} is one of the values exactly. */
  boolean hasExactly(BigDecimal v) {
    return exact.contains(key(v));
  }

  static BigDecimal key(BigDecimal v) {
    return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
  }

  /** The values of {@code numbers} as a set of keys. */
  static Set<BigDecimal> keys(Collection<BigDecimal> numbers) {
    Set<BigDecimal> s = new HashSet<>();
    for (BigDecimal v : numbers) {
      s.add(key(v));
    }
    return s;
  }

  @Override
  public String toString() {
    return exact + " " + Arrays.toString(rounded);
  }
}
