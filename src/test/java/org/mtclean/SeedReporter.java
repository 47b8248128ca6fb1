package org.mtclean;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Adds the seed of a failed randomized test (see {@link TestSeeds}) to its failure, so that every
 * failure says how to replay it. Registered for all tests by service loading.
 */
public final class SeedReporter implements BeforeEachCallback, TestExecutionExceptionHandler {
  @Override
  public void beforeEach(ExtensionContext context) {
    TestSeeds.clear();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Long seed = TestSeeds.current();
    if (seed == null) {
      throw failure;
    }
    AssertionError wrapped = new AssertionError(
        "failed with seed " + seed + " (replay with -Dmtclean.seed=" + seed + "): "
            + failure.getMessage(), failure);
    throw wrapped;
  }
}
