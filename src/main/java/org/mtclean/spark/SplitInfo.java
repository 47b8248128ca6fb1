package org.mtclean.spark;

import java.io.Serializable;

/**
 * What the scan of one input split found: where it is, its lines, and the quote style its lines
 * decide (see {@link QuoteStyle}).
 *
 * @param partition the index of the split's partition
 * @param file the file's path
 * @param start the split's first byte in the file
 * @param lines the lines that start in the split
 * @param quoteStyle the style the split's lines decide on their own
 */
record SplitInfo(int partition, String file, long start, long lines, int quoteStyle) implements Serializable {
  private static final long serialVersionUID = 1L;
}
