package org.mtclean.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Position;
import org.mtclean.Profile;
import org.mtclean.RuleKind;

class LanguageToolCheckTest {
  private static final String EXT_B = "\uD842\uDFB7"; // U+20BB7, one code point, two chars

  @Test
  void positionsCountCodePointsAndLinesOfTheInput() {
    String text = "The first line is fine.\n"
        + EXT_B + " Mr. Li said the the budget was approved.\r\n"
        + "A third line follows , then\n\n"
        + "A new paragraph starts here. the end.";
    List<Edit> edits = LanguageToolCheck.check(text);

    Edit repeat = only(edits, "lt.WORD_REPEAT_RULE");
    int at = text.indexOf("the the");
    assertEquals(new Position(text.codePointCount(0, at), at, 2, 15), repeat.start());
    assertEquals(text.codePointCount(0, at), at - 1); // the surrogate pair counts once
    assertEquals(new Position(at - 1 + 7, at + 7, 2, 22), repeat.end());
    assertEquals("the the", repeat.original());
    assertEquals("the", repeat.replacement());
    assertEquals(RuleKind.SUGGEST, repeat.kind());
    assertFalse(repeat.applied());

    Edit comma = only(edits, "lt.COMMA_PARENTHESIS_WHITESPACE");
    int c = text.indexOf(" ,");
    assertEquals(3, comma.start().line());
    assertEquals(21, comma.start().column());
    assertEquals(c, comma.start().charOffset());
    assertEquals(c - 1, comma.start().offset());
    assertEquals(",", comma.replacement());

    Edit upper = only(edits, "lt.UPPERCASE_SENTENCE_START");
    int u = text.indexOf("the end");
    assertEquals(new Position(u - 1, u, 5, 30), upper.start());
    assertEquals("The", upper.replacement());
    assertEquals(3, edits.size(), edits.toString());
  }

  @Test
  void aLeadingBomCountsInTheOffsetButNotInTheColumn() {
    List<Edit> edits = LanguageToolCheck.check("\uFEFFIt was was fine.");
    Edit e = only(edits, "lt.WORD_REPEAT_RULE");
    assertEquals(new Position(4, 4, 1, 4), e.start());
  }

  @Test
  void reportOnlyWhenThereIsNoSuggestion() {
    List<Edit> edits = LanguageToolCheck.check("The plan (for three cities was approved.");
    Edit e = only(edits, "lt." + MachineTranslatedEnglish.UNPAIRED_BRACKETS_ID);
    assertEquals(RuleKind.REPORT, e.kind());
    assertNull(e.replacement());
    assertEquals("(", e.original());
  }

  @Test
  void paddedQuotesGetTheSuggestionThatFitsTheirSide() {
    String text = "It won the \" Green Factory \" award.";
    List<Edit> edits = LanguageToolCheck.check(text);
    assertEquals(2, edits.size(), edits.toString());
    assertEquals(" \"", edits.get(0).replacement());
    assertEquals("\" ", edits.get(1).replacement());
    String curly = "It won the \u201C Green Factory \u201D award.";
    List<Edit> curlyEdits = LanguageToolCheck.check(curly);
    assertEquals(" \u201C", curlyEdits.get(0).replacement());
    assertEquals("\u201D ", curlyEdits.get(1).replacement());
  }

  @Test
  void suggestionMarkupBecomesQuotes() {
    assertEquals("Did you mean \u201Cthe\u201D?",
        LanguageToolCheck.plainMessage("Did you mean <suggestion>the</suggestion>?"));
  }

  @Test
  void emptyAndBlankTextsHaveNoFindings() {
    assertEquals(List.of(), LanguageToolCheck.check(""));
    assertEquals(List.of(), LanguageToolCheck.check("\n\n  \n"));
  }

  @Test
  void paragraphsEndAfterBlankLines() {
    String s = "a\nb\n\n\nc\r\n \r\nd";
    assertEquals(s.indexOf('c'), LanguageToolCheck.paragraphEnd(s, 0));
    assertEquals(s.indexOf('d'), LanguageToolCheck.paragraphEnd(s, s.indexOf('c')));
    assertEquals(s.length(), LanguageToolCheck.paragraphEnd(s, s.indexOf('d')));
  }

  /** TextPositions agrees with the positions the cleaner itself reports, on random input. */
  @Test
  void textPositionsMatchTheCleanersPositions() {
    long seed = org.mtclean.TestSeeds.seed("LanguageToolCheckTest");
    Random random = new Random(seed);
    String[] parts = {"word", " ", "  ", " ,", "\u3002", "\n", "\r\n", "\r", EXT_B, "\uFF21",
        "\u3000", "x", ".", "\"", " \" "};
    Cleaner cleaner = Cleaner.builder().profile(Profile.REPORT_ONLY).build();
    int compared = 0;
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
      int len = random.nextInt(40);
      for (int k = 0; k < len; k++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      TextPositions positions = new TextPositions(text);
      for (Edit e : cleaner.clean(text).edits()) {
        boolean lastBlankLine = e.ruleId().equals("space.blank-lines")
            && !e.original().endsWith("\n") && !e.original().endsWith("\r");
        // the engine reports the end of a removed blank last line without a line break as the
        // start of the next line; TextPositions says the end of that line, which is exact
        for (Position p : lastBlankLine ? List.of(e.start()) : List.of(e.start(), e.end())) {
          assertEquals(p, positions.at((int) p.charOffset()), "seed " + seed + " text " + e);
          compared++;
        }
      }
    }
    assertTrue(compared > 500, "compared " + compared);
  }

  @Test
  void threadsGetTheSameAnswers() throws Exception {
    String text = MachineTranslatedEnglishTest.GARBLED + "\n\n" + "It was was fine , mostly.";
    List<Edit> expected = LanguageToolCheck.check(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Edit>>> results = new ArrayList<>();
      for (int k = 0; k < 16; k++) {
        results.add(pool.submit(() -> LanguageToolCheck.check(text)));
      }
      for (Future<List<Edit>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Edit only(List<Edit> edits, String ruleId) {
    List<Edit> found = edits.stream().filter(e -> e.ruleId().equals(ruleId)).toList();
    assertEquals(1, found.size(), ruleId + " in " + edits);
    return found.get(0);
  }

  @Test
  void lineByLineChecksEveryLineOnItsOwn() {
    String text = "Reporter Xinhua\r\nXinhua reports.\rXinhua\nXinhua said it.\n";
    assertTrue(LanguageToolCheck.check(text).stream().anyMatch(e -> e.ruleId().equals("lt.WORD_REPEAT_RULE")));
    assertTrue(LanguageToolCheck.check(text, true).stream().noneMatch(e -> e.ruleId().equals("lt.WORD_REPEAT_RULE")),
        () -> LanguageToolCheck.check(text, true).toString());
  }
}
