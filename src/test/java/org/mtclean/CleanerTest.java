package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CleanerTest {
  /**
   * cleanText skips the rules that cannot change text under the settings (report-only ones,
   * untranslated under keep): its text must be clean's, under every profile and policy.
   */
  @Test
  void aChainOfChangesThatEachLetTheNextGoSettlesInOneClean() {
    // the myriad makes the first date English context, that date the second, the second the
    // bracket: a run of passes, one per link (found by the stress fuzz)
    String chain = "5\u4E07 11\u67089\u65E5 11\u67089\u65E5 \uFF09";
    assertEquals("50,000 November 9 November 9)", MtClean.clean(chain));
    String longer = "5\u4E07" + " 11\u67089\u65E5".repeat(10) + " \uFF09";
    String once = MtClean.clean(longer);
    assertEquals("50,000" + " November 9".repeat(10) + ")", once);
    assertEquals(once, MtClean.clean(once));
  }

  @Test
  void cleanTextIsTheTextOfClean() {
    long seed = org.mtclean.TestSeeds.seed("CleanerTest");
    java.util.Random random = new java.util.Random(seed);
    List<Cleaner> cleaners = new ArrayList<>();
    for (Profile profile : Profile.values()) {
      for (String policy : new String[] {"keep", "mark", "romanize", "drop"}) {
        cleaners.add(Cleaner.builder().profile(profile).option("untranslated", policy).build());
      }
    }
    cleaners.add(Cleaner.builder().disable("untranslated").build());
    for (int doc = 0; doc < 150; doc++) {
      String input = RandomizedIdempotenceTest.garble(random, 1 + random.nextInt(60))
          + " \u5F20\u4F1F said \u4E0D\u5FD8\u521D\u5FC3\u3002 Title\n\nTitle\n";
      for (Cleaner c : cleaners) {
        assertEquals(c.clean(input).text(), c.cleanText(input),
            "seed " + seed + ", document " + doc + ", " + c.profile() + ": " + input);
      }
    }
  }

  @Test
  void facadeCleansTheCommonCase() {
    assertEquals("The survey started. Results follow: two regions, three cities.",
        MtClean.clean("The survey started。Results follow：two regions，three cities。"));
  }

  @Test
  void editsCarryRuleIdPositionsAndOriginals() {
    CleanResult r = MtClean.cleanWithEdits("First line.\nThe plan。Next");
    Edit e = r.edits().stream().filter(x -> x.ruleId().equals("punct.cjk")).findFirst().orElseThrow();
    assertEquals(RuleKind.SAFE, e.kind());
    assertTrue(e.applied());
    assertEquals("。", e.original());
    assertEquals(". ", e.replacement());
    assertEquals(2, e.start().line());
    assertEquals(9, e.start().column());
    assertEquals(20, e.start().offset());
    assertEquals(20, e.start().charOffset());
    assertEquals(21, e.end().offset());
  }

  @Test
  void positionsCountCodePointsAndSkipTheBom() {
    String surrogate = "\uD842\uDFB7"; // CJK Extension B, two chars, one code point
    CleanResult r = MtClean.cleanWithEdits("\uFEFFA " + surrogate + " b\r\nSecond  line");
    Edit e = r.edits().stream().filter(x -> x.ruleId().equals("space.runs")).findFirst().orElseThrow();
    assertEquals(2, e.start().line());
    assertEquals(7, e.start().column());
    // BOM (1) + "A " (2) + surrogate (1 code point, 2 chars) + " b" (2) + CRLF (2) + "Second" (6)
    assertEquals(1 + 2 + 1 + 2 + 2 + 6, e.start().offset());
    assertEquals(1 + 2 + 2 + 2 + 2 + 6, e.start().charOffset());
    assertTrue(r.text().startsWith("\uFEFF"));
    assertTrue(r.text().contains("\r\n"));
  }

  @Test
  void editsAreInInputOrder() {
    CleanResult r = MtClean.cleanWithEdits("a  b。c，d\n\n\n\ne ,f");
    long last = -1;
    for (Edit e : r.edits()) {
      assertTrue(e.start().offset() >= last, () -> "out of order: " + r.edits());
      last = e.start().offset();
    }
  }

  @Test
  void rulesCanBeDisabledByIdOrFamily() {
    Cleaner noCjk = Cleaner.builder().disable("punct.cjk").build();
    assertEquals("a。b", noCjk.clean("a。b").text());
    Cleaner noSpace = Cleaner.builder().disable("space").build();
    assertEquals("a  b", noSpace.clean("a  b").text());
    assertFalse(noSpace.rules().stream().anyMatch(r -> r.id().startsWith("space.")));
    Cleaner onlyCjk = Cleaner.builder().disableAll().enable("punct.cjk").build();
    assertEquals(1, onlyCjk.rules().size());
  }

  @Test
  void unknownRulesAndOptionsAreRejectedWithTheKnownNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cleaner.builder().disable("no.such"));
    assertTrue(e.getMessage().contains("punct.cjk"), e.getMessage());
    IllegalArgumentException o =
        assertThrows(IllegalArgumentException.class, () -> Cleaner.builder().option("nope", "1"));
    assertTrue(o.getMessage().contains("keep-nbsp"), o.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Cleaner.builder().option("keep-nbsp", "maybe"));
  }

  @Test
  void optionsBySetByNameOrKey() {
    Cleaner byName = Cleaner.builder().option("keep-nbsp", "true").build();
    assertEquals("a\u00A0b", byName.clean("a\u00A0b").text());
    assertEquals("a b", Cleaner.defaults().clean("a\u00A0b").text());
  }

  @Test
  void reportOnlyProfileChangesNothingButReportsEverything() {
    Cleaner lint = Cleaner.builder().profile(Profile.REPORT_ONLY).build();
    CleanResult r = lint.clean("The plan。Next ， item");
    assertEquals("The plan。Next ， item", r.text());
    assertFalse(r.changed());
    assertFalse(r.edits().isEmpty());
  }

  @Test
  void customRulesRunAfterTheBuiltInOnes() {
    Rule shout = new org.mtclean.rules.AbstractRule("custom.brand", RuleKind.SAFE, "brand name") {
      @Override
      public void apply(RuleContext ctx) {
        int i = ctx.text().indexOf("acme");
        if (i >= 0) {
          ctx.replace(i, i + 4, "ACME", "brand name in capitals");
        }
      }
    };
    Cleaner c = Cleaner.builder().addRule(shout).build();
    assertEquals("Ask ACME, now.", c.clean("Ask acme，now。").text());
    assertThrows(IllegalArgumentException.class, () -> Cleaner.builder().addRule(shout).addRule(shout));
  }

  @Test
  void streamingGivesTheSameTextAndEditsAsStrings() throws Exception {
    String input = "  Title。\n\n\n\nThe  plan，agreed .\r\nNext line\n";
    CleanResult whole = Cleaner.defaults().clean(input);
    StringWriter out = new StringWriter();
    List<Edit> edits = new ArrayList<>();
    boolean changed = Cleaner.defaults().clean(new StringReader(input), out, edits::add);
    assertTrue(changed);
    assertEquals(whole.text(), out.toString());
    assertEquals(whole.edits(), edits);
  }

  @Test
  void aCleanerIsSafeToShareAcrossThreads() throws Exception {
    String input = "The survey started。Results follow：two regions，three cities。 \" Padded \" end";
    String expected = Cleaner.defaults().clean(input).text();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> Cleaner.defaults().clean(input).text()));
      }
      for (Future<String> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyAndBlankInputs() {
    assertEquals("", MtClean.clean(""));
    assertEquals("\n", MtClean.clean("\n"));
    assertEquals("\n", MtClean.clean("\n\n\n\n"));
    assertEquals("a\n\nb", MtClean.clean("a\n\n\n\nb"));
    assertEquals("\uFEFF", MtClean.clean("\uFEFF"));
    assertEquals("a\n", MtClean.clean("a  \n"));
    assertEquals("a\r", MtClean.clean("a\r"));
  }

  /**
   * A rule that declares the chars it looks for ({@link Wakes#onlyWith}) is not run on a paragraph
   * without them, and is run again once a later rule puts one in; digits count as one char.
   */
  @Test
  void aRuleIsRunOnlyWhereTheCharsItLooksForMayBe() {
    List<String> seen = new ArrayList<>();
    Rule hashes = new org.mtclean.rules.AbstractRule("custom.hash", RuleKind.SAFE, "sees #") {
      @Override
      public Wakes wakes() {
        return Wakes.ANY_CHANGE.onlyWith("#7");
      }

      @Override
      public DocumentMemory memory() {
        return DocumentMemory.NONE;
      }

      @Override
      public void apply(RuleContext ctx) {
        seen.add(ctx.text());
      }
    };
    Rule adds = new org.mtclean.rules.AbstractRule("custom.adds", RuleKind.SAFE, "adds #") {
      @Override
      public DocumentMemory memory() {
        return DocumentMemory.NONE;
      }

      @Override
      public void apply(RuleContext ctx) {
        int i = ctx.text().indexOf("tag:");
        if (i >= 0) {
          ctx.replace(i, i + 4, "#", "tag");
        }
      }
    };
    Cleaner c = Cleaner.builder().disableAll().addRule(hashes).addRule(adds).build();
    c.clean("plain words\n\nsee #3\n\nroom 12\n\na tag:x");
    assertEquals(List.of("see #3", "room 12", "a #x"), seen);
  }

  /** With more rules than one word of the pass scheduler's bit sets, a late change still wakes the first rules. */
  @Test
  void aChangeByTheSeventiethRuleWakesTheFirst() {
    Cleaner.Builder b = Cleaner.builder().disableAll();
    for (int k = 0; k < 70; k++) {
      String from = k == 0 ? "b" : k == 65 ? "c" : k == 69 ? "a" : null;
      String to = k == 0 ? "c" : k == 65 ? "d" : k == 69 ? "b" : null;
      b.addRule(new org.mtclean.rules.AbstractRule("custom.r" + k, RuleKind.SAFE, "rule " + k) {
        @Override
        public DocumentMemory memory() {
          return DocumentMemory.NONE;
        }

        @Override
        public void apply(RuleContext ctx) {
          int i = from == null ? -1 : ctx.text().indexOf(from);
          if (i >= 0) {
            ctx.replace(i, i + 1, to, from + " to " + to);
          }
        }
      });
    }
    assertEquals("d", b.build().clean("a").text());
  }
}
