package org.mtclean.formats;

/**
 * Checks a subtitle timing line: {@code 00:00:01,000 --> 00:00:04,000} in SRT (a full stop is
 * taken for the comma too, and anything after the second time, such as coordinates), {@code
 * 00:01.000 --> 00:04.000 align:start} in WebVTT (hours optional, settings after white space).
 */
final class CueTiming {
  private CueTiming() {}

  /** The index of the first char where {@code line} is not a timing line, or -1 when it is one. */
  static int error(String line, boolean vtt) {
    int i = skipBlanks(line, 0);
    i = time(line, i, vtt);
    if (i < 0) {
      return ~i;
    }
    int arrow = skipBlanks(line, i);
    if (arrow == i && vtt || !line.startsWith("-->", arrow)) {
      return arrow;
    }
    int second = skipBlanks(line, arrow + 3);
    if (second == arrow + 3 && vtt) {
      return second;
    }
    i = time(line, second, vtt);
    if (i < 0) {
      return ~i;
    }
    if (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
      return i;
    }
    return -1;
  }

  /** The index after the time at {@code i}, or the complement of the index where it goes wrong. */
  private static int time(String s, int i, boolean vtt) {
    int k = digits(s, i, 1, 9);
    if (k < 0) {
      return ~i;
    }
    boolean hours = k - i != 2 || (k < s.length() && s.charAt(k) == ':' && colonFollows(s, k + 1));
    if (!vtt || hours) {
      if (k >= s.length() || s.charAt(k) != ':') {
        return ~k;
      }
      int m = digits(s, k + 1, 2, 2);
      if (m < 0) {
        return ~(k + 1);
      }
      k = m;
    }
    if (k >= s.length() || s.charAt(k) != ':') {
      return ~k;
    }
    int sec = digits(s, k + 1, 2, 2);
    if (sec < 0) {
      return ~(k + 1);
    }
    if (sec >= s.length() || !(s.charAt(sec) == '.' || (!vtt && s.charAt(sec) == ','))) {
      return ~sec;
    }
    int ms = digits(s, sec + 1, vtt ? 3 : 1, 3);
    if (ms < 0) {
      return ~(sec + 1);
    }
    return ms;
  }

  /** Whether {@code s} has two digits and a colon at {@code i}: the minutes after an hour. */
  private static boolean colonFollows(String s, int i) {
    return digits(s, i, 2, 2) == i + 2 && i + 2 < s.length() && s.charAt(i + 2) == ':';
  }

  /** The index after {@code min} to {@code max} ASCII digits at {@code i}, or -1. */
  private static int digits(String s, int i, int min, int max) {
    int k = i;
    while (k < s.length() && k - i < max && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    if (k - i < min || (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9')) {
      return -1;
    }
    return k;
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
