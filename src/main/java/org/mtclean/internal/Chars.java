package org.mtclean.internal;

/**
 * Code-point classes used by the rules. Not API: may change without notice.
 */
public final class Chars {
  private Chars() {}

  /** Han, Kana, Hangul and other East Asian letters (not punctuation). */
  public static boolean isCjkLetter(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB)
        || (cp >= 0xAC00 && cp <= 0xD7AF)
        || (cp >= 0x20000 && cp <= 0x323AF)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x1100 && cp <= 0x11FF)
        || (cp >= 0x3130 && cp <= 0x318F)
        || (cp >= 0x31F0 && cp <= 0x31FF)
        || cp == 0x3005
        || cp == 0x3007
        || (cp >= 0x3021 && cp <= 0x3029);
  }

  /** CJK symbols and punctuation, and the full-width punctuation forms. */
  public static boolean isCjkPunct(int cp) {
    return (cp >= 0x3000 && cp <= 0x303F && cp != 0x3005 && cp != 0x3007 && !(cp >= 0x3021 && cp <= 0x3029))
        || (cp >= 0xFF01 && cp <= 0xFF0F)
        || (cp >= 0xFF1A && cp <= 0xFF20)
        || (cp >= 0xFF3B && cp <= 0xFF40)
        || (cp >= 0xFF5B && cp <= 0xFF65)
        || cp == 0x30FB
        || cp == 0x2026
        || cp == 0x2014;
  }

  /** A letter that is not East Asian: Latin, Greek, Cyrillic and the like. */
  public static boolean isWordLetter(int cp) {
    return cp < 0x2E80 ? Character.isLetter(cp) : (cp >= 0xFF21 && cp <= 0xFF5A && Character.isLetter(cp));
  }

  /** ASCII letter or digit, or any letter or digit that is not East Asian. */
  public static boolean isWordChar(int cp) {
    return cp < 0x80
        ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
        : cp < 0x2E80 && Character.isLetterOrDigit(cp);
  }

  /** Whether {@code s} is one to nine ASCII digits: a whole number that fits an int. */
  public static boolean isShortNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The first index from {@code i} at which, four chars at a time, one of {@code b[i, end)} may be
   * a control char or a surrogate (or above); {@code end} or a few chars before it when none is.
   * Line scanners go on from there char by char. ({@code c - 14} as a char is below 0xD7F2 when
   * {@code c} is in [14, 0xD7FF].)
   */
  public static int skipPlainText(char[] b, int i, int end) {
    while (i + 4 <= end && (char) (b[i] - 14) < 0xD7F2 && (char) (b[i + 1] - 14) < 0xD7F2
        && (char) (b[i + 2] - 14) < 0xD7F2 && (char) (b[i + 3] - 14) < 0xD7F2) {
      i += 4;
    }
    return i;
  }

  public static boolean isAsciiDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  /** Space-like characters inside a line: space, tab, NBSP and the other wide spaces. */
  public static boolean isInlineSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 || cp == 0x2007 || cp == 0x202F
        || (cp >= 0x2000 && cp <= 0x200A);
  }

  /** Invisible characters that carry nothing in running text (zero-width space, BOM, ...). */
  public static boolean isZeroWidth(int cp) {
    return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x200E || cp == 0x200F;
  }

  /** Index of {@code c} in the first {@code length} chars of {@code a} from {@code from}, or -1. */
  public static int indexOf(char[] a, int length, char c, int from) {
    for (int i = from; i < length; i++) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Code point before {@code index} in {@code a}, or -1 at the start. */
  public static int before(char[] a, int index) {
    return index <= 0 ? -1 : Character.codePointBefore(a, index);
  }

  /** Code point at {@code index} of the first {@code length} chars of {@code a}, or -1 at the end. */
  public static int at(char[] a, int length, int index) {
    return index >= length ? -1 : Character.codePointAt(a, index, length);
  }

  /** Code point before {@code index}, or -1 at the start. */
  public static int before(CharSequence s, int index) {
    return index <= 0 ? -1 : Character.codePointBefore(s, index);
  }

  /** Code point at {@code index}, or -1 at the end. */
  public static int at(CharSequence s, int index) {
    return index >= s.length() ? -1 : Character.codePointAt(s, index);
  }
}
