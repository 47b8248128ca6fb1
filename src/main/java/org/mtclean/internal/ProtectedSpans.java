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

  /** The char that stands for an inline tag or placeholder of a localization file: always protected. */
  public static final char INLINE_CODE = '\uFFFC';

  private static final Set<String> ABBREVIATIONS = WordFiles.read("protected-abbreviations");

  private static final boolean[] ASCII_BOUNDARY = new boolean[128];

  static {
    for (char c : " \n\t\"()[]<>`".toCharArray()) {
      ASCII_BOUNDARY[c] = true;
    }
  }

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
    return of(text.toCharArray(), text.length());
  }

  /** Scans the first {@code n} chars of {@code text} for protected spans. */
  public static ProtectedSpans of(char[] text, int n) {
    Builder b = new Builder();
    int i = 0;
    // where the last search for a closing ` or ] failed: a line end or the text end with none
    // before it, so that a later opener before that point fails at once (a paragraph of unclosed
    // openers costs one scan, not one per opener)
    int noBacktickBefore = -1;
    int noBracketBefore = -1;
    while (i < n) {
      char c = text[i];
      if (c == INLINE_CODE) {
        b.add(i, i + 1);
        i++;
        continue;
      }
      if (c == '`' && i >= noBacktickBefore) {
        int close = i + 1;
        while (close < n && text[close] != '`' && text[close] != '\n') {
          close++;
        }
        if (close < n && text[close] == '`') {
          b.add(i, close + 1);
          i = close + 1;
          continue;
        }
        noBacktickBefore = close;
      }
      if (c == '[' && i >= noBracketBefore && isUntranslatedMark(text, i, n)) {
        int close = i + UNTRANSLATED_MARK.length();
        while (close < n && text[close] != ']' && text[close] != '\n') {
          close++;
        }
        if (close < n && text[close] == ']') {
          b.add(i, close + 1);
          i = close + 1;
          continue;
        }
        noBracketBefore = close;
      }
      if (isTokenBoundary(text, i, n)) {
        i += Character.charCount(Character.codePointAt(text, i, n));
        continue;
      }
      // Most tokens are plain words: only a token with . : @ / (or , - after a digit) can hold
      // a protected span, so the detailed scans run on few tokens.
      int end = i;
      boolean special = false;
      while (end < n) {
        char ch = text[end];
        if (ch < 0x80) {
          if (ASCII_BOUNDARY[ch]) {
            break;
          }
          if (ch == '.' || ch == ':' || ch == '@' || ch == '/') {
            special = true;
          } else if ((ch == ',' || ch == '-') && end > i && Chars.isAsciiDigit(text[end - 1])) {
            special = true;
          }
          end++;
        } else {
          if (isTokenBoundary(text, end, n)) {
            break;
          }
          end += Character.charCount(Character.codePointAt(text, end, n));
        }
      }
      if (special) {
        scanToken(text, i, end, b);
      }
      i = end;
    }
    return b.build();
  }

  private static boolean isUntranslatedMark(char[] text, int i, int n) {
    int m = UNTRANSLATED_MARK.length();
    if (n - i < m) {
      return false;
    }
    for (int k = 0; k < m; k++) {
      if (text[i + k] != UNTRANSLATED_MARK.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The token around {@code index}, packed as {@code start << 32 | end}; {@code index} twice for a
   * token boundary. Costs the length of the token.
   */
  public static long tokenExtent(char[] text, int n, int index) {
    if (isTokenBoundary(text, index, n)) {
      return ((long) index << 32) | index;
    }
    int start = index;
    while (start > 0) {
      int cp = start - 1;
      if (Character.isLowSurrogate(text[cp]) && cp > 0 && Character.isHighSurrogate(text[cp - 1])) {
        cp--;
      }
      if (isTokenBoundary(text, cp, n)) {
        break;
      }
      start = cp;
    }
    int end = index;
    while (end < n && !isTokenBoundary(text, end, n)) {
      end += Character.charCount(Character.codePointAt(text, end, n));
    }
    return ((long) start << 32) | end;
  }

  /**
   * Whether the token {@code text[start, end)} (see {@link #tokenExtent}) could hold a protected
   * span other than backtick code or a marked run: the same test {@link #of} uses to decide which
   * tokens to scan. False for an empty token.
   */
  public static boolean tokenMayBeProtected(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      char ch = text[i];
      if (ch == '.' || ch == ':' || ch == '@' || ch == '/') {
        return true;
      }
      if ((ch == ',' || ch == '-') && i > start && Chars.isAsciiDigit(text[i - 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code index} lies in a span found in its own token: the same answer as
   * {@code of(text, n).contains(index)} for a paragraph without backtick code or a marked run,
   * at the cost of one token instead of the whole paragraph.
   */
  public static boolean tokenContains(char[] text, int n, int index) {
    long extent = tokenExtent(text, n, index);
    return tokenContains(text, (int) (extent >>> 32), (int) extent, index);
  }

  /** As {@link #tokenContains(char[], int, int)}, for the token {@code text[start, end)} around {@code index}. */
  public static boolean tokenContains(char[] text, int start, int end, int index) {
    if (end <= start) {
      return false;
    }
    Builder b = new Builder();
    scanToken(text, start, end, b);
    return b.build().contains(index);
  }

  /** Whether {@code c} separates tokens, so that only backtick code can protect it. */
  public static boolean isBoundaryChar(char c) {
    if (c < 0x80) {
      return ASCII_BOUNDARY[c];
    }
    return c == 0xA0 || c == 0x201C || c == 0x201D || c == 0x3000;
  }

  private static boolean isTokenBoundary(char[] s, int i, int n) {
    char c = s[i];
    if (c < 0x80) {
      return ASCII_BOUNDARY[c];
    }
    if (c < 0x2000) {
      return c == 0xA0 || (c >= 0x1100 && c <= 0x11FF);
    }
    if (c <= 0x206F) {
      return c == 0x201C || c == 0x201D || c == 0x2026 || c == 0x2014 || Chars.isInlineSpace(c);
    }
    if (c == INLINE_CODE) {
      return true;
    }
    int cp = Character.codePointAt(s, i, n);
    return Chars.isCjkLetter(cp) || (Chars.isCjkPunct(cp) && cp != 0xFF0E);
  }

  private static void scanToken(char[] s, int start, int end, Builder b) {
    int scheme = indexOf(s, "://", start, end);
    if (scheme > start && allLetters(s, start, scheme)) {
      b.add(start, trimTrailingPunct(s, start, end));
      return;
    }
    if (isWww(s, start, end) && end - start > 4) { // www. WWW. Www. alike: case makes no link
      b.add(start, trimTrailingPunct(s, start, end));
      return;
    }
    int at = indexOf(s, "@", start, end);
    if (at > start && at < end - 1 && Chars.isWordChar(s[at - 1])
        && Chars.isWordChar(s[at + 1])) {
      int from = start;
      while (from < at && !Chars.isWordChar(s[from])) {
        from++;
      }
      int to = at + 1;
      while (to < end && (Chars.isWordChar(s[to]) || s[to] == '.' || s[to] == '-' || s[to] == '_')) {
        to++;
      }
      b.add(from, trimTrailingPunct(s, from, to));
      if (to < end) {
        scanJoinedRuns(s, to, end, b);
      }
      return;
    }
    scanJoinedRuns(s, start, end, b);
    scanAbbreviation(s, start, end, b);
  }

  /** Runs such as {@code 3.75}, {@code 12,500}, {@code 09:30}, {@code 2022-05-09}, {@code Node.js}. */
  private static void scanJoinedRuns(char[] s, int start, int end, Builder b) {
    int i = start;
    while (i < end) {
      if (!Chars.isWordChar(s[i])) {
        i++;
        continue;
      }
      int runStart = i;
      boolean joined = false;
      boolean lettersOnlyDots = true;
      while (i < end) {
        while (i < end && Chars.isWordChar(s[i])) {
          i++;
        }
        if (i + 1 < end && isJoiner(s, i, end)) {
          joined = true;
          if (s[i] != '.' || i - runStart > 0 && !singleLetterSegment(s, runStart, i)) {
            lettersOnlyDots = lettersOnlyDots && s[i] == '.' && singleLetterSegment(s, runStart, i);
          }
          i++;
        } else {
          break;
        }
      }
      if (joined) {
        int runEnd = i;
        if (lettersOnlyDots && runEnd < end && s[runEnd] == '.') {
          runEnd++; // U.S. e.g. a.m.
        }
        b.add(runStart, runEnd);
      }
      if (i < end && !Chars.isWordChar(s[i])) {
        i++;
      }
    }
  }

  private static boolean singleLetterSegment(char[] s, int runStart, int dot) {
    int segStart = dot - 1;
    return segStart >= runStart && Chars.isWordLetter(s[segStart])
        && (segStart == runStart || s[segStart - 1] == '.');
  }

  private static boolean isJoiner(char[] s, int i, int end) {
    char c = s[i];
    char prev = s[i - 1];
    char next = s[i + 1];
    if (c == '.') {
      return Chars.isWordChar(prev) && Chars.isWordChar(next) && !isMissingSentenceSpace(s, end, i);
    }
    if (c == ',' || c == ':' || c == '-' || c == '/') {
      return Chars.isAsciiDigit(prev) && Chars.isAsciiDigit(next);
    }
    return false;
  }

  /**
   * {@code meeting.The}: a lower-case word, a period, then a capitalized word: two sentences
   * that lost the space between them, not a domain or file name.
   */
  public static boolean isMissingSentenceSpace(char[] s, int n, int dot) {
    if (dot < 2 || dot + 2 >= n) {
      return false;
    }
    char p1 = s[dot - 1];
    char p2 = s[dot - 2];
    char n1 = s[dot + 1];
    char n2 = s[dot + 2];
    boolean wordBefore = (Character.isLowerCase(p1) && Character.isLetter(p2))
        || p1 == '"' || p1 == '\u201D' || p1 == ')';
    if (!wordBefore || !Character.isLowerCase(n2)) {
      return false;
    }
    if (Character.isUpperCase(n1)) {
      return !isDomainSuffix(s, n, dot + 1);
    }
    // after a closing quote or bracket no domain or file name goes on: "encouraging".he added
    return Character.isLowerCase(n1) && !Character.isLetter(p1) && p1 != p2
        && (Chars.isWordChar(p2) || ".,!?".indexOf(p2) >= 0);
  }

  private static final Set<String> DOMAIN_SUFFIXES = WordFiles.read("domain-suffixes");

  /** {@code Amazon.Com}, {@code Next.Js}: a title-cased domain or file suffix, not a sentence. */
  private static boolean isDomainSuffix(char[] s, int n, int from) {
    int end = from;
    while (end < n && Chars.isWordChar(s[end])) {
      end++;
    }
    return DOMAIN_SUFFIXES.contains(new String(s, from, end - from).toLowerCase(java.util.Locale.ROOT));
  }

  /** {@code No.}, {@code Ltd.}, {@code etc.}, and an initial such as {@code J.}. */
  private static void scanAbbreviation(char[] s, int start, int end, Builder b) {
    int wordEnd = end;
    while (wordEnd > start && !Chars.isWordChar(s[wordEnd - 1]) && s[wordEnd - 1] != '.') {
      wordEnd--;
    }
    int dot = -1;
    for (int i = start; i < wordEnd; i++) {
      if (s[i] == '.') {
        dot = i;
        break;
      }
    }
    if (dot <= start) {
      return;
    }
    int wordStart = dot;
    while (wordStart > start && Chars.isWordLetter(s[wordStart - 1])) {
      wordStart--;
    }
    if (wordStart == dot) {
      return;
    }
    String word = new String(s, wordStart, dot - wordStart);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    if (initial || ABBREVIATIONS.contains(word)) {
      b.add(wordStart, dot + 1);
    }
  }

  /** {@code s.indexOf(needle, from)} limited to {@code [from, to)}; -1 when absent. */
  private static int indexOf(char[] s, String needle, int from, int to) {
    char first = needle.charAt(0);
    for (int i = from, last = to - needle.length(); i <= last; i++) {
      if (s[i] == first && startsWith(s, needle, i, to)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWww(char[] s, int at, int limit) {
    return at + 4 <= limit && (s[at] | 0x20) == 'w' && (s[at + 1] | 0x20) == 'w'
        && (s[at + 2] | 0x20) == 'w' && s[at + 3] == '.';
  }

  private static boolean startsWith(char[] s, String prefix, int at, int limit) {
    if (at + prefix.length() > limit) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s[at + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allLetters(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return to > from;
  }

  private static int trimTrailingPunct(char[] s, int start, int end) {
    while (end > start && ".,;:!?'\u2019".indexOf(s[end - 1]) >= 0) {
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
