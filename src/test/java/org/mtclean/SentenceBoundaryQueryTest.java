package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtclean.rules.AbstractRule;

/** {@link RuleContext#isSentenceStart} and {@link RuleContext#sentenceStartAfter}, seen by a rule of one's own. */
class SentenceBoundaryQueryTest {
  /** Reports every sentence start it is told of, after a mark and at any index. */
  private static final class StartsReporter extends AbstractRule {
    StartsReporter() {
      super("test.starts", RuleKind.REPORT, "reports sentence starts");
    }

    @Override
    public void apply(RuleContext ctx) {
      List<String> found = new ArrayList<>();
      for (int i = 0; i < ctx.length(); i++) {
        int k = ctx.sentenceStartAfter(i);
        if (k >= 0) {
          found.add("after " + i + "@" + k);
        }
        if (ctx.isSentenceStart(i)) {
          found.add("start@" + i);
        }
      }
      ctx.report(0, 0, null, String.join(", ", found));
    }
  }

  private static List<String> found(String text) {
    Cleaner c = Cleaner.builder().disableAll().addRule(new StartsReporter()).build();
    List<Edit> edits = c.clean(text).edits();
    assertEquals(1, edits.size(), edits.toString());
    return List.of(edits.get(0).message().split(", "));
  }

  @Test
  void startsAfterMarksClosersSpacesAndOpeners() {
    // 0         1
    // 0123456789012345
    // done." (next? ok
    assertEquals(List.of("start@0", "after 4@8", "start@7", "start@8", "after 12@14", "start@14"),
        found("done.\" (next? ok"));
  }

  @Test
  void noStartWithoutASpaceOrAfterOtherMarks() {
    assertEquals(List.of("start@0"), found("done.Next, then; more"));
    assertEquals(List.of("start@0"), found("the end."), "nothing after the mark");
    assertEquals(List.of("start@0", "after 5@9", "start@7", "start@8", "start@9"), found("it is!\n  so"),
        "a letter after the first space or line break would start one");
  }

  @Test
  void sentenceCaseStillCapitalizesThere() {
    assertEquals("Done.\" (next? Ok", MtClean.clean("Done.\" (next? ok"), "only reported after a quote");
  }
}
