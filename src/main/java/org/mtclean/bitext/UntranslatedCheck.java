package org.mtclean.bitext;

import java.util.HashSet;
import java.util.Set;
import org.mtclean.formats.Segment;
import org.mtclean.internal.Chars;

/**
 * {@code bitext.untranslated}: the target is empty while the source is not, the target is the
 * source itself (and the source has Chinese in it), or the target keeps a run of two or more Han
 * characters that shares two characters in a row with the source. Chinese punctuation and spaces
 * between Han characters do not end a run; a run found once is reported once. Stateless.
 */
final class UntranslatedCheck {
  static final String ID = "bitext.untranslated";

  private UntranslatedCheck() {}

  static void check(String source, Findings out) {
    String target = out.target();
    if (isBlank(source)) {
      return;
    }
    if (isBlank(target)) {
      out.report(ID, 0, target.length(), "the target is empty; the source is not");
      return;
    }
    if (target.strip().equals(source.strip())) {
      if (hasHan(source)) {
        int from = target.indexOf(target.strip());
        out.report(ID, from, from + target.strip().length(), "the target is the source, untranslated");
      }
      return;
    }
    Set<String> seen = new HashSet<>();
    Set<Long> sourcePairs = null;
    int n = target.length();
    int i = 0;
    while (i < n) {
      int cp = target.codePointAt(i);
      if (!isHan(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int count = 0;
      int end = i;
      while (i < n) {
        int c = target.codePointAt(i);
        if (isHan(c)) {
          count++;
          i += Character.charCount(c);
          end = i;
        } else if (Chars.isCjkPunct(c) || c == ' ' || c == '\u201C' || c == '\u201D') {
          i += Character.charCount(c); // one stretch of Chinese: its punctuation does not cut it
        } else {
          break;
        }
      }
      i = end;
      String run = target.substring(start, end);
      if (count >= 2 && sourcePairs == null) {
        sourcePairs = hanPairs(source);
      }
      if (count >= 2 && seen.add(run) && sharesTwoChars(run, sourcePairs)) {
        out.report(ID, start, end, "the target keeps Chinese of the source: " + run);
      }
    }
  }

  /** Whether two code points in a row of {@code run} also stand in a row in {@code source}. */
  private static boolean sharesTwoChars(String run, Set<Long> sourcePairs) {
    int prev = -1;
    for (int i = 0; i < run.length(); ) {
      int cp = run.codePointAt(i);
      if (prev >= 0 && sourcePairs.contains(pair(prev, cp))) {
        return true;
      }
      prev = isHan(cp) ? cp : -1;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Every two Han characters in a row in {@code s}. */
  private static Set<Long> hanPairs(String s) {
    Set<Long> pairs = new HashSet<>();
    int prev = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean han = isHan(cp);
      if (prev >= 0 && han) {
        pairs.add(pair(prev, cp));
      }
      prev = han ? cp : -1;
      i += Character.charCount(cp);
    }
    return pairs;
  }

  private static long pair(int a, int b) {
    return ((long) a << 32) | b;
  }

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(UntranslatedCheck::isHan);
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != Segment.CODE && !Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }
}
