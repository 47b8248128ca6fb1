package org.mtclean.rules;

import java.util.Set;
import org.mtclean.internal.WordFiles;

/**
 * The word classes that the repetition rules weigh as evidence, all in lower case, each read once
 * from its file under {@code org/mtclean/words/repeat/}. Stateless and thread-safe.
 */
final class RepeatWords {
  private RepeatWords() {}

  /**
   * Function words whose doubling is a slip of the pen ({@code the the}, {@code for for},
   * {@code will will}): articles, determiners, prepositions that are not also particles,
   * conjunctions, subject pronouns and auxiliaries. Particles ({@code in}, {@code up},
   * {@code by}) are not here: {@code handed it in in May} is English.
   */
  static final Set<String> FUNCTION = WordFiles.read("repeat/function-words");

  /**
   * Auxiliaries and modals: besides a slip, {@code X X} may end a subject clause and start the
   * predicate ({@code what it is is}, {@code the people who have have left}), and after a
   * determiner a modal is a noun ({@code the will will be read}).
   */
  static final Set<String> AUXILIARY = WordFiles.read("repeat/auxiliaries");

  /** Modals that are also nouns: {@code the will}, {@code a can}, {@code the might}. */
  static final Set<String> MODAL_NOUNS = WordFiles.read("repeat/modal-nouns");

  /** Words that start a subject clause or a relative clause: {@code what it is is}. */
  static final Set<String> CLAUSE_OPENERS = WordFiles.read("repeat/clause-openers");

  /** Subject pronouns: {@code the money he has has gone} ends a relative clause with one. */
  static final Set<String> SUBJECT_PRONOUNS = WordFiles.read("repeat/subject-pronouns");

  /** Determiners: after one, a modal is a noun. */
  static final Set<String> DETERMINERS = WordFiles.read("repeat/determiners");

  /**
   * Words after which a pair can only be two separate things, never a noun compound
   * ({@code the storage and storage of}, {@code epidemic epidemic, and}): prepositions,
   * conjunctions, determiners and pronouns. A doubled word before one of them is a slip.
   */
  static final Set<String> CLOSED_AFTER = WordFiles.read("repeat/closed-after");

  /**
   * Prepositions and relative pronouns that can modify the noun before them
   * ({@code patients with heart disease}, {@code workers who lost their jobs}).
   */
  static final Set<String> POSTMODIFIERS = WordFiles.read("repeat/postmodifiers");

  /** Quantifiers: after one, a noun has no modifier of its own ({@code such methods}). */
  static final Set<String> QUANTIFIERS = WordFiles.read("repeat/quantifiers");

  /** The number words, cardinal and ordinal: a doubled one may be a name (Double Twelfth). */
  static final Set<String> NUMBER_WORDS = WordFiles.read("repeat/number-words");

  /**
   * Words before a pair that make {@code X and X} two things in relation: {@code between man and
   * man}, {@code the relationship of strategy and strategy}, {@code both side and side}.
   */
  static final Set<String> RELATION_CUES = WordFiles.read("repeat/relation-cues");

  /**
   * Plurals doubled for length or abundance in English ({@code for years and years},
   * {@code miles and miles of pipeline}), kept by {@code repeat.and}.
   */
  static final Set<String> QUANTITY_PLURALS = WordFiles.read("repeat/quantity-plurals");

  /** Comparatives without -er: {@code worse and worse}, {@code more and more}. */
  static final Set<String> COMPARATIVES = WordFiles.read("repeat/comparatives");

  /**
   * Whether {@code w} is a comparative: -er and -ier words and {@link #COMPARATIVES}. Every word in
   * -er counts ({@code water and water} is kept too): the rule cannot tell them apart.
   */
  static boolean isComparative(String w) {
    return w.endsWith("er") || COMPARATIVES.contains(w);
  }

  /**
   * Whether a lower-case word looks like the last part of a Latin name, which may repeat
   * ({@code Gymnocypris przewalskii przewalskii}, {@code Gorilla gorilla gorilla}).
   */
  static boolean latinEpithet(String w) {
    return w.endsWith("ii") || w.endsWith("ae") || w.endsWith("us") || w.endsWith("um")
        || w.endsWith("ensis") || w.endsWith("i");
  }

  private static final String[] COMMON_NOUN_SUFFIXES = {
    "ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship"
  };

  /**
   * Whether a capitalized word is a derived common noun and not a name: 7 letters or more, ending
   * in -ing, -tion, -sion, -ment, -ness, -ity, -ance, -ence, -ism or -ship (a plural -s aside),
   * and neither a name of {@code namesInIng} (the list {@code names-in-ing}) nor made of Pinyin
   * syllables ({@code Beijing}). {@code Financing} and {@code Settlements} are; {@code Johnson},
   * {@code Reform} and {@code Manning} are not.
   */
  static boolean derivedNoun(String lower, Set<String> namesInIng) {
    String w = lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1)
        : lower;
    if (w.length() < 7 || namesInIng.contains(w) || pinyinIng(w)) {
      return false;
    }
    for (String suffix : COMMON_NOUN_SUFFIXES) {
      if (w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** {@code beijing}, {@code chongqing}: Pinyin syllables, the last a real one in -ing. */
  private static boolean pinyinIng(String w) {
    return w.endsWith("ing") && "bpmdtnljqxy".indexOf(w.charAt(w.length() - 4)) >= 0
        && Pinyin.isSyllables(w);
  }

}
