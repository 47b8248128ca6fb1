package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.rules.RuleEditTesting.editsOf;
import static org.mtclean.rules.RuleEditTesting.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtclean.CleanResult;
import org.mtclean.Edit;
import org.mtclean.MtClean;
import org.mtclean.RuleKind;

class RepetitionRulesTest {
  @Test
  void keptWordsAreShortEnoughForTheLengthShortcut() {
    // repeat.word looks a pair up in the lists only when its word has 6 chars or fewer
    for (String w : RepetitionRules.GRAMMATICAL_PAIRS) {
      assertTrue(w.length() <= 6, w);
    }
    for (String w : RepetitionRules.REDUPLICATED) {
      assertTrue(w.length() <= 6, w);
    }
    assertEquals("Zhuang Zhuang", MtClean.clean("Zhuang Zhuang"));
    assertEquals("Chuang Chuang", MtClean.clean("Chuang Chuang"));
  }

  @Test
  void repeatedWordIsRemovedWithItsSpaceAndLogged() {
    CleanResult r = only("The board will will meet.", "repeat.word");
    assertEquals("The board will meet.", r.text());
    List<Edit> edits = editsOf(r, "repeat.word");
    assertEquals(1, edits.size());
    Edit e = edits.get(0);
    assertEquals(RuleKind.SAFE, e.kind());
    assertTrue(e.applied());
    assertEquals(" will", e.original());
    assertEquals("", e.replacement());
    assertEquals(14, e.start().offset());
    assertEquals(19, e.end().offset());
    assertEquals(1, e.start().line());
    assertEquals(15, e.start().column());
    assertEquals("removed a repeated word 'will'", e.message());
  }

  @Test
  void positionsCountCodePointsAfterASurrogatePair() {
    CleanResult r = only("\uD842\uDFB7 the the plan\nnext line the the end", "repeat.word");
    assertEquals("\uD842\uDFB7 the plan\nnext line the end", r.text());
    List<Edit> edits = editsOf(r, "repeat.word");
    assertEquals(2, edits.size());
    assertEquals(6, edits.get(0).start().column()); // U+20BB7 is one column
    assertEquals(6, edits.get(0).start().charOffset());
    assertEquals(5, edits.get(0).start().offset());
    assertEquals(2, edits.get(1).start().line());
    assertEquals(14, edits.get(1).start().column());
  }

  @Test
  void aRunOfRepeatsBecomesOneEditAndKeepsTheFirstCase() {
    CleanResult r = only("The the THE board met.", "repeat.word");
    assertEquals("The board met.", r.text());
    assertEquals(1, editsOf(r, "repeat.word").size());
    assertEquals(" the THE", editsOf(r, "repeat.word").get(0).original());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "He had had enough.", "She said that that plan works.", "They gave her her badge.",
    "They do do the work.", "He handed it in in May.", "They moved on on Monday.",
    "Cao Cao met Li Li.", "The envoy Zhang Zhang arrived.", "CAO CAO left.", "Bora Bora is far.",
    "Visit example.org org today.", "The U.S. U.S. office.", "Run `go go` now.",
    "Scores were 3 3 and 1.5 1.5.", "The path a/the the-end.", "The theme the"
  })
  void keeps(String text) {
    assertEquals(text, only(text, "repeat.word").text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Xinhua Xinhua reporters came.|Xinhua reporters came.",
    "He he said.|He said.",
    "GDP GDP rose.|GDP rose.",
    "It is is fine.|It is fine.",
    "the the.|the.",
    "Very very good and many many firms.|Very good and many firms."
  })
  void collapses(String pair) {
    assertCleans("repeat.word", pair);
  }

  /** {@code pair} is "input|expected" for {@code rule} alone. */
  private static void assertCleans(String rule, String pair) {
    String[] io = pair.split("\\|");
    assertEquals(io[1], only(io[0], rule).text());
  }

  @Test
  void pinyinSyllables() {
    for (String s : List.of("Cao", "li", "Zhang", "an", "er", "yuan", "xiong", "Wang", "lv")) {
      assertTrue(Pinyin.isSyllable(s), s);
    }
    for (String s : List.of("Xinhua", "the", "Bora", "in", "i", "u", "Baosteel", "", "Zhangg")) {
      assertFalse(Pinyin.isSyllable(s), s);
    }
    assertEquals("Zhang Wei", Pinyin.asName(new String[] {"zhang", "wei"}, 1));
    assertEquals("Ouyang Xiu", Pinyin.asName(new String[] {"ou", "yang", "xiu"}, 2));
    assertEquals("Li Xi'an", Pinyin.asName(new String[] {"li", "xi", "an"}, 1));
    assertEquals("Li", Pinyin.asName(new String[] {"li"}, 1));
  }

  @Test
  void xAndXIsRemovedAndLogged() {
    CleanResult r = only("The unification and unification of rules.", "repeat.and");
    assertEquals("The unification of rules.", r.text());
    Edit e = editsOf(r, "repeat.and").get(0);
    assertEquals(RuleKind.SAFE, e.kind());
    assertTrue(e.applied());
    assertEquals(" and unification", e.original());
    assertEquals(16, e.start().column());
    assertEquals(32, e.end().column());
    assertEquals("removed 'and unification' repeating 'unification'", e.message());
  }

  @Test
  void chainsAndSentenceStart() {
    assertEquals("Training plans.", only("Training and training and training plans.", "repeat.and").text());
  }

  /** Pairs the pre-check must not miss: at the paragraph start, and words that reach past a break. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Unification and unification of rules.|Unification of rules.",
    "co-ordination and co-ordination work|co-ordination work",
    "the café and café owners|the café owners",
    "a régime and régime change|a régime change"
  })
  void andFindsPairsTheBreaksDoNotDelimit(String pair) {
    assertCleans("repeat.and", pair);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "more and more", "again and again", "over and over", "through and through",
    "round and round", "on and on", "time and time again", "better and better",
    "bigger and bigger", "years and years", "Li and Li", "Johnson and Johnson",
    "between state and state", "both side and side", "talked and talked", "to and to",
    "Reform and Reform", "a-b and b", "x and x", "the and the"
  })
  void andKeeps(String text) {
    assertEquals(text, only(text, "repeat.and").text());
  }

  @Test
  void andKeepsProtectedSpans() {
    String text = "See e.g. and e.g. here.";
    assertEquals(text, only(text, "repeat.and").text());
  }

  @Test
  void repetitionRulesRunInTheDefaultPipeline() {
    assertEquals("The inspection work will start.",
        MtClean.clean("The the inspection and inspection work will will start。"));
  }
}
