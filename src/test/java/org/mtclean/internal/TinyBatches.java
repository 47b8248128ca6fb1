package org.mtclean.internal;

/** Lets tests of other packages cut streams into tiny batches, so that a short text is batched. */
public final class TinyBatches {
  private static final int FIRST = BatchedRun.firstBatch;
  private static final int LATER = BatchedRun.batchSize;

  private TinyBatches() {}

  /** Batches of about {@code chars} chars from the first on. */
  public static void set(int chars) {
    BatchedRun.firstBatch = chars;
    BatchedRun.batchSize = chars;
  }

  public static void restore() {
    BatchedRun.firstBatch = FIRST;
    BatchedRun.batchSize = LATER;
  }
}
