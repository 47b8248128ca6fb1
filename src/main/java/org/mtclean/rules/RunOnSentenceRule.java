package org.mtclean.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.WordList;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;
import org.mtclean.internal.WordFiles;

/**
 * {@code punct.run-on} (report-only): a comma followed by a capitalized common word
 * ({@code …the plan, Reform must…}) is reported as a likely comma splice, with the proposal to end
 * the sentence there ({@code , Reform} becomes {@code . Reform}).
 *
 * <p>Without a dictionary, a capitalized word counts as common when
 * <ol>
 *   <li>it is in a compact list of words that start sentences (the list {@code sentence-starters}: determiners,
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

  private static final Set<String> DATES = WordFiles.read("calendar-words");

  private static final String[] ADVERB_ENDINGS = {
    "ally", "ively", "fully", "ously", "ently", "antly", "ately", "ingly", "edly", "ctly"
  };

  public RunOnSentenceRule() {
    super("punct.run-on", RuleKind.REPORT,
        "report a comma before a capitalized common word as a likely run-on sentence: \", Reform\" -> \". Reform\"");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    if (!hasCommaBeforeCapital(ctx)) {
      return; // spares the String of the paragraph
    }
    String s = ctx.text();
    Set<String> starters = ctx.words(WordList.SENTENCE_STARTERS);
    int n = s.length();
    List<Candidate> candidates = new ArrayList<>();
    boolean needWords = false;
    int comma = s.indexOf(", ");
    while (comma >= 0) {
      int w = comma + 2;
      if (w < n && Character.isUpperCase(s.charAt(w))) {
        Candidate c = check(s, comma, w, starters);
        if (c != null) {
          candidates.add(c);
          needWords |= !c.common;
        }
      }
      comma = s.indexOf(", ", comma + 1);
    }
    if (needWords) {
      Words.decide(Raw.chars(ctx), ctx.length(), Raw.wordBreaks(ctx), candidates);
    }
    // protected spans last: finding them costs a scan of the paragraph
    for (Candidate c : candidates) {
      if (c.common && !ctx.isProtected(c.comma - 1) && !ctx.isProtected(c.comma + 2, c.end)) {
        ctx.report(c.comma, c.end, ". " + c.word,
            "comma before the capitalized word '" + c.word + "': likely a run-on sentence; end the sentence here?");
      }
    }
  }

  /**
   * A capitalized word after a comma that may be reported: {@code common} already, or to be
   * decided from the paragraph's words (check 2).
   */
  private static final class Candidate {
    final int comma;
    final int end;
    final String word;
    final String lower;
    boolean common;

    Candidate(int comma, int end, String word, String lower, boolean common) {
      this.comma = comma;
      this.end = end;
      this.word = word;
      this.lower = lower;
      this.common = common;
    }
  }

  /** Whether a comma, a space and an upper-case letter follow each other (commas are marks). */
  private static boolean hasCommaBeforeCapital(RuleContext ctx) {
    if (!ctx.mayContain(',')) {
      return false;
    }
    char[] c = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      if (c[i] == ',' && i + 2 < n && c[i + 1] == ' ' && Character.isUpperCase(c[i + 2])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks the word at {@code w}: null when it is not reported, a common candidate when checks 1
   * or 3 say so, or one for the paragraph's words to decide.
   */
  private static Candidate check(String s, int comma, int w, Set<String> starters) {
    int end = WordTokens.tokenEnd(s, w);
    if (end == w || !isCapitalizedWord(s, w, end)) {
      return null;
    }
    String word = s.substring(w, end);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("i") || lower.startsWith("i'") || lower.startsWith("i\u2019")
        || DATES.contains(lower)) {
      return null;
    }
    if (comma == 0) {
      return null;
    }
    if (end < s.length() && (s.charAt(end) == '.' && Chars.isWordChar(Chars.at(s, end + 1))
        || s.charAt(end) == '-')) {
      return null; // part of a compound or domain
    }
    boolean common = starters.contains(lower) || isAdverb(lower);
    if (!common && !previousWordCapitalized(s, comma) && !Pinyin.isSyllable(lower)
        && AUXILIARIES.contains(nextWordLower(s, end))) {
      common = true; // ", Reform must go on": a capitalized subject and its verb start a sentence
    }
    if (common) {
      return new Candidate(comma, end, word, lower, true);
    }
    if (!nextWordCapitalized(s, end) && !previousWordCapitalized(s, comma)) {
      return new Candidate(comma, end, word, lower, false);
    }
    return null;
  }

  /**
   * Check 2, for all the candidates at once, in one pass over the paragraph's words: a candidate
   * is common when its lower-case form is a word of the paragraph and the word itself never
   * follows another word capitalized ("the annual Party meeting").
   */
  private static final class Words {
    private Words() {}

    /**
     * Decides the candidates not yet common from the first {@code n} chars of {@code s};
     * {@code breaks} are its word breaks (see {@link RuleContext#wordBreaks}): a word of ASCII
     * letters ends at the next break unless that break may join it to more (a digit, a non-ASCII
     * letter, ' or -).
     */
    static void decide(char[] s, int n, int[] breaks, List<Candidate> candidates) {
      List<String> lowers = new ArrayList<>();
      List<String> capitals = new ArrayList<>();
      for (Candidate c : candidates) {
        if (!c.common) {
          lowers.add(c.lower);
          capitals.add(c.word);
        }
      }
      WordLookup lowercase = new WordLookup(lowers);
      WordLookup capitalizedMidSentence = new WordLookup(capitals);
      int prevEnd = -1;
      int i = 0;
      int k = 0; // breaks[k] is the first break after i when s[i] is an ASCII letter
      while (i < n) {
        char c = s[i];
        if (!WordTokens.isWordChar(c)) {
          i++;
          continue;
        }
        int end;
        if (c < 0x80 && Character.isLetter(c)) {
          while (breaks[k] < i) {
            k++;
          }
          end = breaks[k] < n && WordTokens.mayJoin(s[breaks[k]]) ? WordTokens.tokenEnd(s, n, i) : Math.min(breaks[k], n);
        } else {
          end = WordTokens.tokenEnd(s, n, i);
        }
        if (Character.isLowerCase(c)) {
          lowercase.see(s, i, end);
        } else if (Character.isUpperCase(c) && prevEnd >= 0 && onlySpaces(s, prevEnd, i)) {
          capitalizedMidSentence.see(s, i, end);
        }
        prevEnd = end;
        i = end;
      }
      for (Candidate c : candidates) {
        if (!c.common) {
          c.common = lowercase.seen(c.lower) && !capitalizedMidSentence.seen(c.word);
        }
      }
    }

    private static boolean onlySpaces(char[] s, int from, int to) {
      for (int k = from; k < to; k++) {
        if (s[k] != ' ') {
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
  private static final Set<String> AUXILIARIES = WordFiles.read("verbs-after-subject");

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
