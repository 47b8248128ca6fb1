package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists ship as resources, and a cleaner's additions change what the rules do. */
class WordListTest {
  @Test
  void everyListShipsWithEntriesAndIsReadOnce() {
    for (WordList list : WordList.values()) {
      assertFalse(list.builtIn().isEmpty(), list.listName());
      assertSame(list.builtIn(), list.builtIn(), list.listName());
      assertSame(list, WordList.named(list.listName()));
      for (String entry : list.builtIn()) {
        assertEquals(list.normalize(entry), entry, list.listName() + ": " + entry);
      }
    }
    assertTrue(WordList.ABBREVIATIONS.builtIn().contains("Wash"));
    assertTrue(WordList.SENTENCE_STARTERS.builtIn().contains("however"));
    assertTrue(WordList.COUNT_NOUNS.builtIn().contains("yuan"));
    assertSame(WordList.COUNT_NOUNS.builtIn(), Cleaner.defaults().words(WordList.COUNT_NOUNS));
  }

  @Test
  void anAddedAbbreviationKeepsTheSentenceGoing() {
    String text = "The office is in Bldg. five of the park.";
    assertEquals("The office is in Bldg. Five of the park.", Cleaner.defaults().clean(text).text());
    Cleaner withBldg = Cleaner.builder().words(WordList.ABBREVIATIONS, List.of("Bldg.")).build();
    CleanResult r = withBldg.clean(text);
    assertEquals(text, r.text());
    assertEquals(1, r.edits().size(), r.edits().toString());
    assertFalse(r.edits().get(0).applied());
    assertTrue(r.edits().get(0).message().contains("\"Bldg.\""), r.edits().toString());
    assertTrue(withBldg.words(WordList.ABBREVIATIONS).contains("Bldg"));
    assertTrue(withBldg.words(WordList.ABBREVIATIONS).contains("Wash"), "the shipped entries stay");
    assertEquals(r, withBldg.toBuilder().build().clean(text), "toBuilder keeps the additions");
  }

  @Test
  void anAddedSentenceStarterIsReportedAfterAComma() {
    String text = "The plan failed in the north, Elsewhere the results were good.";
    assertTrue(Cleaner.defaults().clean(text).edits().isEmpty());
    Cleaner c = Cleaner.builder().words("sentence-starters", List.of(" Elsewhere ")).build();
    List<Edit> edits = c.clean(text).edits();
    assertEquals(1, edits.size(), edits.toString());
    assertEquals("punct.run-on", edits.get(0).ruleId());
    assertTrue(c.words(WordList.SENTENCE_STARTERS).contains("elsewhere"), "kept in lower case");
  }

  @Test
  void anAddedUnitGetsItsSpace() {
    String text = "The line carries 40kV of power.";
    assertEquals(text, Cleaner.defaults().clean(text).text());
    Cleaner c = Cleaner.builder().words(WordList.UNITS, List.of("kV")).build();
    assertEquals("The line carries 40 kV of power.", c.clean(text).text());
    assertEquals(text, Cleaner.builder().words("units", List.of("kv")).build().clean(text).text(),
        "units are compared as written");
  }

  @Test
  void anAddedCompoundSurnameJoinsItsSyllables() {
    String text = "The poet \u53F8\u7A7A\u56FE wrote it."; // 司空图
    Cleaner.Builder b = Cleaner.builder().option(Options.UNTRANSLATED, Options.Untranslated.ROMANIZE);
    assertEquals("The poet Si Kongtu wrote it.", b.build().clean(text).text());
    Cleaner c = b.words(WordList.COMPOUND_SURNAMES, List.of("\u53F8\u7A7A")).build();
    assertEquals("The poet Sikong Tu wrote it.", c.clean(text).text());
  }

  @Test
  void anAddedNameInIngIsNeverACommonNoun() {
    String text = "The firm Hastings and Hastings won the case.";
    List<Edit> edits = Cleaner.defaults().clean(text).edits();
    assertEquals(1, edits.size(), edits.toString());
    assertEquals("repeat.and", edits.get(0).ruleId());
    Cleaner c = Cleaner.builder().words("names-in-ing", List.of("Hasting")).build();
    assertTrue(c.clean(text).edits().isEmpty(), "a name: Li and Li, Manning and Manning");
    assertTrue(c.words(WordList.NAMES_IN_ING).contains("hasting"), "kept in lower case");
    assertTrue(c.words(WordList.NAMES_IN_ING).contains("manning"), "the shipped entries stay");
  }

  @Test
  void unknownListsAndBadEntriesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cleaner.builder().words("abbreviation", List.of("Bldg")));
    assertTrue(e.getMessage().contains("known lists: abbreviations, sentence-starters, count-nouns, units, compound-surnames,"
            + " names-in-ing"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Cleaner.builder().words(WordList.COUNT_NOUNS, List.of(" ")));
    assertThrows(IllegalArgumentException.class,
        () -> Cleaner.builder().words(WordList.COUNT_NOUNS, List.of("a\nb")));
  }
}
