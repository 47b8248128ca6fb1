package org.mtclean.internal;

import java.util.Arrays;
import java.util.Set;

/**
 * Finds the spans of a paragraph that punctuation, number and repetition rules must not edit:
 * URLs, e-mail addresses, domains and file names, times, ratios, decimals and thousands,
 * versions, ISO dates, abbreviations, backtick code, and text already marked as untranslated
 * ({@code [untranslated: …]}). One linear scan; no regular expressions. Not API.
 */
public final class ProtectedSpans {
  /** How the {@code untranslated} rule opens a marked run; the run ends at the next {@code ]}. */
  public static final String UNTRANSLATED_MARK = "[untranslated: ";

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Co", "Ltd", "Inc", "Corp", "Bros",
          "No", "Nos", "no", "vs", "etc", "approx", "Dept", "Gov", "Govt", "Fig", "fig", "Vol",
          "vol", "pp", "Art", "Sec", "Rev", "Gen", "Capt", "Lt", "Col", "Sgt", "Mt", "Ave", "Rd",
          "cf", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
          "Dec", "Est", "est", "Hon", "Messrs", "Pres", "Rep", "Sen", "Univ", "Assn", "Intl",
          "ca", "viz", "ed", "eds", "ch", "Ch", "Op", "op", "Ph", "Mfg", "Hwy", "Blvd");

  private static final ProtectedSpans NONE = new ProtectedSpans(new int[0], 0);

  private final int[] bounds; // start0, end0, start1, end1, ... sorted, non-overlapping
  private final int size;

  private ProtectedSpans(int[] bounds, int size) {
    this.bounds = bounds;
    this.size = size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Whether {@code index} is inside a span. */
  public boolean contains(int index) {
    return spanAt(index) >= 0;
  }

  /** Whether any char of {@code [start, end)} is inside a span. */
  public boolean intersects(int start, int end) {
    if (size == 0) {
      return false;
    }
    if (end <= start) {
      return contains(start) && spanStart(start) < start;
    }
    int k = firstEndingAfter(start);
    return k < size && bounds[2 * k] < end;
  }

  /** End of the span containing {@code index}, or {@code index} when it is not protected. */
  public int endOfSpanAt(int index) {
    int k = spanAt(index);
    return k < 0 ? index : bounds[2 * k + 1];
  }

  private int spanStart(int index) {
    int k = spanAt(index);
    return k < 0 ? index : bounds[2 * k];
  }

  private int spanAt(int index) {
    if (size == 0) {
      return -1;
    }
    int k = firstEndingAfter(index);
    return k < size && bounds[2 * k] <= index ? k : -1;
  }

  /** First span whose end is greater than {@code index}. */
  private int firstEndingAfter(int index) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[2 * mid + 1] <= index) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Scans {@code text} for protected spans. */
  public static ProtectedSpans of(String text) {
    Builder b = new Builder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '`') {
        int close = text.indexOf('`', i + 1);
        int nl = text.indexOf('\n', i + 1);
        if (close > 0 && (nl < 0 || close < nl)) {
          b.add(i, close + 1);
          i = close + 1;
          continue;
        }
      }
      if (c == '[' && text.startsWith(UNTRANSLATED_MARK, i)) {
        int close = text.indexOf(']', i + UNTRANSLATED_MARK.length());
        int nl = text.indexOf('\n', i + 1);
        if (close > 0 && (nl < 0 || close < nl)) {
          b.add(i, close + 1);
          i = close + 1;
          continue;
        }
      }
      if (isTokenBoundary(text, i)) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int end = i;
      while (end < n && !isTokenBoundary(text, end) && !(text.charAt(end) == '`')) {
        end += Character.charCount(text.codePointAt(end));
      }
      scanToken(text, i, end, b);
      i = end;
    }
    return b.build();
  }

  private static boolean isTokenBoundary(String s, int i) {
    int cp = s.codePointAt(i);
    return cp == ' ' || cp == '\n' || cp == '\t' || Chars.isInlineSpace(cp) || Chars.isCjkLetter(cp)
        || (Chars.isCjkPunct(cp) && cp != 0xFF0E) || cp == '"' || cp == 0x201C || cp == 0x201D
        || cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '<' || cp == '>';
  }

  private static void scanToken(String s, int start, int end, Builder b) {
    int scheme = s.indexOf("://", start);
    if (scheme > start && scheme < end && allLetters(s, start, scheme)) {
      b.add(start, trimTrailingPunct(s, start, end));
      return;
    }
    if (s.startsWith("www.", start) && end - start > 4) {
      b.add(start, trimTrailingPunct(s, start, end));
      return;
    }
    int at = s.indexOf('@', start);
    if (at > start && at < end - 1 && Chars.isWordChar(s.charAt(at - 1))
        && Chars.isWordChar(s.charAt(at + 1))) {
      int from = start;
      while (from < at && !Chars.isWordChar(s.charAt(from))) {
        from++;
      }
      b.add(from, trimTrailingPunct(s, from, end));
      return;
    }
    scanJoinedRuns(s, start, end, b);
    scanAbbreviation(s, start, end, b);
  }

  /** Runs such as {@code 3.75}, {@code 12,500}, {@code 09:30}, {@code 2022-05-09}, {@code Node.js}. */
  private static void scanJoinedRuns(String s, int start, int end, Builder b) {
    int i = start;
    while (i < end) {
      if (!Chars.isWordChar(s.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      boolean joined = false;
      boolean lettersOnlyDots = true;
      while (i < end) {
        while (i < end && Chars.isWordChar(s.charAt(i))) {
          i++;
        }
        if (i + 1 < end && isJoiner(s, i)) {
          joined = true;
          if (s.charAt(i) != '.' || i - runStart > 0 && !singleLetterSegment(s, runStart, i)) {
            lettersOnlyDots = lettersOnlyDots && s.charAt(i) == '.' && singleLetterSegment(s, runStart, i);
          }
          i++;
        } else {
          break;
        }
      }
      if (joined) {
        int runEnd = i;
        if (lettersOnlyDots && runEnd < end && s.charAt(runEnd) == '.') {
          runEnd++; // U.S. e.g. a.m.
        }
        b.add(runStart, runEnd);
      }
      if (i < end && !Chars.isWordChar(s.charAt(i))) {
        i++;
      }
    }
  }

  private static boolean singleLetterSegment(String s, int runStart, int dot) {
    int segStart = dot - 1;
    return segStart >= runStart && Chars.isWordLetter(s.charAt(segStart))
        && (segStart == runStart || s.charAt(segStart - 1) == '.');
  }

  private static boolean isJoiner(String s, int i) {
    char c = s.charAt(i);
    char prev = s.charAt(i - 1);
    char next = s.charAt(i + 1);
    if (c == '.') {
      return Chars.isWordChar(prev) && Chars.isWordChar(next);
    }
    if (c == ',' || c == ':' || c == '-' || c == '/') {
      return Chars.isAsciiDigit(prev) && Chars.isAsciiDigit(next);
    }
    return false;
  }

  /** {@code No.}, {@code Ltd.}, {@code etc.}, and an initial such as {@code J.}. */
  private static void scanAbbreviation(String s, int start, int end, Builder b) {
    int wordEnd = end;
    while (wordEnd > start && !Chars.isWordChar(s.charAt(wordEnd - 1)) && s.charAt(wordEnd - 1) != '.') {
      wordEnd--;
    }
    int dot = -1;
    for (int i = start; i < wordEnd; i++) {
      if (s.charAt(i) == '.') {
        dot = i;
        break;
      }
    }
    if (dot <= start) {
      return;
    }
    int wordStart = dot;
    while (wordStart > start && Chars.isWordLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (wordStart == dot) {
      return;
    }
    String word = s.substring(wordStart, dot);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    if (initial || ABBREVIATIONS.contains(word)) {
      b.add(wordStart, dot + 1);
    }
  }

  private static boolean allLetters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return to > from;
  }

  private static int trimTrailingPunct(String s, int start, int end) {
    while (end > start && ".,;:!?'\u2019".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  private static final class Builder {
    int[] bounds = new int[8];
    int size;
    boolean sorted = true;

    void add(int start, int end) {
      if (end <= start) {
        return;
      }
      if (size > 0 && start < bounds[2 * size - 2]) {
        sorted = false;
      }
      if (2 * size + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      size++;
    }

    /** Sorts by start and merges overlapping or touching spans. */
    ProtectedSpans build() {
      if (size == 0) {
        return NONE;
      }
      if (!sorted) {
        long[] packed = new long[size];
        for (int k = 0; k < size; k++) {
          packed[k] = ((long) bounds[2 * k] << 32) | bounds[2 * k + 1];
        }
        Arrays.sort(packed);
        for (int k = 0; k < size; k++) {
          bounds[2 * k] = (int) (packed[k] >>> 32);
          bounds[2 * k + 1] = (int) packed[k];
        }
      }
      int out = 0;
      for (int k = 0; k < size; k++) {
        int start = bounds[2 * k];
        int end = bounds[2 * k + 1];
        if (out > 0 && start <= bounds[2 * out - 1]) {
          bounds[2 * out - 1] = Math.max(bounds[2 * out - 1], end);
        } else {
          bounds[2 * out] = start;
          bounds[2 * out + 1] = end;
          out++;
        }
      }
      return new ProtectedSpans(bounds, out);
    }
  }
}
