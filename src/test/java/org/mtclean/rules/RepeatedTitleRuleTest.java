package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mtclean.rules.RuleEditTesting.editsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.RuleKind;

class RepeatedTitleRuleTest {
  private static final String TITLE = "Harbor Group Opens a Logistics Center";

  private static List<Edit> titleEdits(String text) {
    CleanResult r = Cleaner.defaults().clean(text);
    assertEquals(text, r.text(), "the rule must not change the text");
    return editsOf(r, "repeat.title");
  }

  @Test
  void reportsACopyOfTheTitleNearTheTop() {
    String text = TITLE + "\n\nRelease time: 2023-06-01\n\n" + "HARBOR GROUP opens a logistics center.\n\nBody text.\n";
    List<Edit> edits = titleEdits(text);
    assertEquals(1, edits.size());
    Edit e = edits.get(0);
    assertEquals(RuleKind.REPORT, e.kind());
    assertFalse(e.applied());
    assertNull(e.replacement());
    assertEquals(5, e.start().line());
    assertEquals(1, e.start().column());
    assertEquals("HARBOR GROUP opens a logistics center.", e.original());
    assertEquals(text.indexOf("HARBOR"), e.start().charOffset());
  }

  @Test
  void aCopyInsideTheTitleParagraphIsReportedToo() {
    List<Edit> edits = titleEdits(TITLE + "\n" + TITLE + "\n");
    assertEquals(1, edits.size());
    assertEquals(2, edits.get(0).start().line());
  }

  @Test
  void onlyTheFirstLinesAfterTheTitleAreCompared() {
    StringBuilder b = new StringBuilder(TITLE).append("\n\n");
    for (int k = 1; k <= RepeatedTitleRule.WINDOW; k++) {
      b.append("Line ").append(k).append(".\n\n");
    }
    b.append(TITLE).append("\n");
    assertEquals(List.of(), titleEdits(b.toString()));
  }

  @Test
  void aVeryLongFirstLineIsNotATitle() {
    StringBuilder b = new StringBuilder("The plan");
    for (int k = 0; b.length() <= RepeatedTitleRule.MAX_TITLE; k++) {
      b.append(" step ").append(k);
    }
    String line = b.append('.').toString();
    assertEquals(List.of(), titleEdits(line + "\n\n" + line + "\n"));
  }

  @Test
  void eachDocumentHasItsOwnTitle() {
    Cleaner c = Cleaner.defaults();
    assertEquals(1, editsOf(c.clean("A title\nA title\n"), "repeat.title").size());
    assertEquals(0, editsOf(c.clean("Another title\nA title\n"), "repeat.title").size());
  }

  @Test
  void normalizeIgnoresCaseSpacesAndEndPunctuation() {
    String s = "  \"Harbor   Group\tOpens.\" ";
    assertEquals("harbor group opens", RepeatedTitleRule.normalize(s, 0, s.length()));
  }
}
