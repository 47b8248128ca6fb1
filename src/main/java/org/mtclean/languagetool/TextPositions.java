package org.mtclean.languagetool;

import java.util.Arrays;
import org.mtclean.Position;

/**
 * Turns UTF-16 offsets of one text into {@link Position}s: code-point offset, char offset,
 * 1-based line and 1-based code-point column, with the same conventions as the cleaner's edits
 * (line breaks are {@code \n}, {@code \r\n} or a lone {@code \r}; a leading BOM counts in the
 * offset but not in the column).
 *
 * <p>Building one costs a single scan of the text; each lookup is a binary search for the line
 * plus a walk over that line's chars. Immutable and thread-safe.
 */
final class TextPositions {
  private final String text;
  private final int[] lineStart; // char offset of the first char of each line
  private final long[] lineCpStart; // code-point offset of the first char of each line
  private final int lines;
  private final int firstColumnStart; // char offset where column 1 of line 1 is (after a BOM)

  TextPositions(String text) {
    this.text = text;
    int[] starts = new int[16];
    long[] cps = new long[16];
    int count = 1;
    long cp = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
        cp++;
      }
      boolean breakHere = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
      if (breakHere) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          cps = Arrays.copyOf(cps, count * 2);
        }
        starts[count] = i + 1;
        cps[count] = cp;
        count++;
      }
    }
    this.lineStart = starts;
    this.lineCpStart = cps;
    this.lines = count;
    this.firstColumnStart = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  /** The position of the UTF-16 offset {@code charOffset} (0 to the text's length). */
  Position at(int charOffset) {
    if (charOffset < 0 || charOffset > text.length()) {
      throw new IndexOutOfBoundsException(charOffset + " not in [0, " + text.length() + "]");
    }
    int line = Arrays.binarySearch(lineStart, 0, lines, charOffset);
    if (line < 0) {
      line = -line - 2;
    }
    int from = line == 0 ? firstColumnStart : lineStart[line];
    if (charOffset < from) {
      return new Position(0, 0, 1, 1); // on the BOM itself
    }
    long cpsInLine = 0;
    for (int i = from; i < charOffset; i++) {
      if (!Character.isLowSurrogate(text.charAt(i)) || i == from
          || !Character.isHighSurrogate(text.charAt(i - 1))) {
        cpsInLine++;
      }
    }
    long cpOffset = lineCpStart[line] + (line == 0 ? from : 0) + cpsInLine;
    return new Position(cpOffset, charOffset, line + 1L, 1 + cpsInLine);
  }
}
