package org.mtclean.internal;

import java.util.Arrays;

/**
 * The places in a paragraph worth a look for a scanner. A list of <em>marks</em> holds every char
 * that is not an ASCII letter or digit, except a single space between two of them: in English
 * prose that is one char in ten or fewer, so rules about punctuation, spacing, line breaks and
 * non-ASCII text visit these instead of every char. A list of <em>breaks</em> holds every char that
 * is not an ASCII letter, so that each run of ASCII letters lies between two entries, for rules
 * that go word by word.
 *
 * <p>The list is kept in an array that ends with a sentinel: the first entry not less than the
 * paragraph length ends it. After edits the list is updated in one merge, rescanning only the
 * replaced text and its two neighbours (a char's status depends on its neighbours), so the rules
 * of one paragraph share a single scan. Not API: may change without notice.
 */
public final class Marks {
  private final boolean breaks; // which list: breaks, or marks
  private int[] marks = new int[64];
  private int count;
  private int[] spare = new int[64];
  private boolean digits; // a list of marks: whether the text may hold an ASCII digit

  /** Whether the char at {@code i} is a mark in the first {@code n} chars of {@code s}. */
  public static boolean isMark(char[] s, int n, int i) {
    int cls = kind(s[i]);
    return cls == MARK || (cls == SPACE
        && (i == 0 || i + 1 >= n || kind(s[i - 1]) > DIGIT || kind(s[i + 1]) > DIGIT));
  }

  /** Whether the char at {@code i} is a word break: anything but an ASCII letter. */
  public static boolean isBreak(char[] s, int i) {
    return kind(s[i]) != LETTER;
  }

  /** An empty list of marks ({@code breaks} false) or of breaks ({@code breaks} true). */
  public Marks(boolean breaks) {
    this.breaks = breaks;
  }

  /** A fresh list of marks for one text (for contexts that do not keep one). */
  public static int[] of(char[] s, int n) {
    Marks marks = new Marks(false);
    build(marks, new Marks(true), s, n);
    return marks.array();
  }

  /** A fresh list of breaks for one text (for contexts that do not keep one). */
  public static int[] breaksOf(char[] s, int n) {
    Marks breaks = new Marks(true);
    build(new Marks(false), breaks, s, n);
    return breaks.array();
  }

  /** The list, ended by an entry not less than the text length; shared, not to be modified. */
  public int[] array() {
    return marks;
  }

  public int count() {
    return count;
  }

  /**
   * For a list of marks: whether the text may hold an ASCII digit (digits are not marks). Exact
   * after {@link #build}; after {@link #update} it stays true once true, since the digits of the
   * replaced text are not counted out.
   */
  public boolean mayHoldDigits() {
    return digits;
  }

  /** Entries held by this list's arrays, in use or not. */
  int capacity() {
    return marks.length + spare.length;
  }

  /** Lists the marks and the breaks of the first {@code n} chars of {@code s} in one scan. */
  public static void build(Marks marks, Marks breaks, char[] s, int n) {
    build(marks, breaks, s, n, null);
  }

  /**
   * {@link #build}, and sets {@code presence} (when not null) from the chars at the marks in the
   * same scan, as {@link CharPresence#addMarks} on a cleared presence would.
   */
  static void build(Marks marks, Marks breaks, char[] s, int n, CharPresence presence) {
    marks.ensure(n + 1);
    breaks.ensure(n + 1);
    int[] b = breaks.marks;
    int ob = listBreaks(s, n, b);
    // the marks are among the breaks: every char but an ASCII letter, except a digit, and a space
    // between two letters or digits
    int[] m = marks.marks;
    int om = 0;
    boolean dig = false;
    long low = 0; // presence bits of the chars at the marks: ASCII 0-63, 64-127, other blocks
    long high = 0;
    long blocks = 0;
    for (int k = 0; k < ob; k++) {
      int i = b[k];
      char c = s[i];
      if (c == ' ') {
        if (i == 0 || i + 1 >= n || kind(s[i - 1]) > DIGIT || kind(s[i + 1]) > DIGIT) {
          m[om++] = i;
          low |= 1L << ' ';
        }
      } else if ((char) (c - '0') >= 10) {
        m[om++] = i;
        if (c < 64) {
          low |= 1L << c;
        } else if (c < 128) {
          high |= 1L << (c - 64);
        } else {
          blocks |= CharPresence.markBits(c);
        }
      } else {
        dig = true;
      }
    }
    if (presence != null) {
      presence.setFromMarks(low, high, blocks, dig);
    }
    m[om] = n;
    marks.digits = dig;
    marks.count = om;
    breaks.count = ob;
  }

  /**
   * Writes the index of every char of {@code s[0, n)} that is not an ASCII letter to {@code b}
   * (which has room for {@code n + 1}), ends the list with {@code n}, and returns its length.
   */
  private static int listBreaks(char[] s, int n, int[] b) {
    int ob = 0;
    for (int i = 0; i < n; i++) {
      if ((char) ((s[i] | 0x20) - 'a') >= 26) {
        b[ob++] = i;
      }
    }
    b[ob] = n;
    return ob;
  }

  /** Lists the breaks of the first {@code n} chars of {@code s}, as {@link #build} does. */
  public static void buildBreaks(Marks breaks, char[] s, int n) {
    breaks.ensure(n + 1);
    breaks.count = listBreaks(s, n, breaks.marks);
  }

  /**
   * Updates the list after sorted, non-overlapping edits: edit {@code k} replaced the old range
   * {@code [starts[k], ends[k])} with {@code lens[k]} chars; {@code s} and {@code n} are the new text.
   */
  public void update(char[] s, int n, int[] starts, int[] ends, int[] lens, int edits) {
    int[] old = marks;
    int oldCount = count;
    int[] out = spare;
    if (out.length < oldCount + 1) {
      out = new int[Math.max(oldCount + 1, out.length * 2)];
    }
    int o = 0;
    int oi = 0;
    int delta = 0;
    int scannedTo = 0; // new-text index up to which the rescans have gone
    for (int k = 0; k < edits; k++) {
      int lo = starts[k] - 1;
      int hi = ends[k] + 1;
      while (oi < oldCount && old[oi] + delta < scannedTo) {
        oi++; // rescanned with the previous edit
      }
      int to = firstAtLeast(old, oi, oldCount, lo);
      out = ensure(out, o + (to - oi) + 1);
      o = shift(old, oi, to, out, o, delta);
      oi = to;
      while (oi < oldCount && old[oi] < hi) {
        oi++;
      }
      int from = Math.max(scannedTo, Math.max(0, starts[k] + delta - 1));
      int end = Math.min(n, starts[k] + delta + lens[k] + 1);
      if (from < end) {
        out = ensure(out, o + (end - from) + 1);
        for (int i = from; i < end; i++) {
          if (breaks ? isBreak(s, i) : isMark(s, n, i)) {
            out[o++] = i;
          } else if (!breaks && (char) (s[i] - '0') < 10) {
            digits = true;
          }
        }
        scannedTo = end;
      }
      delta += lens[k] - (ends[k] - starts[k]);
    }
    while (oi < oldCount && old[oi] + delta < scannedTo) {
      oi++;
    }
    out = ensure(out, o + (oldCount - oi) + 1);
    o = shift(old, oi, oldCount, out, o, delta);
    out[o] = n;
    spare = old;
    marks = out;
    count = o;
  }

  /** The first index in {@code [from, to)} of sorted {@code a} whose entry is at least {@code key}, or {@code to}. */
  private static int firstAtLeast(int[] a, int from, int to, int key) {
    int lo = from;
    int hi = to;
    while (hi - lo > 8) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    while (lo < hi && a[lo] < key) {
      lo++;
    }
    return lo;
  }

  /** Copies {@code old[from, to)} plus {@code delta} to {@code out} at {@code o}; returns the new end. */
  private static int shift(int[] old, int from, int to, int[] out, int o, int delta) {
    if (delta == 0) { // before the first edit, and after edits that kept the length
      System.arraycopy(old, from, out, o, to - from);
      return o + to - from;
    }
    for (int i = from; i < to; i++) {
      out[o + i - from] = old[i] + delta;
    }
    return o + to - from;
  }

  private static final byte LETTER = 0; // ASCII
  private static final byte DIGIT = 1; // ASCII
  private static final byte SPACE = 2;
  private static final byte MARK = 3;
  private static final byte[] KIND = kinds();

  private static byte[] kinds() {
    byte[] k = new byte[128];
    for (char c = 0; c < 128; c++) {
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      k[c] = c >= '0' && c <= '9' ? DIGIT : letter ? LETTER : c == ' ' ? SPACE : MARK;
    }
    return k;
  }

  private static int kind(char c) {
    return c < 128 ? KIND[c] : MARK;
  }

  private void ensure(int size) {
    if (marks.length < size) {
      marks = new int[Math.max(size, marks.length * 2)];
    }
  }

  private static int[] ensure(int[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }
}
