package org.mtclean.rules;

import static org.mtclean.rules.RepeatContext.Verdict.KEEP;
import static org.mtclean.rules.RepeatContext.Verdict.SAFE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mtclean.internal.Chars;
import org.mtclean.internal.WordFiles;
import org.mtclean.rules.RepeatContext.Next;
import org.mtclean.rules.RepeatContext.Verdict;

/**
 * Decides whether {@code X and X} is the doubling of a Chinese synonym pair ({@code the storage
 * and storage of}, {@code reduce and reduce the rent}) to remove, English to keep, or a doubt to
 * report. The evidence, in order:
 * <ol>
 *   <li>kept: idioms and emphasis ({@link RepetitionRules#AND_IDIOMS}, comparatives such as
 *       {@code worse and worse}, {@code bigger and bigger}, past tenses such as
 *       {@code talked and talked}, plurals of length or abundance such as {@code years and years});
 *       sentence openers and function words ({@code to and to}); two things in relation, a
 *       relation word among the six words before ({@code between man and man}, {@code the
 *       relationship of strategy and strategy}); {@code there are X and X} (not all X are alike);
 *       a capital on the second X only; capitalized pairs unless the word is a derived common noun
 *       ({@code Financing and Financing}; {@code Li and Li}, {@code Johnson and Johnson} are
 *       names);
 *   <li>a slip when nothing can follow the second X as a phrase of its own: the end, punctuation,
 *       a conjunction, determiner or pronoun, or a preposition or relative pronoun when nothing
 *       modifies the first X from before ({@code the storage and storage of}); a slip also when
 *       three X are chained, or when a modal comes before the first X ({@code will reduce and
 *       reduce costs}: verbs, the second with its object);
 *   <li>reported otherwise: the second X may modify the next word ({@code the military and
 *       military units}, {@code public and public welfare projects}, {@code county and county
 *       (district) chief}); each X may have its own modifier ({@code aged patients and patients
 *       with heart disease}); the second X may be the subject of a clause of its own before an
 *       auxiliary ({@code for parking, and parking is free}); an -ing form at the end may be
 *       emphasis ({@code walking and walking}), and so may a plural before {@code of} without a
 *       determiner ({@code boxes and boxes of files}).
 * </ol>
 * Stateless and thread-safe.
 */
final class AndPairJudge {
  private AndPairJudge() {}

  private static final Set<String> MODALS = WordFiles.read("repeat/modals");
  private static final Set<String> CONTINUING = WordFiles.read("repeat/continuing-words");
  private static final Set<String> THERE_BE = Set.of("are", "is", "were", "was");

  /**
   * The verdict on {@code s[a, aEnd)} and {@code copies - 1} more copies joined by {@code and},
   * the last ending at {@code end}; {@code second} is the start of the second copy.
   */
  static Verdict judge(String s, int a, int aEnd, int second, int end, int copies,
      Set<String> starters, Set<String> namesInIng) {
    String w = s.substring(a, aEnd).toLowerCase(Locale.ROOT);
    if (RepetitionRules.AND_IDIOMS.contains(w) || starters.contains(w)
        || RepeatWords.isComparative(w) || RepeatWords.QUANTITY_PLURALS.contains(w)
        || (w.endsWith("ed") && !w.endsWith("eed"))) {
      return KEEP;
    }
    // a first X at a sentence start counts as capitalized either way: case.sentence-start
    // capitalizes it later, and the verdict must not change when the rules run again
    boolean start = RepeatContext.sentenceStart(s, a);
    boolean firstCap = Character.isUpperCase(s.codePointAt(a));
    boolean secondCap = Character.isUpperCase(s.codePointAt(second));
    if (secondCap ? !(firstCap || start) || !RepeatWords.derivedNoun(w, namesInIng) : firstCap && !start) {
      return KEEP; // names (Li and Li), and a capital on one copy only
    }
    List<String> before = RepeatContext.wordsBefore(s, a, 6);
    for (String b : before) {
      if (RepeatWords.RELATION_CUES.contains(b)) {
        return KEEP;
      }
    }
    if (before.size() >= 2 && THERE_BE.contains(before.get(0)) && before.get(1).equals("there")) {
      return KEEP; // there are rules and rules
    }
    if (w.endsWith("ing") && !before.isEmpty() && CONTINUING.contains(before.get(0))) {
      return KEEP; // kept digging and digging
    }
    Next next = RepeatContext.next(s, end);
    if (next == Next.END || next == Next.CLOSE) {
      return w.endsWith("ing") && copies < 3
          ? Verdict.report("kept: a doubled -ing form may be emphasis ('walking and walking')")
          : SAFE;
    }
    if (copies >= 3) {
      return SAFE;
    }
    if (next == Next.WORD) {
      String after = RepeatContext.nextWord(s, end);
      if (RepeatWords.AUXILIARY.contains(after)) {
        return Verdict.report("kept: the second '" + w + "' may be the subject of a clause of its"
            + " own ('for parking, and parking is free')");
      }
      if (after.equals("of") && w.endsWith("s") && !w.endsWith("ss") && !determined(before)) {
        return Verdict.report("kept: a plural doubled before 'of' may be emphasis ('boxes and"
            + " boxes of files')");
      }
      if (RepeatWords.CLOSED_AFTER.contains(after)) {
        return !RepeatWords.POSTMODIFIERS.contains(after) || bare(s, a, before) ? SAFE
            : Verdict.report("kept: each '" + w + "' may have its own modifier ('aged patients and"
                + " patients with heart disease')");
      }
      if (afterModal(before)) {
        return SAFE;
      }
    }
    return Verdict.report("kept: the second '" + w + "' may modify what follows ('the military"
        + " and military units', 'public and public welfare projects'); remove it if it repeats"
        + " the first");
  }

  /**
   * Whether nothing modifies the first X from before: it follows a determiner, preposition,
   * conjunction, pronoun, auxiliary, a word in -s (a verb or a plural noun), punctuation, or the
   * start ({@code the storage and storage of}, not
   * {@code aged patients and patients with}).
   */
  private static boolean bare(String s, int a, List<String> before) {
    int i = a;
    while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
      i--;
    }
    if (before.isEmpty() || i == a || !Chars.isWordChar(Chars.before(s, i))) {
      return true;
    }
    String w = before.get(0);
    return RepeatWords.CLOSED_AFTER.contains(w) || RepeatWords.QUANTIFIERS.contains(w)
        || RepeatWords.AUXILIARY.contains(w) || verbOrPlural(w);
  }

  /** {@code checks}, {@code includes}: a verb or a plural noun, neither of which modifies a noun. */
  private static boolean verbOrPlural(String w) {
    return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("'s");
  }

  /** Whether a determiner or quantifier comes right before the first X ({@code the troubles}). */
  private static boolean determined(List<String> before) {
    return !before.isEmpty() && (RepeatWords.DETERMINERS.contains(before.get(0))
        || RepeatWords.QUANTIFIERS.contains(before.get(0)));
  }

  /** {@code will reduce}, {@code can also report}: the first X is a verb after a modal. */
  private static boolean afterModal(List<String> before) {
    if (before.isEmpty()) {
      return false;
    }
    if (MODALS.contains(before.get(0))) {
      return true;
    }
    String adverb = before.get(0);
    return before.size() >= 2 && MODALS.contains(before.get(1))
        && (adverb.endsWith("ly") || adverb.equals("also") || adverb.equals("further")
            || adverb.equals("still") || adverb.equals("then") || adverb.equals("all"));
  }
}
