package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in word lists read from their files: entries without comments, blanks or spaces. */
class WordFilesTest {
  private static final List<String> BUILT_IN = List.of("protected-abbreviations", "amount-words",
      "amount-adjectives", "domain-endings", "domain-endings-words", "month-names",
      "repeat/function-words", "repeat/auxiliaries", "repeat/modal-nouns", "repeat/clause-openers",
      "repeat/subject-pronouns", "repeat/determiners", "repeat/closed-after",
      "repeat/postmodifiers", "repeat/quantifiers", "repeat/number-words", "repeat/relation-cues",
      "repeat/quantity-plurals", "repeat/comparatives", "repeat/grammatical-pairs",
      "repeat/reduplicated", "repeat/and-idioms", "calendar-words", "domain-suffixes", "day-followers",
      "time-words-before", "time-words-after", "currency-codes", "code-words", "comma-abbreviations",
      "not-plurals", "count-modifiers");

  @Test
  void everyBuiltInListHasEntriesAsWritten() {
    for (String name : BUILT_IN) {
      Set<String> words = WordFiles.read(name);
      assertFalse(words.isEmpty(), name);
      for (String w : words) {
        assertEquals(w.strip(), w, name);
        assertFalse(w.contains("#") || w.contains("\n"), name + ": " + w);
      }
    }
    assertTrue(WordFiles.read("domain-endings").contains("com"));
    assertTrue(WordFiles.read("month-names").contains("Sept"));
    assertTrue(WordFiles.read("repeat/function-words").contains("the"));
  }

  @Test
  void aMissingListIsAnError() {
    assertThrows(IllegalStateException.class, () -> WordFiles.read("no-such-list"));
  }
}
