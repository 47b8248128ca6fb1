package org.mtclean.rules;

import org.mtclean.internal.Chars;

/**
 * Where a Chinese mark stands, for {@link ChinesePunctuationRule}: in untranslated Chinese or in
 * English, judged from the nearest letters on each side; the two marks of a bracket pair judged
 * alike. Stateless but for {@link BracketPairs}, one per paragraph.
 */
final class ChineseContext {
  private static final int CONTEXT_REACH = 16;

  private ChineseContext() {}

  static boolean isChineseCloser(int cp) {
    return cp == 0xFF09 || cp == 0x3011 || cp == 0x3015 || cp == 0x300B || cp == 0x3009
        || cp == 0x300D || cp == 0x300F;
  }

  /** The closing mark of a Chinese opening bracket or title mark (each closer is its opener + 1, but for （）). */
  private static char closerOf(char open) {
    return open == '\uFF08' ? '\uFF09' : (char) (open + 1);
  }

  /**
   * Keeps the two marks of a bracket pair alike. Each mark is judged by its own neighbours; when
   * the opening and the closing mark of a pair on one line are judged differently ({@code （一）Text}:
   * the opener sits between the line start and CJK, the closer between CJK and English), the pair
   * is judged as one, by what lies outside it, so that it never comes out as {@code （一)}.
   */
  static final class BracketPairs {
    private static final int MAX_SPAN = 512;
    private int[] closers = new int[4];
    private boolean[] chinese = new boolean[4];
    private int head; // entries before it are behind the scan
    private int size;

    /** Judges the opener at {@code marks[k]}, and its closer when they differ. */
    boolean decideOpener(char[] s, int n, int[] marks, int k) {
      int i = marks[k];
      boolean own = inChineseContext(s, n, i, i + 1);
      char open = s[i];
      char close = closerOf(open);
      int depth = 0;
      for (int q = k + 1, m; (m = marks[q]) < n && m - i <= MAX_SPAN && s[m] != '\n'; q++) {
        if (s[m] == open) {
          depth++;
        } else if (s[m] == close && depth-- == 0) {
          boolean closer = inChineseContext(s, n, m, m + 1);
          boolean pair = own == closer ? own : inChineseContext(s, n, i, m + 1);
          add(m, own == closer ? closer : pair);
          return pair;
        }
      }
      return own;
    }

    /**
     * What the pair judged for the closer at {@code closer}: 1 Chinese, 0 not, -1 not judged (no
     * opener on its line). Closers come in text order: entries behind it are dropped first.
     */
    int decisionFor(int closer) {
      while (head < size && closers[head] < closer) {
        head++;
      }
      for (int k = size - 1; k >= head; k--) {
        if (closers[k] == closer) {
          return chinese[k] ? 1 : 0;
        }
      }
      return -1;
    }

    private void add(int closer, boolean isChinese) {
      if (size == closers.length) {
        closers = java.util.Arrays.copyOf(closers, size * 2);
        chinese = java.util.Arrays.copyOf(chinese, size * 2);
      }
      closers[size] = closer;
      chinese[size] = isChinese;
      size++;
    }
  }

  static boolean isChineseOpener(int cp) {
    return cp == 0xFF08 || cp == 0x3010 || cp == 0x3014 || cp == 0x300A || cp == 0x3008
        || cp == 0x300C || cp == 0x300E;
  }

  /**
   * Whether the mark at {@code [i, j)} sits in untranslated Chinese: the nearest letter or digit
   * on each side is CJK or absent, and at least one of them is CJK.
   */
  static boolean inChineseContext(char[] s, int n, int i, int j) {
    int left = nearestLetter(s, n, i, -1);
    int right = nearestLetter(s, n, j, +1);
    boolean leftCjk = left >= 0 && Chars.isCjkLetter(left);
    boolean rightCjk = right >= 0 && Chars.isCjkLetter(right);
    return (leftCjk || rightCjk) && (left < 0 || leftCjk) && (right < 0 || rightCjk);
  }

  private static int nearestLetter(char[] s, int n, int from, int dir) {
    int k = from;
    for (int steps = 0; steps < CONTEXT_REACH; steps++) {
      int cp;
      if (dir < 0) {
        if (k <= 0) {
          return -1;
        }
        cp = Character.codePointBefore(s, k);
        k -= Character.charCount(cp);
      } else {
        if (k >= n) {
          return -1;
        }
        cp = Character.codePointAt(s, k, n);
        k += Character.charCount(cp);
      }
      if (cp == '\n') {
        return -1;
      }
      if (Character.isLetterOrDigit(cp)) {
        return cp;
      }
    }
    return -1;
  }
}
