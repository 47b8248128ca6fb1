package org.mtclean;

import java.util.Random;

/** The garbled-text generator of {@link RandomizedIdempotenceTest}, for tests in other packages. */
public final class RandomizedIdempotenceTestAccess {
  private RandomizedIdempotenceTestAccess() {}

  public static String garble(Random random, int pieces) {
    return RandomizedIdempotenceTest.garble(random, pieces);
  }
}
