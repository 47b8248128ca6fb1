package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Position;
import org.mtclean.RuleKind;

class EditListTest {
  @Test
  void rowsAndEditsReadBackInOrderAcrossChunks() {
    EditList list = new EditList();
    Edit blank = new Edit("space.blank-lines", RuleKind.SAFE, new Position(0, 0, 1, 1),
        new Position(1, 1, 2, 1), "\n", "", "removed a repeated blank line", true);
    int n = 10_000; // more than two chunks
    for (int k = 0; k < n; k++) {
      if (k % 7 == 0) {
        list.append(blank);
      } else {
        PendingEdit e = new PendingEdit("punct.cjk", RuleKind.SAFE, k, k % 5 == 0 ? k : k + 1,
            "\u3002", ". ", "Chinese full stop to English", true, 5);
        list.append(e, new long[] {k, k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7});
      }
    }
    list.freeze();
    assertEquals(n, list.size());
    for (int k = 0; k < n; k++) {
      Edit e = list.get(k);
      if (k % 7 == 0) {
        assertSame(blank, e);
      } else {
        assertEquals(new Position(k, k + 1, k + 2, k + 3), e.start());
        if (k % 5 == 0) {
          assertSame(e.start(), e.end(), "an insertion has one position for both ends");
        } else {
          assertEquals(new Position(k + 4, k + 5, k + 6, k + 7), e.end());
        }
        assertEquals("punct.cjk", e.ruleId());
        assertEquals(". ", e.replacement());
      }
    }
    assertThrows(UnsupportedOperationException.class, () -> list.append(blank));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(n));
  }

  @Test
  void cleanResultsHoldTheSameEditsAsTheListenerSees() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 3000; k++) {
      b.append("\u3000\u3000Line ").append(k).append("\uFF0Cit said\u3002\uD83D\uDE00 ok  now\n\n\n");
    }
    String text = b.toString();
    java.util.List<Edit> heard = new java.util.ArrayList<>();
    Cleaner.defaults().clean(new java.io.StringReader(text), java.io.Writer.nullWriter(), heard::add);
    assertEquals(heard, Cleaner.defaults().clean(text).edits());
  }

  @Test
  void aCounterHearsTheSameEditsByRule() throws Exception {
    String text = "\u3000\u3000It said\uFF0Cthe the plan  works\u3002\n\n\n\nFour month Twenty-four ok .\n";
    CountsByRule counter = new CountsByRule();
    java.util.Map<String, Integer> counted = counter.counts;
    boolean changed = Cleaner.defaults().clean(new java.io.StringReader(text), java.io.Writer.nullWriter(), counter);
    java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
    for (Edit e : Cleaner.defaults().clean(text).edits()) {
      expected.merge(e.ruleId() + (e.applied() ? "" : "?"), 1, Integer::sum);
    }
    assertEquals(expected, counted);
    assertEquals(true, changed);
    assertEquals(true, expected.containsKey("space.blank-lines"), "engine edits arrive through onEdit");
  }
}
