package org.mtclean.rules;

import org.mtclean.internal.WordFiles;

/**
 * Domains that a tokenizer split at a dot: {@code Qunar. com}, {@code Sina. com. cn},
 * {@code www. example.cn}. For {@link PunctuationSpacingRules.AfterPunct}, which joins or reports
 * them, and {@link SentenceCaseRule}, which must not capitalize their second part. Stateless.
 */
final class SplitDomains {
  private SplitDomains() {}

  /** Not a split domain. */
  static final int NONE = 0;
  /** Certainly a split domain: the space goes. */
  static final int JOIN = 1;
  /** Maybe a split domain: reported, not joined, and not capitalized either. */
  static final int UNSURE = 2;

  private static final byte NON_WORD = 1;
  private static final byte WORD = 2;

  // the listed top-level domains by a code of their two or three lower-case letters (base 27):
  // NON_WORD for those that are not English words, so that "site. com" never starts a sentence,
  // WORD for those that are ("sales fell. net profit rose")
  private static final byte[] ENDINGS = endings();

  private static byte[] endings() {
    byte[] kinds = new byte[27 * 27 * 27];
    for (String list : new String[] {"domain-endings", "domain-endings-words"}) {
      for (String tld : WordFiles.read(list)) {
        int code = 0;
        for (int k = 0; k < tld.length(); k++) {
          char c = tld.charAt(k);
          if (c < 'a' || c > 'z' || tld.length() < 2 || tld.length() > 3) {
            throw new IllegalStateException(list + ": a domain ending is two or three letters a-z: " + tld);
          }
          code = code * 27 + c - ('a' - 1);
        }
        kinds[code] = list.equals("domain-endings") ? NON_WORD : WORD;
      }
    }
    return kinds;
  }

  /**
   * What the dot at {@code dot}, followed by one space, is: {@link #JOIN} when the word after it
   * is a lower-case top-level domain that is not an English word ({@code com cn org gov edu ...})
   * and a name of letters and digits stands right before the dot, or when the word before is
   * {@code www}; {@link #UNSURE} for {@code net} after a capitalized or CamelCase name
   * ({@code Xinhua. net}) and for a capitalized domain ({@code Qunar. Com}), which may be the
   * start of a sentence; else {@link #NONE}.
   */
  static int at(char[] s, int n, int dot) {
    if (dot + 2 >= n || s[dot] != '.' || s[dot + 1] != ' ') {
      return NONE;
    }
    int from = dot + 2;
    int end = from;
    while (end < n && isAsciiAlnum(s[end])) {
      end++;
    }
    if (end == from || (end < n && (Character.isLetterOrDigit(s[end]) || s[end] == '-' || s[end] == '@'))) {
      return NONE;
    }
    if (end - from < 2 || end - from > 3) {
      return isWww(s, dot) ? JOIN : NONE; // every listed domain has two or three letters
    }
    int wordStart = dot;
    while (wordStart > 0 && isAsciiAlnum(s[wordStart - 1])) {
      wordStart--;
    }
    boolean letter = false;
    boolean innerUpper = false;
    for (int k = wordStart; k < dot; k++) {
      letter |= s[k] > '9'; // ASCII letters and digits only
      innerUpper |= k > wordStart && s[k] >= 'A' && s[k] <= 'Z';
    }
    if (dot - wordStart < 2 || !letter) {
      return NONE;
    }
    if (dot - wordStart == 3 && equalsIgnoreCase(s, wordStart, "www")) {
      return JOIN;
    }
    boolean capital = s[from] >= 'A' && s[from] <= 'Z';
    int code = 0;
    for (int k = from; k < end; k++) {
      int c = k == from && capital ? s[k] | 0x20 : s[k];
      if (c < 'a' || c > 'z') {
        return NONE; // a digit, or a capital after the first letter: not a listed domain
      }
      code = code * 27 + c - ('a' - 1);
    }
    byte kind = ENDINGS[code];
    boolean named = s[wordStart] >= 'A' && s[wordStart] <= 'Z' || isSiteBefore(s, wordStart);
    if (capital) {
      return kind != 0 && named ? UNSURE : NONE; // Qunar. Com: a domain, or a sentence that starts with "Com"
    }
    if (kind == NON_WORD) {
      return JOIN;
    }
    return kind == WORD && (innerUpper || named) ? UNSURE : NONE;
  }

  /** Whether the word right before the dot at {@code dot} is {@code www}, in any case. */
  private static boolean isWww(char[] s, int dot) {
    return dot >= 3 && equalsIgnoreCase(s, dot - 3, "www") && (dot == 3 || !isAsciiAlnum(s[dot - 4]));
  }

  /** The text {@link #at} proposes for the split at {@code dot}: the space gone, the domain in lower case. */
  static String joined(char[] s, int n, int dot) {
    int end = dot + 2;
    while (end < n && isAsciiAlnum(s[end])) {
      end++;
    }
    return "." + new String(s, dot + 2, end - dot - 2).toLowerCase(java.util.Locale.ROOT);
  }

  /** End of the word after the split at {@code dot}. */
  static int wordEnd(char[] s, int n, int dot) {
    int end = dot + 2;
    while (end < n && isAsciiAlnum(s[end])) {
      end++;
    }
    return end;
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
