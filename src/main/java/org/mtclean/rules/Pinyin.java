package org.mtclean.rules;

import java.util.Locale;
import java.util.Set;
import org.mtclean.internal.WordFiles;

/**
 * Hanyu Pinyin syllables without tone marks: tells whether a token is one syllable (the shape of
 * a Chinese surname or reduplicated given name such as {@code Li Li}, {@code Cao Cao}) and
 * formats syllables as a name. The check is initial + final; it accepts a few combinations that
 * Mandarin does not use, which errs on the side of keeping text. Stateless and thread-safe.
 */
final class Pinyin {
  private Pinyin() {}

  private static final Set<String> INITIALS = WordFiles.read("pinyin/initials");

  /** Finals after a consonant initial (y and w count as initials here). */
  private static final Set<String> FINALS = WordFiles.read("pinyin/finals");

  /** Syllables with no initial. */
  private static final Set<String> BARE = WordFiles.read("pinyin/bare-syllables");

  /** Whether {@code word} (any case, ASCII letters) is a single toneless Pinyin syllable. */
  static boolean isSyllable(String word) {
    if (word.isEmpty() || word.length() > 6) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    if (BARE.contains(w)) {
      return true;
    }
    for (String initial : INITIALS) {
      if (w.startsWith(initial) && FINALS.contains(w.substring(initial.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} (lower case, ASCII letters) is two to four toneless Pinyin syllables run
   * together: a Chinese place or given name such as {@code beijing}, {@code chongqing}.
   */
  static boolean isSyllables(String word) {
    return word.length() <= 24 && splits(word, 0, 0);
  }

  private static boolean splits(String w, int from, int count) {
    if (from == w.length()) {
      return count >= 2;
    }
    if (count == 4) {
      return false;
    }
    for (int end = Math.min(w.length(), from + 6); end > from; end--) {
      if (isSyllable(w.substring(from, end)) && splits(w, end, count + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Formats toneless syllables as a Chinese name: the surname (the first {@code surnameSyllables}
   * syllables) and the given name each joined and capitalized, with an apostrophe before a joined
   * syllable that starts with a, o or e ({@code Xi'an}). {@code ["zhang","wei"]} gives
   * {@code Zhang Wei}; {@code ["ou","yang","xiu"]} with two surname syllables gives
   * {@code Ouyang Xiu}.
   */
  static String asName(String[] syllables, int surnameSyllables) {
    StringBuilder b = new StringBuilder();
    join(b, syllables, 0, Math.min(surnameSyllables, syllables.length));
    if (surnameSyllables < syllables.length) {
      b.append(' ');
      join(b, syllables, surnameSyllables, syllables.length);
    }
    return b.toString();
  }

  private static void join(StringBuilder b, String[] syllables, int from, int to) {
    for (int k = from; k < to; k++) {
      String s = syllables[k];
      if (k == from) {
        b.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length());
      } else {
        if ("aoe".indexOf(s.charAt(0)) >= 0) {
          b.append('\'');
        }
        b.append(s);
      }
    }
  }
}
