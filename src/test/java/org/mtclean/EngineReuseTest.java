package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mtclean.rules.AbstractRule;

/**
 * A cleaner keeps its engine for the next run on the same thread. Whatever came before (other
 * documents, a huge paragraph, a failed run, streaming), a run must give what a fresh cleaner
 * gives: the same text and the same edits, positions included.
 */
class EngineReuseTest {
  private static final String[] DOCS = {
    "  Title。\n\n\n\nThe  plan，agreed .\r\nNext line\n",
    "\uFEFF\u3000\u3000The board , in principle , agreed 。\n\nFour month Twenty-four the the meeting.",
    "Line one\rLine two，with\tTabs  \r\r\r“ Quoted ” text。",
    "",
    "\n\n\n",
    "Two thousand and twenty In the plan \uD842\uDFB7, Reform must go on, Reform moved.",
  };

  private static String describe(CleanResult r) {
    return r.text() + "\n" + r.edits();
  }

  private static String fresh(String doc) {
    return describe(Cleaner.builder().build().clean(doc));
  }

  @Test
  void aReusedEngineCleansLikeAFreshOne() throws Exception {
    Cleaner reused = Cleaner.defaults();
    StringBuilder huge = new StringBuilder();
    while (huge.length() < 3_000_000) {
      huge.append("The plan，agreed . Four month Twenty-four ");
    }
    List<String> order = new ArrayList<>(List.of(DOCS));
    order.add(2, huge.toString()); // a large engine, kept through a soft reference
    order.add(3, huge.substring(7, 2_000_000)); // reuses it, if the collector left it
    order.addAll(List.of(DOCS));
    for (String doc : order) {
      assertEquals(fresh(doc), describe(reused.clean(doc)), doc.length() > 200 ? "huge" : doc);
      StringWriter out = new StringWriter();
      List<Edit> edits = new ArrayList<>();
      reused.clean(new StringReader(doc), out, edits::add);
      CleanResult expected = Cleaner.defaults().clean(doc);
      assertEquals(expected.text(), out.toString());
      assertEquals(expected.edits(), edits);
    }
  }

  @Test
  void aFailedRunLeavesNothingBehind() {
    Rule failing = new AbstractRule("custom.fail", RuleKind.SAFE, "fails on a word") {
      @Override
      public void apply(RuleContext ctx) {
        if (ctx.text().contains("boom")) {
          throw new IllegalStateException("boom");
        }
      }
    };
    Cleaner c = Cleaner.builder().addRule(failing).build();
    assertThrows(IllegalStateException.class, () -> c.clean("First paragraph。\n\nboom here"));
    String doc = DOCS[1];
    assertEquals(describe(Cleaner.builder().addRule(failing).build().clean(doc)), describe(c.clean(doc)));
  }

  @Test
  void aRuleMayCallItsOwnCleaner() {
    AtomicReference<Cleaner> self = new AtomicReference<>();
    AtomicReference<String> inner = new AtomicReference<>();
    Rule nested = new AbstractRule("custom.nested", RuleKind.SAFE, "cleans a copy of the paragraph") {
      @Override
      public void apply(RuleContext ctx) {
        if (inner.get() == null) {
          inner.set("");
          inner.set(self.get().clean("inner ， text 。").text());
        }
      }
    };
    Cleaner c = Cleaner.builder().addRule(nested).build();
    self.set(c);
    String doc = "Outer，text 。\n\nSecond  paragraph .";
    String outer = describe(c.clean(doc));
    assertEquals("inner, text.", inner.get());
    inner.set(null);
    assertEquals(outer, describe(c.clean(doc)));
    assertEquals(describe(Cleaner.defaults().clean(doc)), outer); // the nested rule edits nothing
  }
}
