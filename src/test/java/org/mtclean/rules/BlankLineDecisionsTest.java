package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.internal.BlankLineRule;
import org.mtclean.internal.BlankLineRule.Action;
import org.mtclean.internal.BlankLineRule.Decision;

/** What {@code space.blank-lines} and {@code space.trailing} decide for the lines between paragraphs. */
class BlankLineDecisionsTest {
  private final BlankLineRule blankLines = new SpacingRules.BlankLines();
  private final BlankLineRule trailing = new SpacingRules.Trailing();

  @Test
  void theFirstBlankLineOfARunStaysAndTheRestGo() {
    assertNull(blankLines.onBlankLine(0, 1, false));
    assertNull(blankLines.onBlankLine(3, 1, true));
    Decision second = blankLines.onBlankLine(0, 2, false);
    assertEquals(Action.REMOVE_LINE, second.action());
    assertTrue(second.allowed());
    assertEquals(Action.REMOVE_LINE, blankLines.onBlankLine(2, 7, true).action());
    assertFalse(blankLines.runsOnParagraphs());
  }

  @Test
  void whitespaceOnABlankLineGoesUnlessTwoLineEndsWouldJoin() {
    assertNull(trailing.onBlankLine(0, 1, false));
    assertNull(trailing.onBlankLine(0, 3, true));
    Decision empty = trailing.onBlankLine(2, 1, false);
    assertEquals(Action.EMPTY_LINE, empty.action());
    assertTrue(empty.allowed());
    Decision kept = trailing.onBlankLine(2, 1, true);
    assertEquals(Action.EMPTY_LINE, kept.action());
    assertFalse(kept.allowed(), "emptied, CR + LF would become one line end");
    assertTrue(kept.message().contains("kept"), kept.message());
    assertTrue(trailing.runsOnParagraphs());
  }

  /** The engine carries the decisions out: a removed line is not also emptied, and line by line keeps every line. */
  @Test
  void theEngineCarriesTheDecisionsOut() throws IOException {
    String input = "a\n\n \t\n\nb\r \nc\n";
    assertEquals("a\n\nb\r \nc\n", clean(Cleaner.defaults(), input, null));
    List<Edit> edits = new ArrayList<>();
    assertEquals("a\n\n\n\nb\r \nc\n", clean(Cleaner.builder().lineByLine(true).build(), input, edits));
    assertEquals(List.of("space.trailing", "space.trailing"), edits.stream().map(Edit::ruleId).toList());
    assertFalse(edits.get(1).applied(), "the whitespace after a CR line is reported, not removed");
  }

  private static String clean(Cleaner cleaner, String input, List<Edit> edits) throws IOException {
    StringWriter out = new StringWriter();
    cleaner.clean(new StringReader(input), out, e -> {
      if (edits != null) {
        edits.add(e);
      }
    });
    return out.toString();
  }
}
