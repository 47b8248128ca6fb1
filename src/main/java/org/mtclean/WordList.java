package org.mtclean;

import java.util.Locale;
import java.util.Set;
import org.mtclean.internal.WordFiles;

/**
 * The word lists of the built-in rules that you can add to, with {@link Cleaner.Builder#words}
 * or the config file's {@code "words"} object. Each list ships as a plain text file,
 * {@code org/mtclean/words/NAME.txt} in the jar: one entry a line, {@code #} starts a comment.
 * Entries are compared as written, except in the lists that are looked up in lower case.
 */
public enum WordList {
  /**
   * Abbreviations whose period is often inside a sentence ({@code Wash.}, {@code Sen.},
   * {@code Jan.}, {@code Corp.}), without the period: after one, {@code case.sentence-start}
   * only reports a capital. Compared as written.
   */
  ABBREVIATIONS("abbreviations", false),
  /**
   * Capitalized words that are not names (determiners, pronouns, conjunctions, sentence
   * adverbs): after a comma, {@code punct.run-on} takes one of them for the start of a new
   * sentence. Looked up in lower case.
   */
  SENTENCE_STARTERS("sentence-starters", true),
  /**
   * Count nouns that are plural without a final s, and units that count like plurals
   * ({@code people}, {@code yuan}, {@code kg}): before one, the number rules take a spelled-out
   * number for a quantity. Looked up in lower case.
   */
  COUNT_NOUNS("count-nouns", true),
  /**
   * Unit symbols that a number may be glued to ({@code Mbps}, {@code kg}, {@code mL}):
   * {@code numbers.unit} puts a space between the number and one ({@code 150ml}: {@code 150 ml}).
   * Never a product name such as {@code 5G} or {@code 3D}. Compared as written.
   */
  UNITS("units", false),
  /**
   * Chinese two-character surnames ({@code 欧阳}, {@code 司马}): when {@code untranslated}
   * romanizes a name of three or more Han characters that starts with one, the surname's two
   * syllables are joined ({@code Ouyang Xiu}). Compared as written.
   */
  COMPOUND_SURNAMES("compound-surnames", false),
  /**
   * Names in -ing that look like derived nouns ({@code Manning}, {@code Reading}), without a
   * plural s: {@code repeat.and} never takes a capitalized one for a common noun, so
   * {@code Manning and Manning} stays. Looked up in lower case.
   */
  NAMES_IN_ING("names-in-ing", true);

  private final String listName;
  private final boolean lowerCase;
  private volatile Set<String> builtIn;

  WordList(String listName, boolean lowerCase) {
    this.listName = listName;
    this.lowerCase = lowerCase;
  }

  /** The list's name in the config file and its file name without {@code .txt}. */
  public String listName() {
    return listName;
  }

  /** The list named {@code name}, or null. */
  public static WordList named(String name) {
    for (WordList l : values()) {
      if (l.listName.equals(name)) {
        return l;
      }
    }
    return null;
  }

  /**
   * An entry as the list keeps it: trimmed, in lower case where the list is looked up so, and
   * an abbreviation without its final period ({@code Corp.} is kept as {@code Corp}).
   */
  public String normalize(String entry) {
    String e = entry.strip();
    if (this == ABBREVIATIONS && e.endsWith(".")) {
      e = e.substring(0, e.length() - 1);
    }
    return lowerCase ? e.toLowerCase(Locale.ROOT) : e;
  }

  /** The entries shipped with mtclean, read once. */
  public Set<String> builtIn() {
    Set<String> words = builtIn;
    if (words == null) {
      words = WordFiles.read(listName);
      builtIn = words;
    }
    return words;
  }
}
