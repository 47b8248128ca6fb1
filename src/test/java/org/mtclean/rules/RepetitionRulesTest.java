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
  void reduplicatedPinyinNamesStay() {
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
    "Scores were 3 3 and 1.5 1.5.", "The path a/the the-end.", "The theme the",
    "I told you you were wrong.", "Bye bye.", "My my, what a surprise.", "Ylang ylang oil.",
    "Omega OMEGA watches.", "Walla Walla is a city.", "Well well well, now now.",
    "Yes yes, go go go!"
  })
  void keeps(String text) {
    assertEquals(text, only(text, "repeat.word").text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Xinhua Xinhua reported it.|Xinhua reported it.",
    "He he said.|He said.",
    "GDP GDP, the main gauge, rose.|GDP, the main gauge, rose.",
    "It is is fine.|It is fine.",
    "the the.|the.",
    "The state-owned state-owned firms.|The state-owned firms.",
    "We met for for an hour and and left.|We met for an hour and left.",
    "The report report of the panel.|The report of the panel.",
    "The epidemic epidemic, the floods.|The epidemic, the floods.",
    "The plan plan plan was adopted.|The plan was adopted.",
    "Could could you help?|Could you help?",
    "It is is fine, and it is is clear.|It is fine, and it is clear."
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
    "co-ordination and co-ordination of work|co-ordination of work",
    "the café and café, the bar|the café, the bar",
    "a régime and régime of fear|a régime of fear"
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
    assertEquals("The inspection of the site will start.",
        MtClean.clean("The the inspection and inspection of the site will will start。"));
  }

  /** "input|reason fragment": the pair stays, and one report gives the reason. */
  @ParameterizedTest
  @ValueSource(strings = {
    "The high power power line.|compound",
    "Work hard for life Life is short.|sentence may end",
    "He works for life life is short.|start a sentence",
    "The Fah Fah government fell.|name",
    "Speaker Nancy Nancy Pelosi spoke.|name",
    "The ex-partner Ni ni helped.|name",
    "What it is is a plan.|clause",
    "The money he has has gone.|clause",
    "The way it is is fine.|clause",
    "The will will be read.|noun",
    "Shops opened on the twelfth twelfth.|number word",
    "Gorilla gorilla gorilla lives here.|Latin",
    "The Gymnocypris przewalskii przewalskii fish.|Latin",
    "Rattus rattus.|Latin",
    "Take vitamin A a day.|letter",
    "Then crystal crystal sang, and crystal crystal smiled.|recurs",
    "It was very very cold.|compound",
    "The county (district) road road network.|compound"
  })
  void wordReportsAmbiguousPairs(String pair) {
    assertReported("repeat.word", pair);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "the military and military units|modify",
    "focus on public and public welfare projects|modify",
    "the county and county (district) chief|modify",
    "aged patients and patients with asthma|own modifier",
    "the floor is for parking and parking is free|subject",
    "we were walking and walking.|emphasis",
    "We found folders and folders of papers.|emphasis"
  })
  void andReportsAmbiguousPairs(String pair) {
    assertReported("repeat.and", pair);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The city will reduce and reduce costs.|The city will reduce costs.",
    "They can also report and report fraud.|They can also report fraud.",
    "We solve the troubles and troubles of residents.|We solve the troubles of residents.",
    "It checks components and components for defects.|It checks components for defects.",
    "Investment and Financing and Financing of Projects|Investment and Financing of Projects",
    "The storage and storage of tools.|The storage of tools.",
    "The task is arduous and arduous.|The task is arduous.",
    "Flood relief and relief and relief work.|Flood relief work."
  })
  void andRemovesSlips(String pair) {
    assertCleans("repeat.and", pair);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "worse and worse", "more and more", "Prices got bigger and bigger.", "There are rules and rules.",
    "the relationship of strategy and strategy", "between man and man", "Venus and Venus' fans",
    "Li and Li (2019)", "Manning and Manning", "Beijing and Beijing", "he kept digging and digging.",
    "for years and years.", "boxes and boxes of files", "the milk is half and half.", "it has grown and grown.",
    "you must practice and practice the scales."
  })
  void andKeepsEnglish(String text) {
    CleanResult r = only(text, "repeat.and");
    assertEquals(text, r.text());
    assertTrue(r.edits().isEmpty(), () -> r.edits().toString());
  }

  private static void assertReported(String rule, String pair) {
    String[] io = pair.split("\\|");
    CleanResult r = only(io[0], rule);
    assertEquals(io[0], r.text());
    List<Edit> edits = editsOf(r, rule);
    assertFalse(edits.isEmpty());
    for (Edit e : edits) {
      assertEquals(RuleKind.REPORT, e.kind());
      assertFalse(e.applied());
      assertTrue(e.message().contains(io[1]), e.message());
    }
  }

  /** The cheap char test before a pair is compared never turns away a pair that is the same. */
  @Test
  void theCharPrefilterNeverTurnsAwayTheSameWord() {
    long seed = org.mtclean.TestSeeds.seed("RepetitionRulesTest");
    java.util.Random random = new java.util.Random(seed);
    String alphabet = "aAiIıİßẞsSkK\u212A\u00B5\u039C\u03BC\u01C5\u01C4\u01C6\uD801\uDC00\uD801\uDC28";
    for (int round = 0; round < 20_000; round++) {
      int n = 1 + random.nextInt(4);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 2 * n; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      if (RepetitionRules.same(s, 0, n, n, 2 * n)) {
        assertTrue(RepetitionRules.maySame(s.toCharArray(), 0, n, n), "seed " + seed + ": " + s);
      }
    }
    assertTrue(RepetitionRules.maySame("K\u212A".toCharArray(), 0, 1, 1));
    assertFalse(RepetitionRules.maySame("inis".toCharArray(), 0, 2, 2));
  }
}
