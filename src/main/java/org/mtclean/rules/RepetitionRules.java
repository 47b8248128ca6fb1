package org.mtclean.rules;

import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.WordList;
import org.mtclean.Wakes;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;
import org.mtclean.internal.WordFiles;
import org.mtclean.rules.RepeatContext.Verdict;

/**
 * Repeated words: {@code repeat.word} ({@code will will}, {@code Xinhua Xinhua attended}) and
 * {@code repeat.and} ({@code unification and unification of}). Both are safe where the evidence
 * says the repetition is a slip, and report the pairs that English may use on purpose with the
 * reason ({@link DoubledWordJudge}, {@link AndPairJudge}). They keep the first occurrence and
 * leave protected spans alone. The repeated title is {@link RepeatedTitleRule}. Stateless and
 * thread-safe.
 */
public final class RepetitionRules {
  private RepetitionRules() {}

  /**
   * Pairs that English uses doubled on purpose, kept by {@code repeat.word}: {@code had had}
   * (past perfect of have), {@code that that} (conjunction + determiner), {@code her her} ("gave
   * her her badge"), {@code you you} ("I told you you were right"), {@code do do} (emphatic or
   * pseudo-cleft: "what they do do is"), {@code in in} and {@code on on} (particle + preposition:
   * "handed it in in May", "moved on on Monday" - collapsing them changes the meaning).
   * {@code is is} is not here: it is removed unless a clause opener comes before it ("what it is
   * is" is reported), see {@link DoubledWordJudge}.
   */
  static final Set<String> GRAMMATICAL_PAIRS = WordFiles.read("repeat/grammatical-pairs");

  /** Reduplicated words and names of English and elsewhere, kept as well. */
  static final Set<String> REDUPLICATED = WordFiles.read("repeat/reduplicated");

  /**
   * Words whose {@code X and X} is idiom or emphasis, kept by {@code repeat.and}: fixed phrases,
   * verbs of continued action in the base and irregular past forms ({@code it has grown and
   * grown}; regular pasts in -ed are recognized by their ending); comparatives and plurals of
   * length are recognized in {@link RepeatWords}.
   */
  static final Set<String> AND_IDIOMS = WordFiles.read("repeat/and-idioms");

  /**
   * {@code repeat.word}: an immediately repeated word, with only spaces between, is removed when
   * {@link DoubledWordJudge} finds it a slip ({@code the the}, {@code will will publish},
   * {@code epidemic epidemic,}); pairs that may be English are kept ({@code had had},
   * {@code Li Li}) or reported ({@code high power power line}, {@code for life Life is}).
   */
  public static final class Word extends AbstractRule {
    public Word() {
      super("repeat.word", RuleKind.SAFE,
          "remove an immediately repeated word where it is a slip: \"will will\" -> \"will\"; report pairs that may be English (\"high power power line\")");
    }

    // it compares words ignoring case, a capital at the start of a sentence only ever keeps
    // a reduplicated name (Li Li) as it is, and the second word of a pair never starts a
    // sentence
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCapitalizing();
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      // a pair is two words with spaces between: visit the spaces among the word breaks, and take
      // each word's extent from the neighbouring breaks; the String is used only at a candidate
      char[] c = Raw.chars(ctx);
      int n = ctx.length();
      int[] breaks = Raw.wordBreaks(ctx);
      int resume = 0; // after a removal, no pair starts before its end
      for (int k = 0, p; (p = breaks[k]) < n; k++) {
        char space = c[p];
        if (space == ' ' && k > 0 && p + 1 < n && isAsciiLetter(c[p + 1]) && isAsciiLetter(c[p - 1])) {
          // the common case, two ASCII words around one space: when neither can extend past its
          // breaks, they are exactly the runs between the breaks, and differ if their lengths or
          // their first letters do (| not ||: one branch where two would be hard to predict)
          int before = breaks[k - 1];
          int after = breaks[k + 1];
          if ((p - before != after - p | (c[before + 1] | 0x20) != (c[p + 1] | 0x20))
              && !WordTokens.mayJoin(c[before])
              && (after >= n || !WordTokens.mayJoin(c[after]))) {
            continue;
          }
        }
        if ((space != ' ' && space != '\t') || p <= resume || !WordTokens.isWordChar(c[p - 1])) {
          continue;
        }
        int q = p + 1;
        while (q < n && (c[q] == ' ' || c[q] == '\t')) {
          q++;
        }
        if (q >= n || !WordTokens.isWordChar(c[q])) {
          continue;
        }
        int prevStart = k == 0 ? 0 : breaks[k - 1] + 1;
        if (k > 0 && WordTokens.mayJoin(c[breaks[k - 1]])) {
          prevStart = WordTokens.tokenStart(c, p);
        }
        int kk = k + 1;
        while (breaks[kk] < q) {
          kk++;
        }
        int end = Math.min(breaks[kk], n);
        if (end < n && WordTokens.mayJoin(c[end])) {
          end = WordTokens.tokenEnd(c, n, q);
        }
        if (prevStart < resume || end - q != p - prevStart
            || Character.toLowerCase(c[q]) != Character.toLowerCase(c[prevStart])
            || !maySame(c, prevStart, q, p - prevStart)) {
          continue;
        }
        String s = ctx.text();
        if (same(s, prevStart, p, q, end) && collapsible(s, prevStart, p, end)) {
          int runEnd = end;
          int copies = 2;
          int j = skipSpaces(s, runEnd);
          while (j < n && j > runEnd && Chars.isWordChar(s.codePointAt(j))) {
            int e = WordTokens.tokenEnd(s, j);
            if (!same(s, prevStart, p, j, e) || !collapsible(s, prevStart, p, e)) {
              break;
            }
            runEnd = e;
            copies++;
            j = skipSpaces(s, runEnd);
          }
          Verdict v = DoubledWordJudge.judge(s, prevStart, p, q, runEnd, copies);
          if (v == Verdict.KEEP || ctx.isProtected(prevStart, runEnd)) {
            resume = runEnd;
            continue;
          }
          if (v == Verdict.SAFE) {
            ctx.replace(p, runEnd, "",
                "removed a repeated word '" + s.substring(prevStart, p) + "'");
          } else {
            ctx.report(p, runEnd, "", v.reason);
          }
          resume = runEnd;
        }
      }
    }

    /** Whether the pair may be judged at all: words with a letter, not glued to other text. */
    private static boolean collapsible(String s, int a, int aEnd, int bEnd) {
      // a number, or part of a path, handle or compound: a/the the-
      return hasLetter(s, a, aEnd) && !joinedBefore(s, a) && !joinedAfter(s, bEnd);
    }
  }

  /**
   * {@code repeat.and}: {@code X and X} for one singular word (two Chinese synonyms translated
   * alike) becomes {@code X}. Kept: idioms and emphasis ({@link #AND_IDIOMS}), function words
   * ({@code to and to}: the sentence-starter list of {@link RunOnSentenceRule}), comparatives
   * ending in -er ({@code better and better}), plurals ending in -s but not -ss, -us or -is
   * ({@code years and years}), past tenses in -ed ({@code talked and talked}), a capitalized
   * second word (names: {@code Li and Li}), and the pair after {@code between} or {@code both}
   * ("between state and state").
   */
  public static final class And extends AbstractRule {
    private static final String AND = " and ";

    public And() {
      super("repeat.and", RuleKind.SAFE,
          "\"X and X\" becomes X where it is a doubling: \"will reduce and reduce costs\" -> \"will reduce costs\"; report a second X that may modify what follows");
    }

    // it compares words ignoring case, a capitalized And only ever keeps a pair as it is,
    // and the second word of a pair never starts a sentence
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCapitalizing();
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      if (!hasCandidate(ctx)) {
        return; // spares the String of the paragraph
      }
      String s = ctx.text();
      int p = s.indexOf(AND);
      while (p >= 0) {
        int b = p + AND.length();
        if (b >= s.length() || !Chars.isWordChar(s.codePointAt(b))) {
          p = s.indexOf(AND, p + 1);
          continue;
        }
        int bEnd = WordTokens.tokenEnd(s, b);
        int a = WordTokens.tokenStart(s, p);
        if (a < p && same(s, a, p, b, bEnd) && collapsible(s, a, p, bEnd)) {
          int end = bEnd;
          int copies = 2;
          while (s.startsWith(AND, end)) { // a chain: training and training and training
            int c = end + AND.length();
            int cEnd = c < s.length() && Chars.isWordChar(s.codePointAt(c)) ? WordTokens.tokenEnd(s, c) : c;
            if (cEnd == c || !same(s, a, p, c, cEnd) || !collapsible(s, a, p, cEnd)) {
              break;
            }
            end = cEnd;
            copies++;
          }
          Verdict v = AndPairJudge.judge(s, a, p, b, end, copies,
              ctx.words(WordList.SENTENCE_STARTERS), ctx.words(WordList.NAMES_IN_ING));
          if (v == Verdict.KEEP || ctx.isProtected(a, end)) {
            p = s.indexOf(AND, p + 1);
            continue;
          }
          if (v == Verdict.SAFE) {
            ctx.replace(p, end, "", "removed '" + s.substring(p + 1, end) + "' repeating '"
                + s.substring(a, p) + "'");
          } else {
            ctx.report(p, end, "", v.reason);
          }
          p = s.indexOf(AND, end);
        } else {
          p = s.indexOf(AND, p + 1);
        }
      }
    }

    /**
     * Whether some {@code " and "} stands between two words of the same length, the first thing
     * {@link #same} asks; the words are runs between word breaks, or longer when a break may
     * join (a digit, a non-ASCII letter, ' or -), and then measured char by char.
     */
    private static boolean hasCandidate(RuleContext ctx) {
      char[] c = Raw.chars(ctx);
      int n = ctx.length();
      int[] breaks = Raw.wordBreaks(ctx);
      for (int k = 0, p; (p = breaks[k]) + 4 < n; k++) {
        // a three-letter word first: the test that fails most often
        if (breaks[k + 1] != p + 4 || c[p + 1] != 'a' || c[p + 2] != 'n' || c[p + 3] != 'd'
            || c[p] != ' ' || c[p + 4] != ' ') {
          continue;
        }
        int before = k == 0 ? -1 : breaks[k - 1];
        int a = before < 0 || WordTokens.mayJoin(c[before]) ? WordTokens.tokenStart(c, p) : before + 1;
        int bEnd = WordTokens.tokenEnd(c, n, p + 5);
        if (p - a == bEnd - (p + 5) && a < p && maySame(c, a, p + 5, p - a)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the pair may be judged at all: a word of letters, not glued to other text. */
    private static boolean collapsible(String s, int a, int aEnd, int bEnd) {
      if (aEnd - a < 2) {
        return false;
      }
      for (int i = a; i < aEnd; i++) {
        char c = s.charAt(i);
        if (!Character.isLetter(c) && c != '-') {
          return false;
        }
      }
      return !joinedBefore(s, a) && !joinedAfter(s, bEnd);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return ((c | 0x20) - 'a' & 0xFFFF) < 26;
  }

  /**
   * Whether {@code c[a, a + n)} and {@code c[b, b + n)} may be the same word ignoring case: never
   * false where {@link #same} is true, so that the paragraph's String is made only for a likely
   * pair (pairs such as {@code in it} pass the length and first-letter tests).
   */
  static boolean maySame(char[] c, int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      char x = c[a + k];
      char y = c[b + k];
      if (x == y || Character.isSurrogate(x) || Character.isSurrogate(y)) {
        continue;
      }
      char ux = Character.toUpperCase(x); // as String.regionMatches ignoring case compares
      char uy = Character.toUpperCase(y);
      if (ux != uy && Character.toLowerCase(ux) != Character.toLowerCase(uy)) {
        return false;
      }
    }
    return true;
  }

  static boolean same(String s, int a, int aEnd, int b, int bEnd) {
    return aEnd - a == bEnd - b && s.regionMatches(true, a, s, b, aEnd - a);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean hasLetter(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code a} is glued to what precedes it: a path, handle, tag, domain. */
  private static boolean joinedBefore(String s, int a) {
    int cp = Chars.before(s, a);
    return isGlue(cp) || cp == '.';
  }

  /** Whether the word ending at {@code end} is glued to what follows (a sentence's period is not). */
  private static boolean joinedAfter(String s, int end) {
    int cp = Chars.at(s, end);
    return isGlue(cp) || (cp == '.' && Chars.isWordChar(Chars.at(s, end + 1)));
  }

  private static boolean isGlue(int cp) {
    return cp == '-' || cp == '/' || cp == '@' || cp == '_' || cp == '#' || cp == '&' || cp == '\\';
  }
}
