package org.mtclean.internal;

import java.util.Arrays;

/**
 * Which characters a text may contain: exact for ASCII and for a few Han characters that rules
 * look for (see {@link #own}), by block for the rest. Lets a rule skip
 * a paragraph that cannot hold what it looks for without scanning it. Conservative: it may say
 * "maybe" for a character that is not there, never "no" for one that is. Built from the
 * {@link Marks} of a paragraph (again after each change), it says "maybe" for every ASCII letter,
 * and for every digit when the marks say the text may hold one ({@link Marks#mayHoldDigits}): a
 * question about any digit is a question about all ten. One per paragraph buffer; not thread-safe.
 */
final class CharPresence {
  private static final long DIGITS = 0x03FF000000000000L; // '0'-'9' in low

  private long low; // ASCII 0-63
  private long high; // ASCII 64-127
  private long blocks; // one bit per non-ASCII block, see block()

  void clear() {
    low = high = blocks = 0;
  }

  /**
   * Adds the chars at the marks (ended by one not less than {@code n}), every ASCII letter, and
   * every digit when {@code digits}.
   */
  void addMarks(char[] a, int[] marks, int n, boolean digits) {
    long l = low | (digits ? DIGITS : 0);
    long h = high | LETTERS;
    long b = blocks;
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      char c = a[i];
      if (c < 64) {
        l |= 1L << c;
      } else if (c < 128) {
        h |= 1L << (c - 64);
      } else {
        b |= markBits(c);
      }
    }
    low = l;
    high = h;
    blocks = b;
  }

  private static final long LETTERS = 0x07FFFFFE07FFFFFEL; // 'A'-'Z' and 'a'-'z' in high

  /** The presence bits of a char at a mark, {@code c >= 128}: its block's, and its own if any. */
  static long markBits(char c) {
    return (1L << block(c)) | own(c);
  }

  /**
   * Sets the presence as {@link #clear()} then {@link #addMarks} would, from the bits of the chars
   * at the marks that {@link Marks#build} added up while it listed them.
   */
  void setFromMarks(long lowBits, long highBits, long blockBits, boolean digits) {
    low = lowBits | (digits ? DIGITS : 0);
    high = highBits | LETTERS;
    blocks = blockBits;
  }

  boolean mayContain(char c) {
    if (c < 64) {
      return (low & (1L << c)) != 0;
    }
    if (c < 128) {
      return (high & (1L << (c - 64))) != 0;
    }
    return (blocks & queryBit(c)) != 0;
  }

  /**
   * The bit of its own of a Han character that rules look for, or 0: \u5E74 and \u6708 (year,
   * month: literal dates), \u4E07 and \u4EBF (myriads). Such a char sets its block's bit too,
   * so that a probe of the block (any Han) still sees it.
   */
  private static long own(char c) {
    return switch (c) {
      case '\u5E74' -> 1L << 40;
      case '\u6708' -> 1L << 41;
      case '\u4E07' -> 1L << 42;
      case '\u4EBF' -> 1L << 43;
      default -> 0;
    };
  }

  /** The bit that says {@code c} (c >= 128) may be present: its own, or its block's. */
  private static long queryBit(char c) {
    long own = own(c);
    return own != 0 ? own : 1L << block(c);
  }

  /** The presence bits of {@code chars}, as {@code {low, high, blocks}}, for {@link #mayContainAny(long[])}. */
  static long[] maskOf(String chars) {
    CharPresence p = new CharPresence();
    for (int i = 0, n = chars.length(); i < n; i++) {
      p.add(chars.charAt(i));
    }
    return new long[] {p.low, p.high, p.blocks};
  }

  private void add(char c) {
    if (c >= '0' && c <= '9') {
      low |= DIGITS; // any digit stands for all
    } else if (c < 64) {
      low |= 1L << c;
    } else if (c < 128) {
      high |= 1L << (c - 64);
    } else {
      blocks |= queryBit(c);
    }
  }

  /** Whether any char of a {@link #maskOf} may be present: {@link #mayContain} of each, in one test. */
  boolean mayContainAny(long[] mask) {
    return ((low & mask[0]) | (high & mask[1]) | (blocks & mask[2])) != 0;
  }

  /** {@link #mayContain} of any char of {@code chars}, from a mask kept for the string. */
  boolean mayContainAny(String chars) {
    return mayContainAny(probeMask(chars));
  }

  // the masks of the strings asked about, in an open-addressed table by identity (a String
  // caches its hash): rules ask with the same few constants every time, and two of them that
  // share a slot must not keep evicting each other
  private static final int PROBE_SLOTS = 64;
  private final String[] probes = new String[PROBE_SLOTS];
  private final long[][] probeMasks = new long[PROBE_SLOTS][];
  private int probeCount;

  private long[] probeMask(String chars) {
    int k = chars.hashCode() & (PROBE_SLOTS - 1);
    for (String p; (p = probes[k]) != null; k = (k + 1) & (PROBE_SLOTS - 1)) {
      if (p == chars) {
        return probeMasks[k];
      }
    }
    if (probeCount == PROBE_SLOTS / 2) { // strings made on the fly: start again
      Arrays.fill(probes, null);
      Arrays.fill(probeMasks, null);
      probeCount = 0;
      k = chars.hashCode() & (PROBE_SLOTS - 1);
    }
    probeCount++;
    probes[k] = chars;
    return probeMasks[k] = maskOf(chars);
  }

  /** Any char below 0x20 other than tab and line feed. */
  boolean mayContainControl() {
    return (low & 0xFFFFFFFFL & ~((1L << '\t') | (1L << '\n'))) != 0;
  }

  boolean mayContainNonAscii() {
    return blocks != 0;
  }

  /** ！（），．：；？ */
  private static boolean isChinesePunctuation(char c) {
    return c == 0xFF0C || c == 0xFF1A || c == 0xFF1B || c == 0xFF1F || c == 0xFF01 || c == 0xFF08
        || c == 0xFF09 || c == 0xFF0E;
  }

  private static int block(char c) {
    if (c < 0x100) {
      return c < 0xA0 ? 0 : 1; // C1 controls; Latin-1 (NBSP, middle dot)
    }
    if (c < 0x2000) {
      return 2;
    }
    if (c < 0x2070) {
      return 3 + ((c - 0x2000) >> 3); // general punctuation in 14 slices: 3..16
    }
    if (c < 0x3000) {
      return 17;
    }
    if (c < 0x3040) {
      // CJK symbols and punctuation in 8 slices: 18..25; the ideographic space on its own, so that
      // a full stop does not send chars.space looking for one
      return c == 0x3000 ? 44 : 18 + ((c - 0x3000) >> 3);
    }
    if (c < 0x3100) {
      return 26; // kana
    }
    if (c < 0xA000) {
      return 27; // Han and other CJK
    }
    if (c >= 0xAC00 && c < 0xD800) {
      return 28; // Hangul
    }
    if (c >= 0xD800 && c < 0xE000) {
      return 29; // surrogates
    }
    if (c >= 0xFF00 && c < 0xFFF0) {
      // full-width forms in 8 slices: 30..37; the punctuation that punct.cjk converts on its own,
      // so that a Chinese comma does not send chars.fullwidth looking for full-width digits
      return isChinesePunctuation(c) ? 45 : 30 + ((c - 0xFF00) >> 5);
    }
    if (c == 0xFEFF) {
      return 38;
    }
    return 39;
  }
}
