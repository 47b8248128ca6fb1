package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.EditInvariants;
import org.mtclean.Rule;

/** Faults found by attacking the engine: time, memory, line ends, chains, edit positions. */
class EngineFaultsTest {
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @AfterEach
  void restore() {
    TinyBatches.restore();
  }

  private static ParagraphPipeline pipeline(Cleaner cleaner) {
    List<Rule> rules = cleaner.rules();
    boolean[] applies = new boolean[rules.size()];
    java.util.Arrays.fill(applies, true);
    ParagraphPipeline p = new ParagraphPipeline(new EnginePlan(rules, applies, java.util.Map.of(), false));
    p.startDocument(new DocumentState(), false, false);
    return p;
  }

  /** A rule that replaces each {@code from} with {@code to}. */
  private static Rule replacing(String id, char from, char to) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public org.mtclean.RuleKind kind() {
        return org.mtclean.RuleKind.SAFE;
      }

      @Override
      public String description() {
        return from + " -> " + to;
      }

      @Override
      public void apply(org.mtclean.RuleContext ctx) {
        String t = ctx.text();
        for (int i = t.indexOf(from); i >= 0; i = t.indexOf(from, i + 1)) {
          ctx.replace(i, i + 1, String.valueOf(to), "replaced");
        }
      }
    };
  }

  /**
   * With more rules than one word of the scheduler's bit sets holds, a change still wakes the
   * rules before it in both words: a chain that runs backwards over the rule order settles.
   */
  @Test
  void changesWakeRulesBeyondTheFirst64() {
    Cleaner.Builder b = Cleaner.builder().disableAll().addRule(replacing("x.d-e", 'd', 'e'));
    int n = 1;
    while (n < 70) {
      b.addRule(replacing("x.none" + n, '\u0001', '\u0002'));
      n++;
    }
    b.addRule(replacing("x.c-d", 'c', 'd')).addRule(replacing("x.b-c", 'b', 'c'));
    Cleaner cleaner = b.build();
    assertTrue(cleaner.rules().size() > 64, cleaner.rules().size() + " rules");
    assertEquals("a e e", cleaner.cleanText("a b c"));
    assertEquals("e", cleaner.cleanText("d"));
  }

  /** Questions about protection cost at most a few looks per char, whatever the token. */
  @Test
  void protectionCostsLinearTimeInOneLongToken() {
    for (String unit : new String[] {"a,b,", "x,y", "a;b", "a:b", "a!b", "ab.Cd", "word.Word",
        "[untranslated: ", "`a "}) {
      ParagraphPipeline p = pipeline(Cleaner.defaults());
      String text = unit.repeat((1 << 16) / unit.length());
      p.clean(text.toCharArray(), text.length(), 0);
      long cost = p.protectionCost();
      // the passes each may scan the paragraph once or twice; quadratic would be ~ length^2 / 2
      assertTrue(cost <= 40L * text.length(), unit + ": " + cost + " chars looked at for " + text.length());
    }
  }

  /** A CR line end and the LF of a whitespace-only line after it must not become one CRLF. */
  @Test
  void aBlankLineAfterACrLineIsNotJoinedToIt() throws IOException {
    for (Cleaner cleaner : new Cleaner[] {Cleaner.defaults(), Cleaner.builder().lineByLine(true).build()}) {
      for (String input : new String[] {"a\r \nb\n", "a\r\t\nb\n", "a\r \n \nb\n", "a\r\r \nb",
          "a\r\n\r \n\r\nb\r", " \r \n", "a\r\u200B\nb"}) {
        CleanResult once = cleaner.clean(input);
        assertEquals(once.text(), cleaner.clean(once.text()).text(), "idempotence of " + escape(input));
        assertEquals(lines(input, cleaner.lineByLine()), lines(once.text(), cleaner.lineByLine()),
            "lines of " + escape(input) + " -> " + escape(once.text()));
        EditInvariants.check(input, once.edits(), escape(input));
        TinyBatches.set(1);
        assertEquals(once.text(), stream(cleaner, input, 2), "2 threads: " + escape(input));
        TinyBatches.restore();
      }
    }
  }

  /** Line count; with paragraphs, runs of blank lines count as one (the engine collapses them). */
  private static int lines(String text, boolean lineByLine) {
    String[] parts = text.split("\r\n|\r|\n", -1);
    int n = 0;
    boolean lastBlank = false;
    for (String part : parts) {
      boolean blank = part.isBlank() || part.chars().allMatch(c -> c == 0x200B);
      if (lineByLine || !blank || !lastBlank) {
        n++;
      }
      lastBlank = blank;
    }
    return n;
  }

  /** A batch is cut at blank lines too, so that a run of millions of them is not one batch. */
  @Test
  void batchesAreCutInARunOfBlankLines() throws IOException {
    String input = "x\n" + "\n".repeat(20_000) + "y \n" + " \n".repeat(5_000) + "a\r \r\n".repeat(3_000);
    TinyBatches.set(256);
    for (boolean lineByLine : new boolean[] {false, true}) {
      Cleaner cleaner = Cleaner.builder().lineByLine(lineByLine).build();
      List<Rule> rules = cleaner.rules();
      boolean[] applies = new boolean[rules.size()];
      for (int r = 0; r < applies.length; r++) {
        applies[r] = cleaner.profile() == org.mtclean.Profile.SAFE
            && rules.get(r).kind() == org.mtclean.RuleKind.SAFE;
      }
      EnginePlan plan = new EnginePlan(rules, applies, java.util.Map.of(), lineByLine);
      AtomicInteger batches = new AtomicInteger();
      BatchedRun.Engines engines = new BatchedRun.Engines() {
        @Override
        public DocumentEngine take() {
          batches.incrementAndGet();
          return new DocumentEngine(plan);
        }

        @Override
        public void give(DocumentEngine engine) {}
      };
      StringWriter out = new StringWriter();
      List<Edit> edits = new ArrayList<>();
      BatchedRun.run(new StringReader(input), out, edits::add, engines, pool, 2, plan);
      assertTrue(batches.get() > 100, "batches: " + batches.get());
      StringWriter one = new StringWriter();
      List<Edit> oneEdits = new ArrayList<>();
      new DocumentEngine(plan).run(new StringReader(input), one, oneEdits::add, 1 << 16);
      assertEquals(one.toString(), out.toString());
      assertEquals(oneEdits, edits);
      assertEquals(cleaner.clean(input).text(), out.toString());
    }
  }

  /** A chain of any length is converted in one run: 17 links passed the old 16-pass cap. */
  @Test
  void longChainsConvergeInOneRun() {
    Cleaner cleaner = Cleaner.defaults();
    StringBuilder dates = new StringBuilder("Held on ");
    for (int d = 1; d <= 31; d++) {
      dates.append("1\u6708").append(d).append("\u65E5 ");
    }
    for (String input : new String[] {"In " + "2022\u5E74 ".repeat(17), dates.toString(),
        "x " + "5\u4E07 1\u67081\u65E5 ".repeat(40), "x " + "5\u4E07 2022\u5E74 ".repeat(40)}) {
      String once = cleaner.clean(input).text();
      assertEquals(once, cleaner.clean(once).text(), "idempotence of " + input);
      assertFalse(once.contains("\u5E74") || once.contains("\u6708") || once.contains("\u4E07"),
          "left half done: " + once);
    }
    // untranslated Chinese before the chain keeps the whole chain as it is
    String chinese = "\u5728" + "2022\u5E74 ".repeat(20);
    assertEquals(chinese.strip(), cleaner.clean(chinese).text().strip());
    String spaced = "\u5173\u5C9B 2022\u5E741\u670817\u65E5\uFF0C\u516C\u5E03";
    assertEquals(spaced, cleaner.clean(spaced).text(), "a date in Chinese, after a space");
  }

  /**
   * Past the pass cap, passes go on while each lowers the number of CJK chars: a rule that
   * converts one link per pass finishes a chain of any length, and one that only flips letters
   * back and forth still stops.
   */
  @Test
  void passesPastTheCapEndAndFinishChainsThatConvertChinese() {
    Cleaner oneLinkPerPass = Cleaner.builder().disableAll().addRule(
        new org.mtclean.rules.AbstractRule("test.one-link", org.mtclean.RuleKind.SAFE, "one link a pass") {
          @Override
          public void apply(org.mtclean.RuleContext ctx) {
            int i = ctx.text().indexOf('\u4E2D');
            if (i >= 0) {
              ctx.replace(i, i + 1, "z", "one link");
            }
          }
        }).build();
    String chain = "\u4E2D".repeat(3 * PassScheduler.MAX_PASSES);
    assertEquals("z".repeat(chain.length()), oneLinkPerPass.clean(chain).text());
    Cleaner flipping = Cleaner.builder().disableAll().addRule(
        new org.mtclean.rules.AbstractRule("test.flip", org.mtclean.RuleKind.SAFE, "flips a and b") {
          @Override
          public void apply(org.mtclean.RuleContext ctx) {
            ctx.replace(0, 1, ctx.text().startsWith("a") ? "b" : "a", "flip");
          }
        }).build();
    assertEquals(1, flipping.clean("a").text().length()); // ends, though not at a fixed point
  }

  /** An edit's end does not reach over the text another edit deleted after it. */
  @Test
  void anEditEndsWhereItsCharsEnd() {
    CleanResult r = Cleaner.defaults().clean("Hello world\uFF1F ");
    EditInvariants.check("Hello world\uFF1F ", r.edits(), "question mark");
    Edit mark = r.edits().stream().filter(e -> e.original().equals("\uFF1F")).findFirst().orElseThrow();
    assertEquals(11, mark.start().charOffset());
    assertEquals(12, mark.end().charOffset());
  }

  private static String stream(Cleaner cleaner, String input, int threads) throws IOException {
    StringWriter out = new StringWriter();
    cleaner.clean(new StringReader(input), out, e -> {}, pool, threads);
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u200B", "\\u200B");
  }

  @Test
  void aRuleThatDeclaresNoMemoryMayNotKeepState() {
    org.mtclean.Rule liar = new org.mtclean.rules.AbstractRule("test.liar", org.mtclean.RuleKind.SAFE, "keeps state") {
      @Override
      public org.mtclean.DocumentMemory memory() {
        return org.mtclean.DocumentMemory.NONE;
      }

      @Override
      public void apply(org.mtclean.RuleContext ctx) {
        ctx.state("key", Object::new);
      }
    };
    org.mtclean.Cleaner cleaner = org.mtclean.Cleaner.builder().disableAll().addRule(liar).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> cleaner.clean("text"));
    assertTrue(e.getMessage().contains("test.liar"), e.getMessage());
  }
}
