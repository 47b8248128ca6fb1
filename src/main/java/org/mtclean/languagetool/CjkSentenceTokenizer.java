package org.mtclean.languagetool;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.mtclean.internal.ProtectedSpans;

/**
 * Splits machine-translated English into sentences without LanguageTool's SRX rules (those live
 * in the language modules). A sentence ends
 * <ul>
 *   <li>after {@code 。 ！ ？ ．} (with any closing quotes or brackets), space or not;</li>
 *   <li>after {@code . ! ?} followed by whitespace, unless the period belongs to a protected
 *       span (abbreviation such as {@code e.g.}, {@code U.S.}, {@code No.}, a decimal, a URL) or
 *       ends a single-letter initial ({@code J. Smith});</li>
 *   <li>after {@code . ! ?} directly followed by an upper-case letter when a lower-case letter
 *       precedes it ({@code agreed.The});</li>
 *   <li>after an ellipsis ({@code ...}, {@code …}) only when an upper-case letter follows;</li>
 *   <li>at a paragraph break: a blank line, or any line break when
 *       {@link #setSingleLineBreaksMarksParagraph} is on.</li>
 * </ul>
 * Whitespace after the end belongs to the sentence, as in LanguageTool, so the sentences
 * concatenate to the input. Thread-safe; the paragraph setting is shared by all callers.
 */
public class CjkSentenceTokenizer implements SentenceTokenizer {
  private volatile boolean singleLineBreaksMarksPara;

  @Override
  public void setSingleLineBreaksMarksParagraph(boolean lineBreakParagraphs) {
    this.singleLineBreaksMarksPara = lineBreakParagraphs;
  }

  @Override
  public boolean singleLineBreaksMarksPara() {
    return singleLineBreaksMarksPara;
  }

  @Override
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    int minBreaks = singleLineBreaksMarksPara ? 1 : 2;
    ProtectedSpans spans = null;
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int j = i;
        int breaks = 0;
        while (j < n && isSpace(text.charAt(j))) {
          breaks += countsAsBreak(text, j) ? 1 : 0;
          j++;
        }
        if (breaks >= minBreaks && j < n) {
          out.add(text.substring(start, j));
          start = j;
        }
        i = j;
        continue;
      }
      if (!isTerminal(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      boolean cjk = isCjkTerminal(c);
      while (j < n && isTerminal(text.charAt(j))) {
        cjk |= isCjkTerminal(text.charAt(j));
        j++;
      }
      boolean ellipsis = c == '\u2026' || (c == '.' && j - i >= 2 && text.charAt(i + 1) == '.');
      while (j < n && isCloser(text.charAt(j))) {
        j++;
      }
      int k = j;
      while (k < n && isSpace(text.charAt(k))) {
        k++;
      }
      boolean spaced = k > j;
      int next = k < n ? text.codePointAt(k) : -1;
      boolean cut;
      if (k >= n) {
        cut = false; // the rest of the text is this sentence
      } else if (cjk) {
        cut = true;
      } else if (ellipsis) {
        cut = spaced && Character.isUpperCase(next);
      } else if (spaced) {
        if (c == '.') {
          if (spans == null) {
            spans = ProtectedSpans.of(text);
          }
          cut = !spans.contains(i) && !isInitial(text, i);
        } else {
          cut = true;
        }
      } else {
        if (spans == null) {
          spans = ProtectedSpans.of(text);
        }
        cut = Character.isUpperCase(next) && i > 0 && Character.isLowerCase(text.charAt(i - 1))
            && !spans.contains(i);
      }
      if (cut) {
        out.add(text.substring(start, k));
        start = k;
        i = k;
      } else {
        i = j; // the whitespace, if any, may still hold a paragraph break
      }
    }
    if (start < n) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** A period after a single upper-case letter that starts a word: {@code J. Smith}. */
  private static boolean isInitial(String s, int dot) {
    return dot >= 1 && Character.isUpperCase(s.charAt(dot - 1))
        && (dot == 1 || !Character.isLetterOrDigit(s.charAt(dot - 2)));
  }

  private static boolean countsAsBreak(String s, int i) {
    char c = s.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || isCjkTerminal(c);
  }

  private static boolean isCjkTerminal(char c) {
    return c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF0E';
  }

  private static boolean isCloser(char c) {
    switch (c) {
      case '"', '\'', '\u201D', '\u2019', ')', ']', '\uFF09', '\u3011', '\u3015', '\u300D', '\u300F',
          '\u300B', '\u3009' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00A0'
        || c == '\u202F' || c == '\u2007';
  }
}
