package org.mtclean.rules;

import static org.mtclean.rules.RepeatContext.Verdict.KEEP;
import static org.mtclean.rules.RepeatContext.Verdict.SAFE;

import java.util.List;
import java.util.Locale;
import org.mtclean.rules.RepeatContext.Next;
import org.mtclean.rules.RepeatContext.Verdict;

/**
 * Decides whether a word repeated right after itself ({@code the the}, {@code power power}) is a
 * slip to remove, English to keep, or a doubt to report. The evidence, in order:
 * <ol>
 *   <li>kept: grammatical pairs and reduplications ({@link RepetitionRules#GRAMMATICAL_PAIRS},
 *       {@link RepetitionRules#REDUPLICATED}), copies that differ in case beyond the first letter
 *       ({@code Omega OMEGA}: a name in two styles), a capitalized Pinyin syllable
 *       ({@code Li Li});
 *   <li>reported: a capital on the second copy only ({@code for life Life is}: a lost sentence
 *       boundary); a capital on the first copy only, for a content word ({@code Ni ni},
 *       {@code Rattus rattus}), and for a function word mid-sentence ({@code Vitamin A a day});
 *   <li>function words ({@link RepeatWords#FUNCTION}) are slips, except an auxiliary after a
 *       clause opener ({@code what it is is}) or after a noun and a subject pronoun (a relative
 *       clause without its pronoun: {@code the money he has has gone}), and a modal after a
 *       determiner ({@code the will will be read}), which are reported;
 *   <li>content words: reported when they may be a name (both capitalized: up to five letters, or
 *       after a capitalized word, or before one: {@code Fah Fah}, {@code Prime Minister X X},
 *       {@code Nancy Nancy Pelosi}), a number word ({@code the twelfth twelfth}) or a Latin name
 *       ({@code Gymnocypris przewalskii przewalskii}); a hyphenated word is a slip; a pair that
 *       recurs nearby is a name or term of the text ({@code crystal crystal}); otherwise the
 *       word after the pair decides: end, punctuation, a preposition, conjunction, determiner or
 *       pronoun, or a past tense make it a slip; an auxiliary after two copies may open a new
 *       sentence ({@code for life life is}); any other word may make a compound with the second
 *       copy ({@code high power power line}), so the pair is reported. Three copies or more are
 *       never a compound or a boundary alone, so only a following content word stops them.
 * </ol>
 * Stateless and thread-safe.
 */
final class DoubledWordJudge {
  private DoubledWordJudge() {}

  private static final String COMPOUND =
      "kept: the second copy may begin a compound with the next word ('high power power line')"
          + " or the pair may be a name";

  /**
   * The verdict on {@code s[a, aEnd)} repeated up to {@code runEnd}, whose second copy starts at
   * {@code b}, {@code copies} copies in all.
   */
  static Verdict judge(String s, int a, int aEnd, int b, int runEnd, int copies) {
    String lower = s.substring(a, aEnd).toLowerCase(Locale.ROOT);
    if (RepetitionRules.GRAMMATICAL_PAIRS.contains(lower) || RepetitionRules.REDUPLICATED.contains(lower)) {
      return KEEP;
    }
    boolean function = RepeatWords.FUNCTION.contains(lower);
    int len = aEnd - a;
    if (!function && !s.regionMatches(a + 1, s, b + 1, len - 1)
        && !(RepeatContext.allCaps(s, a, aEnd) && RepeatContext.allCaps(s, b, b + len))) {
      return KEEP; // Omega OMEGA
    }
    // a first copy at a sentence start counts as capitalized: case.sentence-start capitalizes it
    // later, and the verdict must not change when the rules run again
    boolean start = RepeatContext.sentenceStart(s, a);
    boolean firstCap = start || Character.isUpperCase(s.codePointAt(a));
    boolean secondCap = Character.isUpperCase(s.codePointAt(b));
    if (!firstCap && secondCap) {
      return Verdict.report("kept: a capital on the second copy mid-sentence; a sentence may end"
          + " between them ('for life Life is')");
    }
    if (function) {
      return firstCap && !secondCap && !start
          ? Verdict.report("kept: capitalized mid-sentence, the first copy may be a name or a"
              + " letter ('Vitamin A a day')")
          : functionWord(s, a, lower);
    }
    if (firstCap && !secondCap) {
      return Verdict.report("kept: a capital on the first copy only; the pair may be a name or a"
          + " Latin name ('Ni Ni', 'Rattus rattus')");
    }
    if (firstCap && secondCap) {
      if (Pinyin.isSyllable(lower)) {
        return KEEP; // a reduplicated Chinese name: Cao Cao, Li Li
      }
      if ((len <= 5 && !RepeatContext.allCaps(s, a, aEnd)) || RepeatContext.capitalizedBefore(s, a)
          || (RepeatContext.next(s, runEnd) == Next.WORD && RepeatContext.nextCapitalized(s, runEnd))) {
        return Verdict.report("kept: capitalized, the pair may be a name or part of a title"
            + " ('Fah Fah', 'Rodríguez Rodríguez', 'High Power Power Line')");
      }
    }
    if (RepeatWords.NUMBER_WORDS.contains(lower)) {
      return Verdict.report("kept: a doubled number word may be a name ('the Double Twelfth')");
    }
    if (!firstCap && RepeatWords.latinEpithet(lower) && RepeatContext.capitalizedBefore(s, a)) {
      return Verdict.report("kept: may be a Latin name ('Gorilla gorilla gorilla')");
    }
    if (lower.indexOf('-') > 0) {
      return SAFE; // state-owned state-owned: no compound and no name repeats a hyphenated word
    }
    if (recurs(s, a, b + len, runEnd)) {
      return Verdict.report("kept: the same pair recurs nearby, so it is a name or term of the"
          + " text ('crystal crystal' for a reduplicated given name)");
    }
    return byNextWord(s, runEnd, copies);
  }

  /** How far on either side {@link #recurs} looks: a bound that keeps the rule linear. */
  private static final int RECUR_WINDOW = 2000;

  /**
   * Whether the pair {@code s[a, pairEnd)} occurs again, outside its run that ends at
   * {@code runEnd}, within {@link #RECUR_WINDOW} chars.
   */
  private static boolean recurs(String s, int a, int pairEnd, int runEnd) {
    int len = pairEnd - a;
    int from = Math.max(0, a - RECUR_WINDOW);
    int to = Math.min(s.length() - len, pairEnd + RECUR_WINDOW);
    for (int i = from; i <= to; i++) {
      if ((i < a || i >= runEnd) && s.regionMatches(true, i, s, a, len)
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
          && (i + len == s.length() || !Character.isLetterOrDigit(s.charAt(i + len)))) {
        return true;
      }
    }
    return false;
  }

  private static Verdict functionWord(String s, int a, String lower) {
    if (!RepeatWords.AUXILIARY.contains(lower)) {
      return SAFE;
    }
    List<String> before = RepeatContext.wordsBefore(s, a, 6);
    if (RepeatWords.MODAL_NOUNS.contains(lower) && !before.isEmpty()
        && RepeatWords.DETERMINERS.contains(before.get(0))) {
      return Verdict.report("kept: after a determiner the first '" + lower + "' may be a noun"
          + " ('the will will be read')");
    }
    boolean relative = before.size() >= 2 && RepeatWords.SUBJECT_PRONOUNS.contains(before.get(0))
        && !RepeatWords.CLOSED_AFTER.contains(before.get(1))
        && !RepeatWords.CLAUSE_OPENERS.contains(before.get(1))
        && RepeatContext.sameClause(s, a, 2);
    for (String w : before) {
      relative |= RepeatWords.CLAUSE_OPENERS.contains(w);
    }
    return relative
        ? Verdict.report("kept: the first '" + lower + "' may end a clause that is the subject"
            + " ('what it is is', 'the money he has has gone')")
        : SAFE;
  }

  private static Verdict byNextWord(String s, int runEnd, int copies) {
    Next next = RepeatContext.next(s, runEnd);
    if (next == Next.END || next == Next.CLOSE) {
      return SAFE;
    }
    if (next == Next.WORD) {
      String w = RepeatContext.nextWord(s, runEnd);
      if (RepeatWords.CLOSED_AFTER.contains(w) || pastTense(w)) {
        return SAFE;
      }
      if (RepeatWords.AUXILIARY.contains(w)) {
        return copies >= 3 ? SAFE
            : Verdict.report("kept: the second copy may start a sentence whose end was lost"
                + " ('for life life is')");
      }
    }
    return Verdict.report(COMPOUND);
  }

  /** A past tense such as {@code attended}: a verb, so the copy before it is no modifier. */
  private static boolean pastTense(String w) {
    return w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed");
  }
}
