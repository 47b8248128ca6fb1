package org.mtclean;

/**
 * The seed of a randomized test: a fixed default, so that every run (and CI) is reproducible;
 * {@code -Dmtclean.seed=N} replays a seed and {@code -Dmtclean.seed=random} explores a new one.
 * The seed in use is remembered for the thread, so that {@link SeedReporter} names it when the
 * test fails.
 */
public final class TestSeeds {
  /** The seed of every randomized test unless told otherwise. */
  public static final long DEFAULT = 20261207L;

  private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

  private TestSeeds() {}

  /** The seed for {@code test}, printed with the way to replay it. */
  public static long seed(String test) {
    String property = System.getProperty("mtclean.seed");
    long seed;
    if (property == null || property.isBlank()) {
      seed = DEFAULT;
    } else if (property.equalsIgnoreCase("random")) {
      seed = System.nanoTime();
    } else {
      seed = Long.parseLong(property.trim());
    }
    CURRENT.set(seed);
    System.out.println(test + " seed: " + seed + " (replay with -Dmtclean.seed=" + seed + ")");
    return seed;
  }

  /** The last seed handed out on this thread, or null. */
  static Long current() {
    return CURRENT.get();
  }

  static void clear() {
    CURRENT.remove();
  }
}
