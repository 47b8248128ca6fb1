package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mtclean.rules.RuleEditTesting.editsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Profile;
import org.mtclean.RuleKind;

class RunOnSentenceRuleTest {
  private static List<Edit> runOns(String text) {
    CleanResult r = Cleaner.builder().profile(Profile.APPLY_SUGGESTIONS).build().clean(text);
    assertEquals(text, r.text(), "report-only even when suggestions are applied");
    return editsOf(r, "punct.run-on");
  }

  @Test
  void aCapitalizedSubjectWithItsVerbStartsASentence() {
    assertEquals(1, runOns("The plan was approved, Reform must go on.").size());
    assertEquals(1, runOns("The plan, Development is the key task.").size());
    assertEquals(0, runOns("The board met Li Wei, Zhang must attend.").size()); // a surname
    assertEquals(0, runOns("Sales rose in Shanghai, Beijing will follow.").size()); // after a name
  }

  @Test
  void reportsACommaSpliceWithAProposal() {
    List<Edit> edits = runOns("The plan covers three regions, The first starts in May.");
    assertEquals(1, edits.size());
    Edit e = edits.get(0);
    assertEquals(RuleKind.REPORT, e.kind());
    assertFalse(e.applied());
    assertEquals(", The", e.original());
    assertEquals(". The", e.replacement());
    assertEquals(30, e.start().column());
    assertEquals(35, e.end().column());
    assertEquals("comma before the capitalized word 'The': likely a run-on sentence; end the sentence here?",
        e.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Costs fell in every plant, Gradually the group grew.",
    "The reform went on, Reform must reach every office.",
    "The unit grew, Meanwhile the rest shrank.",
    "\uD842\uDFB7 the unit grew, We expect more.",
    "The plan failed, R\u00E9gime change followed, and the r\u00E9gime fell.",
    "The 2nd plant was built, Plant staff and the plant-2 team moved in, and the plant grew."
  })
  void reports(String text) {
    assertEquals(1, runOns(text).size(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Reports came from Beijing, Shanghai and Wuhan.",
    "I think, I said, and I agree.",
    "Zhao Min, Director of the plant, spoke to the director.",
    "Harbor Co., Ltd. signed on Tuesday, May 9, and we may go.",
    "The annual Party meeting was held, Party members attended.",
    "The annual Party meeting was held, Party members and the party leaders attended.",
    "The party-building work went on, Party members came.",
    "The unit grew, Party Committee members said so, and the party went on.",
    "The total was 12, 500 people.",
    "The units, GDP and trade, grew."
  })
  void keeps(String text) {
    assertEquals(List.of(), runOns(text), text);
  }
}
