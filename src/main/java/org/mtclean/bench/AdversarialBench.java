package org.mtclean.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mtclean.Cleaner;
import org.mtclean.Profile;

/**
 * Times the default cleaner on adversarial text: one paragraph made of one pattern repeated,
 * such as {@code a,b,} with no space, a run of dots or of CJK, or a chain of dates, at 1, 2 and
 * 4 MB, and prints how the time grows. Every rule must be linear in the paragraph, so the time
 * should double with the size (a ratio near 2; near 4 would be quadratic). Run from the jar:
 *
 * <pre>
 * java -Xmx2g -cp target/mtclean.jar org.mtclean.bench.AdversarialBench [--sizes 1,2,4]
 *     [--only NAME] [--seed N] [--limit SECONDS]
 * </pre>
 *
 * <p>Sizes are in MB of chars (fractions allowed). The patterns come from a seeded generator
 * ({@link AdversarialPatterns}); a pattern whose time at one size passes the limit is not run at
 * the larger sizes and is marked SLOW.
 */
public final class AdversarialBench {
  private AdversarialBench() {}

  public static void main(String[] args) {
    double[] sizes = {1, 2, 4};
    String only = null;
    long seed = 16;
    double limit = 60;
    boolean lineByLine = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = parseSizes(args[++i]);
        case "--only" -> only = args[++i];
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--limit" -> limit = Double.parseDouble(args[++i]);
        case "--line-by-line" -> lineByLine = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Cleaner cleaner = Cleaner.builder().profile(Profile.APPLY_SUGGESTIONS).lineByLine(lineByLine)
        .build();
    warmUp(cleaner, seed);
    System.out.printf(Locale.ROOT, "%-22s", "pattern");
    for (double size : sizes) {
      System.out.printf(Locale.ROOT, " %9s", format(size) + " MB");
    }
    System.out.println("   growth per doubling (about 2 is linear)");
    List<String> slow = new ArrayList<>();
    for (AdversarialPatterns.Pattern p : AdversarialPatterns.all()) {
      if (only != null && !p.name().equals(only)) {
        continue;
      }
      System.out.printf(Locale.ROOT, "%-22s", p.name());
      double[] times = new double[sizes.length];
      boolean tooSlow = false;
      for (int k = 0; k < sizes.length; k++) {
        if (tooSlow) {
          System.out.printf(Locale.ROOT, " %9s", "-");
          continue;
        }
        String text = p.generate(new Random(seed), (int) (sizes[k] * (1 << 20)));
        times[k] = cpuSeconds(cleaner, text);
        System.out.printf(Locale.ROOT, " %8.2fs", times[k]);
        tooSlow = times[k] > limit;
      }
      StringBuilder growth = new StringBuilder();
      for (int k = 1; k < sizes.length && times[k] > 0; k++) {
        double ratio = (times[k] / times[k - 1]) / (sizes[k] / sizes[k - 1]) * 2;
        growth.append(String.format(Locale.ROOT, " %.2f", ratio));
      }
      System.out.println("  " + growth + (tooSlow ? "  SLOW" : ""));
      if (tooSlow) {
        slow.add(p.name());
      }
    }
    System.out.println(slow.isEmpty() ? "no pattern passed the limit" : "SLOW: " + slow);
  }

  private static void warmUp(Cleaner cleaner, long seed) {
    for (int round = 0; round < 3; round++) {
      for (AdversarialPatterns.Pattern p : AdversarialPatterns.all()) {
        cleaner.clean(p.generate(new Random(seed + round), 1 << 12));
      }
    }
  }

  /** CPU time of the best of two runs of {@code clean(String)}, which records every edit. */
  private static double cpuSeconds(Cleaner cleaner, String text) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    for (int run = 0; run < 2; run++) {
      long start = bean.getCurrentThreadCpuTime();
      cleaner.clean(text);
      best = Math.min(best, (bean.getCurrentThreadCpuTime() - start) / 1e9);
      if (best > 5) {
        break; // slow enough to measure once
      }
    }
    return best;
  }

  private static double[] parseSizes(String list) {
    String[] parts = list.split(",");
    double[] sizes = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      sizes[i] = Double.parseDouble(parts[i].trim());
    }
    return sizes;
  }

  private static String format(double size) {
    return size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size);
  }
}
