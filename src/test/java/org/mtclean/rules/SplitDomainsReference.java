package org.mtclean.rules;

import java.util.Set;
import org.mtclean.internal.WordFiles;

/** The straightforward {@link SplitDomains#at}, with Strings and sets: the reference for the fast one. */
final class SplitDomainsReference {
  private SplitDomainsReference() {}

  private static final int NONE = SplitDomains.NONE;
  private static final int JOIN = SplitDomains.JOIN;
  private static final int UNSURE = SplitDomains.UNSURE;
  private static final Set<String> NON_WORD_TLDS = WordFiles.read("domain-endings");
  private static final Set<String> WORD_TLDS = WordFiles.read("domain-endings-words");

  static int at(char[] s, int n, int dot) {
    if (dot + 2 >= n || s[dot] != '.' || s[dot + 1] != ' ') {
      return NONE;
    }
    int wordStart = dot;
    while (wordStart > 0 && isAsciiAlnum(s[wordStart - 1])) {
      wordStart--;
    }
    boolean letter = false;
    boolean innerUpper = false;
    for (int k = wordStart; k < dot; k++) {
      letter |= Character.isLetter(s[k]);
      innerUpper |= k > wordStart && s[k] >= 'A' && s[k] <= 'Z';
    }
    if (dot - wordStart < 2 || !letter) {
      return NONE;
    }
    boolean upper = s[wordStart] >= 'A' && s[wordStart] <= 'Z';
    int from = dot + 2;
    int end = from;
    while (end < n && isAsciiAlnum(s[end])) {
      end++;
    }
    if (end == from || (end < n && (Character.isLetterOrDigit(s[end]) || s[end] == '-' || s[end] == '@'))) {
      return NONE;
    }
    if (dot - wordStart == 3 && equalsIgnoreCase(s, wordStart, "www")) {
      return JOIN;
    }
    if (end - from < 2 || end - from > 3) {
      return NONE; // every entry of both domain lists has two or three letters: no String to make
    }
    String tld = new String(s, from, end - from);
    if (NON_WORD_TLDS.contains(tld)) {
      return JOIN;
    }
    boolean named = upper || isSiteBefore(s, wordStart);
    if (WORD_TLDS.contains(tld)) {
      return innerUpper || named ? UNSURE : NONE;
    }
    String lower = tld.toLowerCase(java.util.Locale.ROOT);
    if (!lower.equals(tld) && Character.isUpperCase(tld.charAt(0)) && lower.substring(1).equals(tld.substring(1))
        && (NON_WORD_TLDS.contains(lower) || WORD_TLDS.contains(lower)) && named) {
      return UNSURE; // Qunar. Com: a domain, or a sentence that starts with "Com"
    }
    return NONE;
  }

  /** {@code sina. com. cn}: a dot and a name right before the word, as in a domain already joined. */
  private static boolean isSiteBefore(char[] s, int wordStart) {
    return wordStart > 1 && (s[wordStart - 1] == '.' || s[wordStart - 1] == '-') && isAsciiAlnum(s[wordStart - 2]);
  }

  private static boolean equalsIgnoreCase(char[] s, int from, String word) {
    for (int k = 0; k < word.length(); k++) {
      if ((s[from + k] | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
