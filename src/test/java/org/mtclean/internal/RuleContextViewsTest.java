package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.DocumentMemory;
import org.mtclean.Indices;
import org.mtclean.Option;
import org.mtclean.OptionValues;
import org.mtclean.Rule;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.rules.BuiltinRules;

/**
 * The read-only views of {@link RuleContext} and the built-in rules' arrays ({@link Raw}) tell the
 * same marks and word breaks, also after edits; and a built-in rule gives the same result through
 * a context that lends no arrays.
 */
class RuleContextViewsTest {
  private static final List<String> PARAGRAPHS = List.of(
      "", "a", " ", "plain words only", "The  price: 5 , 000 yuan ( about $ 700 ).",
      "first line\nsecond line ,with a comma", "\u4ECA\u5929\u3002 Today , ok\u2026 \"quoted\" x",
      "see http://example.com/a?b=1 ; at 10 : 30", "caf\u00E9 na\u00EFve 1st 2nd 3rd");

  /** Adds a char after every {@code x}, so that the lists are merged after each commit. */
  private static final class Widen extends TestRule {
    Widen() {
      super("test.widen");
    }

    @Override
    public void apply(RuleContext ctx) {
      String s = ctx.text();
      for (int i = s.indexOf('x'); i >= 0; i = s.indexOf('x', i + 1)) {
        if (i + 1 == s.length() || s.charAt(i + 1) != ',') {
          ctx.replace(i + 1, i + 1, ",", "widened");
        }
      }
    }
  }

  /** Compares the views with the arrays and with lists made afresh from the text. */
  private static final class Compare extends TestRule {
    final List<String> problems = new ArrayList<>();
    int paragraphs;

    Compare() {
      super("test.compare");
    }

    @Override
    public void apply(RuleContext ctx) {
      paragraphs++;
      String t = ctx.text();
      char[] s = t.toCharArray();
      check(ctx instanceof RawParagraph && Raw.isEngineContext(ctx),
          "the engine's context lends its arrays, found by its class", t);
      check(new String(Raw.chars(ctx), 0, ctx.length()).equals(t), "chars", t);
      Indices marks = ctx.marks();
      Indices breaks = ctx.wordBreaks();
      check(sameAs(marks, Raw.marks(ctx), t.length()), "marks vs the array " + marks, t);
      check(sameAs(breaks, Raw.wordBreaks(ctx), t.length()), "breaks vs the array " + breaks, t);
      check(sameAs(marks, Marks.of(s, s.length), t.length()), "marks vs a fresh scan", t);
      check(sameAs(breaks, Marks.breaksOf(s, s.length), t.length()), "breaks vs a fresh scan", t);
      check(marks == ctx.marks() && breaks == ctx.wordBreaks(), "made once per text", t);
    }

    private void check(boolean ok, String what, String text) {
      if (!ok) {
        problems.add(what + " in \"" + text + "\"");
      }
    }

    private static boolean sameAs(Indices view, int[] list, int n) {
      int k = 0;
      while (list[k] < n) {
        if (k >= view.size() || view.get(k) != list[k]) {
          return false;
        }
        k++;
      }
      return k == view.size();
    }
  }

  @Test
  void viewsMatchTheArraysBeforeAndAfterEdits() throws IOException {
    List<String> texts = new ArrayList<>(PARAGRAPHS);
    texts.add("x x, tax xylophone\nbox");
    texts.addAll(goldenInputs());
    for (boolean builtins : new boolean[] {false, true}) {
      Compare compare = new Compare();
      Cleaner.Builder b = builtins ? Cleaner.builder() : Cleaner.builder().disableAll();
      Cleaner cleaner = b.addRule(new Widen()).addRule(compare).build();
      for (String text : texts) {
        cleaner.clean(text);
      }
      assertEquals(List.of(), compare.problems);
      assertTrue(compare.paragraphs > texts.size(), "paragraphs seen: " + compare.paragraphs);
    }
  }

  @Test
  void builtInRulesGiveTheSameThroughAContextWithoutArrays() throws IOException {
    Cleaner.Builder direct = Cleaner.builder().disableAll();
    Cleaner.Builder foreign = Cleaner.builder().disableAll();
    for (Rule rule : BuiltinRules.all()) {
      direct.addRule(new Wrapped(rule, false));
      foreign.addRule(new Wrapped(rule, true));
    }
    Cleaner a = direct.build();
    Cleaner b = foreign.build();
    List<String> texts = new ArrayList<>(PARAGRAPHS);
    texts.addAll(goldenInputs());
    int edits = 0;
    for (String text : texts) {
      CleanResult x = a.clean(text);
      CleanResult y = b.clean(text);
      assertEquals(x.text(), y.text(), text);
      assertEquals(x.edits(), y.edits(), text);
      edits += x.edits().size();
    }
    assertTrue(edits > 200, "edits: " + edits);
  }

  private static List<String> goldenInputs() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("test-data"))) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".input.txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      assertTrue(texts.size() > 20, "golden inputs found: " + texts.size());
      return texts;
    }
  }

  /** A built-in rule under an id of its own, seeing the engine's context or a plain proxy of it. */
  private static final class Wrapped implements Rule {
    private final Rule rule;
    private final boolean foreign;

    Wrapped(Rule rule, boolean foreign) {
      this.rule = rule;
      this.foreign = foreign;
    }

    @Override
    public String id() {
      return "wrapped." + rule.id();
    }

    @Override
    public RuleKind kind() {
      return rule.kind();
    }

    @Override
    public String description() {
      return rule.description();
    }

    @Override
    public List<Option<?>> options() {
      return rule.options();
    }

    @Override
    public Wakes wakes() {
      return rule.wakes();
    }

    @Override
    public DocumentMemory memory() {
      return rule.memory();
    }

    @Override
    public boolean onlyReports(OptionValues options) {
      return rule.onlyReports(options);
    }

    @Override
    public void apply(RuleContext ctx) {
      rule.apply(foreign ? plain(ctx) : ctx);
    }

    private static RuleContext plain(RuleContext ctx) {
      return (RuleContext) Proxy.newProxyInstance(RuleContext.class.getClassLoader(),
          new Class<?>[] {RuleContext.class}, (proxy, method, args) -> {
            try {
              return method.invoke(ctx, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }

  private abstract static class TestRule implements Rule {
    private final String id;

    TestRule(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public RuleKind kind() {
      return RuleKind.SAFE;
    }

    @Override
    public String description() {
      return id;
    }
  }
}
