package org.mtclean.internal;

/**
 * The word breaks of a {@link ParagraphBuffer}'s text, brought up to date only when a rule asks
 * for them: the rules that go word by word ask after several commits or not at all. One commit
 * behind, an update does; two behind, two updates (the text between them is still in the buffer's
 * spare array); more, a scan of the breaks alone. Not thread-safe.
 */
final class LazyBreaks {
  private final Marks breaks = new Marks(true);
  private int behind; // commits since the list was up to date
  // the edits of the first commit behind (a copy), and of the last (the buffer's arrays)
  private int[] firstStarts = new int[16];
  private int[] firstEnds = new int[16];
  private int[] firstLens = new int[16];
  private int firstCount;
  private int[] lastStarts;
  private int[] lastEnds;
  private int[] lastLens;
  private int lastCount;
  private int lengthBeforeLast;

  /** The list itself, for {@link Marks#build}; call {@link #built} after. */
  Marks list() {
    return breaks;
  }

  void built() {
    behind = 0;
  }

  /**
   * Notes a commit: edits {@code [starts[k], ends[k])} got {@code lens[k]} chars; the text had
   * {@code lengthBefore} chars before it. The arrays stay the buffer's until its next commit.
   */
  void committed(int[] starts, int[] ends, int[] lens, int count, int lengthBefore) {
    if (behind++ == 0) {
      if (firstStarts.length < count) {
        firstStarts = new int[starts.length];
        firstEnds = new int[starts.length];
        firstLens = new int[starts.length];
      }
      System.arraycopy(starts, 0, firstStarts, 0, count);
      System.arraycopy(ends, 0, firstEnds, 0, count);
      System.arraycopy(lens, 0, firstLens, 0, count);
      firstCount = count;
    }
    lastStarts = starts;
    lastEnds = ends;
    lastLens = lens;
    lastCount = count;
    lengthBeforeLast = lengthBefore;
  }

  /** The breaks of {@code chars[0, length)}; {@code before}: the text before the last commit. */
  int[] array(char[] chars, int length, char[] before) {
    if (behind == 1) {
      breaks.update(chars, length, firstStarts, firstEnds, firstLens, firstCount);
    } else if (behind == 2) {
      breaks.update(before, lengthBeforeLast, firstStarts, firstEnds, firstLens, firstCount);
      breaks.update(chars, length, lastStarts, lastEnds, lastLens, lastCount);
    } else if (behind > 2) {
      Marks.buildBreaks(breaks, chars, length);
    }
    behind = 0;
    return breaks.array();
  }

  /** Entries held, in use or not. */
  long capacity() {
    return breaks.capacity() + firstStarts.length * 3L;
  }
}
