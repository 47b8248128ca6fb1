package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtclean.WordList;

/**
 * The built-in word lists read from their files: entries without comments, blanks or spaces;
 * every file under {@code org/mtclean/words/} is a {@link WordList} or listed here, and is named
 * in docs/rules.md.
 */
class WordFilesTest {
  private static final List<String> BUILT_IN = List.of("protected-abbreviations", "amount-words",
      "amount-adjectives", "domain-endings", "domain-endings-words", "month-names",
      "repeat/function-words", "repeat/auxiliaries", "repeat/modal-nouns", "repeat/clause-openers",
      "repeat/subject-pronouns", "repeat/determiners", "repeat/closed-after",
      "repeat/postmodifiers", "repeat/quantifiers", "repeat/number-words", "repeat/relation-cues",
      "repeat/quantity-plurals", "repeat/comparatives", "repeat/grammatical-pairs",
      "repeat/reduplicated", "repeat/and-idioms", "calendar-words", "domain-suffixes", "day-followers",
      "time-words-before", "time-words-after", "currency-codes", "code-words", "comma-abbreviations",
      "not-plurals", "count-modifiers", "currency-unit-words", "nt-hosts", "verbs-after-subject",
      "year-words-before", "tokenizer/chain-words", "tokenizer/age-units", "tokenizer/number-words",
      "pinyin/initials", "pinyin/finals", "pinyin/bare-syllables", "bitext/day-words",
      "bitext/date-followers", "repeat/modals", "repeat/continuing-words");
  private static final Path WORDS = Path.of("src/main/resources/org/mtclean/words");

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
  void everyFileIsReadAndNamedInTheDocs() throws IOException {
    String docs = Files.readString(Path.of("docs/rules.md"));
    String section =
        docs.substring(docs.indexOf("### Word lists"), docs.indexOf("### Protected spans"));
    Set<String> known = new HashSet<>(BUILT_IN);
    for (WordList list : WordList.values()) {
      known.add(list.listName());
    }
    List<String> files;
    try (Stream<Path> paths = Files.walk(WORDS)) {
      files = paths.filter(f -> f.toString().endsWith(".txt"))
          .map(f -> WORDS.relativize(f).toString().replace('\\', '/').replace(".txt", ""))
          .sorted().toList();
    }
    assertFalse(files.isEmpty(), "run from the project directory");
    for (String name : files) {
      assertTrue(known.contains(name), name + ".txt is neither a WordList nor in BUILT_IN");
      String base = name.substring(name.lastIndexOf('/') + 1);
      assertTrue(section.contains("`" + base + "`"), name + " is not named in docs/rules.md");
      if (name.contains("/")) {
        String dir = name.substring(0, name.indexOf('/'));
        assertTrue(section.contains("`" + dir + "/*`"), dir + "/* is not in docs/rules.md");
      }
    }
    assertEquals(known.size(), files.size(), "a list without its file: " + known);
  }

  /** A missing list is an error at its first use (lists are read on first use). */
  @Test
  void aMissingListIsAnError() {
    Set<String> missing = WordFiles.read("no-such-list");
    assertThrows(IllegalStateException.class, () -> missing.contains("x"));
    assertThrows(IllegalStateException.class, () -> WordFiles.load("no-such-list"));
  }

  /** A list read on first use is the file's entries, the same set whichever thread reads first. */
  @Test
  void aListReadOnFirstUseIsTheFile() throws Exception {
    Set<String> lazy = WordFiles.read("month-names");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> seen = new java.util.ArrayList<>();
      for (int k = 0; k < 8; k++) {
        seen.add(pool.submit(() -> lazy.contains("Sept")));
      }
      for (java.util.concurrent.Future<Boolean> f : seen) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(WordFiles.load("month-names"), lazy);
    assertEquals(lazy, Set.copyOf(lazy));
  }
}
