package org.mtclean.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.internal.Chars;

/**
 * {@code punct.run-on} (report-only): a comma followed by a capitalized common word
 * ({@code …the plan, Reform must…}) is reported as a likely comma splice, with the proposal to end
 * the sentence there ({@code , Reform} becomes {@code . Reform}).
 *
 * <p>Without a dictionary, a capitalized word counts as common when
 * <ol>
 *   <li>it is in a compact list of words that start sentences ({@link #STARTERS}: determiners,
 *       pronouns, prepositions, conjunctions and linking adverbs), or ends like an adverb
 *       ({@code -ally}, {@code -ively}, {@code -ously}, ... as in {@code Gradually}); or</li>
 *   <li>the same word appears in lower case elsewhere in the paragraph ({@code reform} beside
 *       {@code Reform}), never capitalized right after another word there (the text's own proper
 *       noun: {@code the annual Party meeting}), is not followed by another capitalized word (a
 *       title-case name such as {@code Party Committee}), and is not preceded by a capitalized
 *       word before the comma (an apposition: {@code Wu Jiejun, Secretary of…}); or</li>
 *   <li>it is followed by an auxiliary or modal verb ({@code , Reform must}), is not a single
 *       Pinyin syllable (a surname: {@code , Li must}) and does not follow a capitalized word.</li>
 * </ol>
 * Never reported: {@code I}, month and weekday names, acronyms ({@code GDP}), a word inside a
 * protected span, a comma right after a protected span ({@code Co., Ltd}).
 *
 * <p>The paragraph's words are gathered (one scan) only when a candidate needs check 2.
 * Stateless and thread-safe.
 */
public final class RunOnSentenceRule extends AbstractRule {
  /** Capitalized words that are not names: sentence openers and function words. */
  static final Set<String> STARTERS =
      Set.of("the", "this", "that", "these", "those", "it", "its", "we", "our", "they", "their",
          "he", "his", "she", "you", "your", "there", "here", "in", "at", "on", "for", "with",
          "by", "from", "to", "as", "after", "before", "when", "while", "if", "but", "and", "so",
          "then", "also", "however", "therefore", "thus", "meanwhile", "moreover", "furthermore",
          "besides", "otherwise", "instead", "finally", "first", "second", "third", "next", "all",
          "each", "every", "some", "many", "most", "both", "such", "only", "through", "since",
          "because", "although", "during", "under", "over", "among", "a", "an", "what", "which",
          "who", "how", "why", "where", "not", "no", "more", "further", "again", "now", "today",
          "let", "secondly", "thirdly", "firstly", "lastly", "overall", "currently",
          "recently", "subsequently", "still", "even", "just", "therein", "hence", "accordingly");

  private static final Set<String> DATES =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday");

  private static final String[] ADVERB_ENDINGS = {
    "ally", "ively", "fully", "ously", "ently", "antly", "ately", "ingly", "edly", "ctly"
  };

  public RunOnSentenceRule() {
    super("punct.run-on", RuleKind.REPORT,
        "report a comma before a capitalized common word as a likely run-on sentence: \", Reform\" -> \". Reform\"");
  }

  @Override
  public void apply(RuleContext ctx) {
    if (!hasCommaBeforeCapital(ctx)) {
      return; // spares the String of the paragraph
    }
    String s = ctx.text();
    int n = s.length();
    Words words = null;
    int comma = s.indexOf(", ");
    while (comma >= 0) {
      int w = comma + 2;
      if (w < n && Character.isUpperCase(s.charAt(w))) {
        words = check(ctx, s, comma, w, words);
      }
      comma = s.indexOf(", ", comma + 1);
    }
  }

  /** Whether a comma, a space and an upper-case letter follow each other (commas are marks). */
  private static boolean hasCommaBeforeCapital(RuleContext ctx) {
    if (!ctx.mayContain(',')) {
      return false;
    }
    char[] c = ctx.chars();
    int n = ctx.length();
    int[] marks = ctx.marks();
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      if (c[i] == ',' && i + 2 < n && c[i + 1] == ' ' && Character.isUpperCase(c[i + 2])) {
        return true;
      }
    }
    return false;
  }

  /** Checks the word at {@code w}; returns the paragraph's words, made on first need. */
  private static Words check(RuleContext ctx, String s, int comma, int w, Words words) {
    int end = WordTokens.tokenEnd(s, w);
    if (end == w || !isCapitalizedWord(s, w, end)) {
      return words;
    }
    String word = s.substring(w, end);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("i") || lower.startsWith("i'") || lower.startsWith("i\u2019")
        || DATES.contains(lower)) {
      return words;
    }
    if (comma == 0) {
      return words;
    }
    if (end < s.length() && (s.charAt(end) == '.' && Chars.isWordChar(Chars.at(s, end + 1))
        || s.charAt(end) == '-')) {
      return words; // part of a compound or domain
    }
    boolean common = STARTERS.contains(lower) || isAdverb(lower);
    if (!common && !previousWordCapitalized(s, comma) && !Pinyin.isSyllable(lower)
        && AUXILIARIES.contains(nextWordLower(s, end))) {
      common = true; // ", Reform must go on": a capitalized subject and its verb start a sentence
    }
    if (!common && !nextWordCapitalized(s, end) && !previousWordCapitalized(s, comma)) {
      if (words == null) {
        words = new Words(s);
      }
      common = words.lowercase.contains(lower) && !words.capitalizedMidSentence.contains(word);
    }
    // protected spans last: finding them costs a scan of the paragraph
    if (common && !ctx.isProtected(comma - 1) && !ctx.isProtected(w, end)) {
      ctx.report(comma, end, ". " + word,
          "comma before the capitalized word '" + word + "': likely a run-on sentence; end the sentence here?");
    }
    return words;
  }

  /** The words of a paragraph that tell common words from names; one scan. */
  private static final class Words {
    final Set<String> lowercase = new HashSet<>();
    /** Capitalized words right after another word ("the annual Party meeting"). */
    final Set<String> capitalizedMidSentence = new HashSet<>();

    Words(String s) {
      int n = s.length();
      int prevEnd = -1;
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (!Chars.isWordChar(c)) {
          i++;
          continue;
        }
        int end = WordTokens.tokenEnd(s, i);
        if (Character.isLowerCase(c)) {
          lowercase.add(s.substring(i, end));
        } else if (Character.isUpperCase(c) && prevEnd >= 0 && onlySpaces(s, prevEnd, i)) {
          capitalizedMidSentence.add(s.substring(i, end));
        }
        prevEnd = end;
        i = end;
      }
    }

    private static boolean onlySpaces(String s, int from, int to) {
      for (int k = from; k < to; k++) {
        if (s.charAt(k) != ' ') {
          return false;
        }
      }
      return to > from;
    }
  }

  /** An upper-case letter followed by lower-case letters only (not an acronym such as GDP). */
  private static boolean isCapitalizedWord(String s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isLowerCase(c) && c != '\'' && c != '\u2019' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAdverb(String lower) {
    if (lower.length() < 6) {
      return false;
    }
    for (String ending : ADVERB_ENDINGS) {
      if (lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that follow the subject of a new sentence. */
  private static final Set<String> AUXILIARIES =
      Set.of("must", "should", "will", "shall", "can", "could", "would", "may", "might", "is",
          "are", "was", "were", "has", "have", "had", "needs", "remains");

  /** The lower-case word after {@code end} (past spaces), or "". */
  private static String nextWordLower(String s, int end) {
    int k = end;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    if (k == end || k >= s.length() || !Character.isLowerCase(s.charAt(k))) {
      return "";
    }
    int e = WordTokens.tokenEnd(s, k);
    return s.substring(k, e);
  }

  private static boolean nextWordCapitalized(String s, int end) {
    int k = end;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    return k > end && k < s.length() && Character.isUpperCase(s.charAt(k));
  }

  private static boolean previousWordCapitalized(String s, int comma) {
    int start = WordTokens.tokenStart(s, comma);
    return start < comma && Character.isUpperCase(s.charAt(start));
  }
}
