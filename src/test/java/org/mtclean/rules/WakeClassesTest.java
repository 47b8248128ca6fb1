package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.RandomizedIdempotenceTest;
import org.mtclean.Rule;
import org.mtclean.internal.SentenceStarts;

/**
 * The engine does not run a rule again after a change that the rule's {@link Rule#wakes()} says
 * cannot give it work. These tests check those claims rule by rule on random text: take a rule alone to its
 * fixed point, make such a change, and the rule must find nothing more to apply.
 */
class WakeClassesTest {
  private static final int DOCS = Integer.getInteger("mtclean.wake.docs", 400);
  private static final String[] NUMBERISH = {
    "twenty", "Twenty", "four", "month", "year", "2019", "and", "thousand", "hundred", "million",
    "3.6", "people", "rmb", "the", "li", "Li", "unification", "and unification", "Two", "Excellences",
    "One", "Advance", "said.", "one.", "per", "cent", "percent", "square", "metres", "a", "second",
    "may", "Four month Twenty-four", "Two thousand and twenty", "in 2019 year,", "\u201C", "\u201D",
    "\"", ".", ",", "\u4E07", "\u5E74", "\u6708", "\u4E2D", "www.example.com", "No.", "etc.", "will",
    "Xinhua", "twenty-four", "Five-Year", "ninety", "nine", "first", "fifth", "day", "one:3", "ten",
    "5%of", "ten thousand", ":", "%", "20: 00", "July 26th", "50763", "cases", "RMB", "150ml",
    "1000Mbps", "the 26th", "1980 s", "&quot;", "at 20:  00", "Co. ,Ltd", "end.150ml", "&  quot;",
    "30  \u2103", "5150  yuan"
  };

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      b.append(random.nextBoolean()
          ? NUMBERISH[random.nextInt(NUMBERISH.length)]
          : RandomizedIdempotenceTest.garble(random, 1));
      if (random.nextInt(4) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static long applied(CleanResult r) {
    return r.edits().stream().filter(Edit::applied).count();
  }

  /** The rule alone, run until it changes nothing (at most 4 runs), or null if it does not settle. */
  private static String fixedPoint(Cleaner alone, String input) {
    String t = input;
    for (int i = 0; i < 4; i++) {
      CleanResult r = alone.clean(t);
      if (applied(r) == 0) {
        return t;
      }
      t = r.text();
    }
    return null;
  }

  @Test
  void capitalizingSentenceStartsGivesTheBlindRulesNothingToDo() {
    long seed = org.mtclean.TestSeeds.seed("WakeClassesTest");
    Random random = new Random(seed);
    List<Rule> blind = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      if (!rule.wakes().byCapitalizing() && rule.wakes().byCaseChanges()) {
        blind.add(rule);
      }
    }
    assertTrue(blind.size() >= 6, blind.toString());
    for (Rule rule : blind) {
      assertNothingMore(rule, seed, random, UnaryOperator.identity(), s -> capitalizeSomeSentenceStarts(random, s));
    }
  }

  /**
   * On random texts ({@code prepare}d), takes {@code rule} alone to its fixed point, makes a
   * {@code change}, and asserts that the rule applies nothing more.
   */
  private static void assertNothingMore(Rule rule, long seed, Random random, UnaryOperator<String> prepare,
      UnaryOperator<String> change) {
    Cleaner alone = Cleaner.builder().disableAll().enable(rule.id()).build();
    for (int doc = 0; doc < DOCS; doc++) {
      String settled = fixedPoint(alone, prepare.apply(text(random)));
      if (settled == null) {
        continue;
      }
      String changed = change.apply(settled);
      CleanResult r = alone.clean(changed);
      assertEquals(0, applied(r), "rule " + rule.id() + ", seed " + seed + "\nbefore: " + settled
          + "\nafter:  " + changed + "\n" + r.edits());
    }
  }

  /**
   * Capitalizes some letters that start a sentence: at the start, or after . ! ? (and closing
   * quotes or brackets), spaces, and opening quotes or brackets, as case.sentence-start does,
   * protected text included (another rule may do it).
   */
  private static String capitalizeSomeSentenceStarts(Random random, String s) {
    StringBuilder b = new StringBuilder(s);
    char[] chars = s.toCharArray(); // capitals do not move where sentences start
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isLowerCase(c) && SentenceStarts.startsAt(chars, i) && random.nextInt(3) > 0) {
        b.setCharAt(i, Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /**
   * Spacing rules put in or take out spaces next to other spaces and punctuation, never between
   * two letters of a word: so does this change. The rules blind to spacing, and the date rule in a
   * paragraph without \u5E74 or \u6708, must then find nothing more.
   */
  @Test
  void spacingGivesTheBlindRulesNothingToDo() {
    long seed = org.mtclean.TestSeeds.seed("WakeClassesTest");
    Random random = new Random(seed);
    for (Rule rule : BuiltinRules.all()) {
      String only = rule.wakes().bySpacing() ? rule.wakes().spacingOnlyWith() : null;
      if (rule.wakes().bySpacing() && only == null) {
        continue;
      }
      UnaryOperator<String> without = s -> {
        for (char c : (only == null ? "" : only).toCharArray()) {
          s = s.replace(c, '\u4E2D');
        }
        return s;
      };
      assertNothingMore(rule, seed, random, without, s -> respace(random, s));
    }
  }

  /**
   * Doubles some spaces, drops some of a pair, drops some before punctuation after a letter, and
   * puts one after some punctuation between two letters: what the spacing rules do, never inside a
   * number or a word.
   */
  private static String respace(Random random, String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : '\n';
      char prev = b.length() > 0 ? b.charAt(b.length() - 1) : '\n';
      if (c == ' ' && (next == ' ' || (",.;:!?".indexOf(next) >= 0 && Character.isLetter(prev)))
          && random.nextBoolean()) {
        continue;
      }
      b.append(c);
      if (c == ' ' && random.nextInt(4) == 0) {
        b.append(' ');
      } else if (",;:!?".indexOf(c) >= 0 && Character.isLetter(prev) && Character.isLetter(next)
          && !inLink(s, i) && random.nextBoolean()) {
        b.append(' ');
      } else if (((c == ':' && Character.isLetter(prev) && Character.isDigit(next))
          || (c == '%' && Character.isDigit(prev) && Character.isLetter(next)))
          && !inLink(s, i) && random.nextBoolean()) {
        b.append(' '); // space.after-punct: one:3 -> one: 3, 5%of -> 5% of
      }
    }
    return b.toString();
  }

  /** Whether the chunk between spaces around {@code i} looks like a link, path or address (protected). */
  private static boolean inLink(String s, int i) {
    int from = s.lastIndexOf(' ', i) + 1;
    int to = s.indexOf(' ', i);
    String chunk = s.substring(from, to < 0 ? s.length() : to);
    return chunk.contains("/") || chunk.contains("@") || chunk.contains(".");
  }

  /**
   * A tidy change of spacing (see {@link org.mtclean.Wakes#exceptTidySpacing}): one space put in or
   * taken out, leaving next to it no run of spaces or tabs, no tab and no whitespace at the start
   * or end of a line. The rules that declare it must then find nothing more, in paragraphs of
   * several lines with indentation and trailing whitespace.
   */
  @Test
  void tidySpacingGivesTheTidyBlindRulesNothingToDo() {
    long seed = org.mtclean.TestSeeds.seed("WakeClassesTest");
    Random random = new Random(seed);
    List<Rule> blind = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      if (rule.wakes().bySpacing() && !rule.wakes().byTidySpacing()) {
        blind.add(rule);
      }
    }
    assertEquals(3, blind.size(), blind.toString());
    for (Rule rule : blind) {
      assertNothingMore(rule, seed, random, s -> withLines(random, s), s -> tidyRespace(random, s));
    }
  }

  /**
   * A change that leaves no whitespace at the start or end of a line next to its edits (see
   * {@link org.mtclean.Wakes#exceptChangesAwayFromLineEnds}): any text put in or taken out,
   * line ends included. The rules that declare it must then find nothing more.
   */
  @Test
  void changesAwayFromLineEndsGiveTheBlindRulesNothingToDo() {
    long seed = org.mtclean.TestSeeds.seed("WakeClassesTest");
    Random random = new Random(seed);
    List<Rule> blind = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      if (!rule.wakes().byChangesAwayFromLineEnds()) {
        blind.add(rule);
      }
    }
    assertEquals(2, blind.size(), blind.toString());
    for (Rule rule : blind) {
      assertNothingMore(rule, seed, random, s -> withLines(random, s), s -> editAwayFromLineEnds(random, s));
    }
  }

  /**
   * space.before-punct, space.after-punct and quotes.padding may find more after their own
   * change: a mark taken for one standing alone joins others once the spaces between them go
   * (?" ? . ..), a space put in after a period makes the token before it a word, whose mark then
   * takes its space (body;word.The), and a padding taken out changes how the quotes around it
   * pair. The engine runs them again, so one clean settles.
   */
  @Test
  void spacingRulesThatFindMoreAfterTheirOwnChangeSettleInOneClean() {
    String[][] cases = {
      {"space.before-punct", "a million?\" ?\t  . ..  in July", "Why?\" ?  . .. he asked."},
      {"space.after-punct"}, // with the other rules: below
      {"quotes.padding"},
    };
    for (String[] c : cases) {
      Cleaner alone = Cleaner.builder().disableAll().enable(c[0]).build();
      for (int k = 1; k < c.length; k++) {
        String once = alone.cleanText(c[k]);
        assertEquals(once, alone.cleanText(once), c[0] + ": " + c[k]);
      }
      assertTrue(Cleaner.defaults().rules().stream()
          .filter(r -> r.id().equals(c[0])).allMatch(r -> r.wakes().byOwnChanges()), c[0]);
    }
    for (String text : new String[] {" body. ;word.The \uFF1B20: 00 one", "\uFF09\u201C ;in ,e.g.. ;.  , % ",
        "\u201D. Four month Twenty-four twenty \u201C;e.g..\u201D. \uFF01 ?U.S..x ; ",
        "'     n't \uFF08 of\u201C,\uFF09 \" \" \u201D ",
        // numbers.myriad reads 5  ,1, \u4E07 3.2\u4EBF as one chain once the spaces go
        "x  's year5  ,1\u3001 \u4E07 3.2\u4EBF\u5143 \u201D. \u3001 ,  : \n "}) {
      String once = Cleaner.defaults().cleanText(text);
      assertEquals(once, Cleaner.defaults().cleanText(once), text);
    }
  }

  private static final String[] EDIT_PIECES = {"", "x", " ", "\u3002", "\n", "a\nb", " y ", "\t", "\u3000", ",", "  "};

  /** Some text put in, taken out or replaced where that leaves no whitespace at a line's ends next to it. */
  private static String editAwayFromLineEnds(Random random, String s) {
    for (int tries = 0; tries < 40; tries++) {
      int from = random.nextInt(s.length() + 1);
      int to = Math.min(s.length(), from + random.nextInt(4));
      String put = EDIT_PIECES[random.nextInt(EDIT_PIECES.length)];
      String t = s.substring(0, from) + put + s.substring(to);
      if (!t.equals(s) && awayFromLineEnds(t, from, from + put.length())) {
        return t;
      }
    }
    return s;
  }

  /** Whether {@code t[from, to)}, with the whitespace on either side, has no line end with whitespace on its line's side. */
  private static boolean awayFromLineEnds(String t, int from, int to) {
    while (from > 0 && lineSpace(t.charAt(from - 1))) {
      from--;
    }
    while (to < t.length() && lineSpace(t.charAt(to))) {
      to++;
    }
    for (int p = from; p <= to; p++) {
      boolean start = p == 0 || lineEnd(t.charAt(p - 1));
      boolean end = p == t.length() || lineEnd(t.charAt(p));
      if ((start && p < t.length() && lineSpace(t.charAt(p))) || (end && p > 0 && lineSpace(t.charAt(p - 1)))) {
        return false;
      }
    }
    return true;
  }

  private static final String[] LINE_PIECES = {"\n", " \n", "\n\u3000", "\n\t", "\t", "\u00A0\n", "  "};

  /** Turns some spaces into line ends, indentation, trailing whitespace and runs. */
  private static String withLines(Random random, String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c == ' ' && random.nextInt(5) == 0 ? LINE_PIECES[random.nextInt(LINE_PIECES.length)] : c);
    }
    return b.toString();
  }

  /** One space put in or taken out where that leaves the spacing next to it tidy. */
  private static String tidyRespace(Random random, String s) {
    for (int tries = 0; tries < 20; tries++) {
      int i = random.nextInt(s.length() + 1);
      String t;
      if (random.nextBoolean()) {
        t = s.substring(0, i) + " " + s.substring(i);
        if (tidyAt(t, i, i + 1)) {
          return t;
        }
      } else if (i < s.length() && s.charAt(i) == ' ') {
        t = s.substring(0, i) + s.substring(i + 1);
        if (tidyAt(t, i, i)) {
          return t;
        }
      }
    }
    return s;
  }

  /** Whether {@code t[from, to)}, what an edit put in, has no run, tab or whitespace at a line end next to it. */
  private static boolean tidyAt(String t, int from, int to) {
    int lo = from;
    int hi = to;
    while (lo > 0 && (t.charAt(lo - 1) == ' ' || t.charAt(lo - 1) == '\t')) {
      lo--;
    }
    while (hi < t.length() && (t.charAt(hi) == ' ' || t.charAt(hi) == '\t')) {
      hi++;
    }
    if (hi - lo >= 2 || (hi > lo && t.charAt(lo) == '\t')) {
      return false;
    }
    while (lo > 0 && lineSpace(t.charAt(lo - 1))) {
      lo--;
    }
    while (hi < t.length() && lineSpace(t.charAt(hi))) {
      hi++;
    }
    return hi == lo || (lo > 0 && !lineEnd(t.charAt(lo - 1)) && hi < t.length() && !lineEnd(t.charAt(hi)));
  }

  private static boolean lineEnd(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean lineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F'
        || (c >= '\u2000' && c <= '\u200B') || c == '\u2060' || c == '\uFEFF' || c == '\u200E'
        || c == '\u200F';
  }

  /** Changing the case of letters anywhere gives the rules that never look at case nothing to do. */
  @Test
  void caseChangesGiveTheBlindRulesNothingToDo() {
    long seed = org.mtclean.TestSeeds.seed("WakeClassesTest");
    Random random = new Random(seed);
    List<Rule> blind = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      if (!rule.wakes().byCaseChanges()) {
        assertFalse(rule.wakes().byCapitalizing(), rule.id());
        blind.add(rule);
      }
    }
    assertEquals(8, blind.size(), blind.toString());
    for (Rule rule : blind) {
      assertNothingMore(rule, seed, random, UnaryOperator.identity(), s -> flipSomeCase(random, s));
    }
  }

  private static String flipSomeCase(Random random, String s) {
    StringBuilder b = new StringBuilder(s);
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (Character.isLetter(c) && random.nextInt(3) == 0) {
        b.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /**
   * A rule that declares {@link org.mtclean.Wakes#onlyWith} chars must have nothing to do, not
   * even a report, in a paragraph without them: run unchecked (wrapped in a rule that declares
   * nothing, so that the engine runs it everywhere) on random texts stripped of those chars.
   */
  @Test
  void aRuleHasNothingToDoWithoutTheCharsItLooksFor() {
    long seed = org.mtclean.TestSeeds.seed("WakeClassesTest");
    Random random = new Random(seed);
    int declared = 0;
    for (Rule rule : BuiltinRules.all()) {
      String only = rule.wakes().onlyWith();
      if (only == null) {
        continue;
      }
      declared++;
      Rule unchecked = new AbstractRule("test.unchecked", rule.kind(), "runs " + rule.id() + " everywhere") {
        @Override
        public void apply(org.mtclean.RuleContext ctx) {
          rule.apply(ctx);
        }
      };
      Cleaner alone = Cleaner.builder().disableAll().addRule(unchecked).build();
      for (int doc = 0; doc < DOCS; doc++) {
        String text = withoutChars(text(random), only);
        CleanResult r = alone.clean(text);
        assertEquals(List.of(), r.edits(), "rule " + rule.id() + ", seed " + seed + "\ntext: " + text);
      }
    }
    assertTrue(declared >= 15, "rules that declare the chars they look for: " + declared);
  }

  /**
   * {@code s} without any char that a presence probe of {@code chars} could answer for: a digit
   * stands for all ten, and a char outside ASCII for its whole block (here: all of them).
   */
  private static String withoutChars(String s, String chars) {
    boolean digits = chars.chars().anyMatch(c -> c >= '0' && c <= '9');
    boolean nonAscii = chars.chars().anyMatch(c -> c >= 0x80);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean drop = (digits && c >= '0' && c <= '9') || (nonAscii && c >= 0x80)
          || (c < 0x80 && chars.indexOf(c) >= 0);
      b.append(drop ? 'x' : c);
    }
    return b.toString();
  }

  /**
   * A rule blind to its own changes ({@link org.mtclean.Wakes#exceptOwnChanges()}) is not run
   * again after it changes a paragraph: one run must leave nothing for a second, on the golden
   * inputs and on random texts.
   */
  @Test
  void oneRunOfARuleBlindToItsOwnChangesLeavesNothingForASecond() {
    long seed = org.mtclean.TestSeeds.seed("WakeClassesTest");
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(goldenInputs());
    for (int doc = 0; doc < DOCS; doc++) {
      texts.add(text(random));
    }
    List<String> failures = new ArrayList<>();
    int declared = 0;
    for (Rule rule : BuiltinRules.all()) {
      if (rule.wakes().byOwnChanges()) {
        continue;
      }
      declared++;
      Cleaner alone = Cleaner.builder().disableAll().enable(rule.id()).build();
      for (String text : texts) {
        String once = alone.clean(text).text();
        CleanResult twice = alone.clean(once);
        if (applied(twice) > 0) {
          failures.add("rule " + rule.id() + ", seed " + seed + "\nonce: " + once + "\n" + twice.edits());
          break;
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(declared >= 1, "rules blind to their own changes: " + declared);
  }

  private static List<String> goldenInputs() {
    try (Stream<Path> walk = Files.walk(Path.of("test-data"))) {
      List<String> texts = new ArrayList<>();
      for (Path p : walk.filter(p -> p.toString().endsWith(".input.txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theDateRuleIsToldWhereSpacingMatters() {
    Rule date = BuiltinRules.all().stream().filter(r -> r.id().equals("numbers.date")).findFirst().orElseThrow();
    assertEquals("\u5E74\u6708", date.wakes().spacingOnlyWith());
    assertFalse(date.wakes().byCapitalizing());
    assertTrue(date.wakes().byCaseChanges());
  }

  /** A rule of your own declares nothing: every change wakes it, and it keeps a stream in order. */
  @Test
  void aRuleThatDeclaresNothingIsWokenByEveryChange() {
    Rule own = new AbstractRule("custom.own", org.mtclean.RuleKind.SAFE, "own") {
      @Override
      public void apply(org.mtclean.RuleContext ctx) {}
    };
    assertTrue(own.wakes().bySpacing() && own.wakes().byCaseChanges() && own.wakes().byCapitalizing());
    assertEquals(null, own.wakes().spacingOnlyWith());
    assertEquals(org.mtclean.DocumentMemory.IN_ORDER, own.memory());
  }
}
