package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.rules.RuleEditTesting.editsOf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Profile;
import org.mtclean.RuleKind;
import org.mtclean.Options;
import org.mtclean.Options.Untranslated;

class UntranslatedRuleTest {
  private static final java.util.Set<String> SURNAMES =
      org.mtclean.WordList.COMPOUND_SURNAMES.builtIn();

  private static final String EXT_B = "\uD842\uDFB7"; // U+20BB7, a surrogate pair

  private static CleanResult clean(Untranslated policy, String text) {
    return Cleaner.builder().option(Options.UNTRANSLATED, policy).build().clean(text);
  }

  @Test
  void keepReportsPositionAndLengthInCodePoints() {
    String text = "Name " + EXT_B + "田 and then 中" + EXT_B + "文，好 here.";
    CleanResult r = clean(Untranslated.KEEP, text);
    assertEquals(text, r.text());
    List<Edit> edits = editsOf(r, "untranslated");
    assertEquals(2, edits.size());
    Edit first = edits.get(0);
    assertEquals(RuleKind.REPORT, first.kind());
    assertFalse(first.applied());
    assertNull(first.replacement());
    assertEquals(EXT_B + "田", first.original());
    assertEquals(6, first.start().column());
    assertEquals(8, first.end().column());
    assertEquals(5, first.start().charOffset());
    assertEquals(8, first.end().charOffset());
    assertEquals("untranslated Chinese text (2 characters)", first.message());
    Edit second = edits.get(1);
    assertEquals("中" + EXT_B + "文，好", second.original()); // the comma between letters is inside
    assertEquals(18, second.start().column());
    assertEquals(18, second.start().charOffset());
    assertEquals(17, second.start().offset());
    assertEquals("untranslated Chinese text (5 characters)", second.message());
  }

  @Test
  void runBoundaries() {
    // a space plus a Latin word splits; a glued Latin word does not; the English period stays out
    List<Edit> edits = editsOf(clean(Untranslated.KEEP,
        "Li Wei (李伟) and 王芳 used 用AI技术 today. Then 要坚持。It ends."), "untranslated");
    List<String> runs = edits.stream().map(Edit::original).toList();
    assertEquals(List.of("李伟", "王芳", "用AI技术", "要坚持"), runs);
    runs = editsOf(clean(Untranslated.KEEP, "Met 张伟, 李明、王芳 and 第 3 届 staff."), "untranslated")
        .stream().map(Edit::original).toList();
    assertEquals(List.of("张伟", "李明、王芳", "第 3 届"), runs);
  }

  @Test
  void leadingDigitsAndJapaneseAndKorean() {
    List<Edit> edits = editsOf(clean(Untranslated.KEEP, "In 12楼 we saw 東京タワー and 서울."), "untranslated");
    assertEquals("12楼", edits.get(0).original());
    assertEquals("untranslated Japanese text (5 characters)", edits.get(1).message());
    assertEquals("untranslated Korean text (2 characters)", edits.get(2).message());
  }

  @Test
  void markWrapsOnceAndProtectsTheRun() {
    String text = "「全部" + EXT_B + "保留」\nThe CEO刘洋said so.";
    CleanResult r = clean(Untranslated.MARK, text);
    String expected = "[untranslated: 「全部" + EXT_B + "保留」]\nThe CEO [untranslated: 刘洋] said so.";
    assertEquals(expected, r.text());
    Edit e = editsOf(r, "untranslated").get(0);
    assertEquals(RuleKind.SAFE, e.kind());
    assertTrue(e.applied());
    assertEquals("marked untranslated Chinese text (7 characters)", e.message());
    CleanResult again = clean(Untranslated.MARK, expected);
    assertEquals(expected, again.text());
    assertEquals(List.of(), editsOf(again, "untranslated"));
  }

  @Test
  void markIsNotAppliedUnderTheReportOnlyProfile() {
    String text = "The slogan 质量第一 was on the wall.";
    CleanResult r = Cleaner.builder().option(Options.UNTRANSLATED, Untranslated.MARK)
        .profile(Profile.REPORT_ONLY).build().clean(text);
    assertEquals(text, r.text());
    assertEquals("[untranslated: 质量第一]", editsOf(r, "untranslated").get(0).replacement());
  }

  @Test
  void romanizeNamesOnly() {
    CleanResult r = clean(Untranslated.ROMANIZE,
        "Chairman 张伟 met 欧阳明, 单田 and 李安安 before 王芳。\nThe slogan 要把质量放在第一位 stays.");
    assertEquals("Chairman Zhang Wei met Ouyang Ming, Shan Tian and Li An'an before Wang Fang.\n"
        + "The slogan 要把质量放在第一位 stays.", r.text());
    List<Edit> edits = editsOf(r, "untranslated");
    assertEquals("romanized the Chinese name 张伟 as Zhang Wei", edits.get(0).message());
    Edit kept = edits.get(edits.size() - 1);
    assertEquals(RuleKind.REPORT, kept.kind());
    assertTrue(kept.message().endsWith("kept: only names of at most 4 Han characters are romanized"));
  }

  @Test
  void romanizeKeepsCharactersWithoutAReading() {
    String text = "The name " + EXT_B + "田 stays.";
    CleanResult r = clean(Untranslated.ROMANIZE, text);
    assertEquals(text, r.text());
    assertTrue(editsOf(r, "untranslated").get(0).message().endsWith("no known reading for a character"));
    assertNull(HanRomanizer.romanize(EXT_B + "田", SURNAMES));
    assertEquals("Zhuge Liang", HanRomanizer.romanize("诸葛亮", SURNAMES));
    assertEquals("Li", HanRomanizer.romanize("李", SURNAMES));
  }

  @Test
  void romanizeIsThreadSafe() throws Exception {
    String[] names = {"张伟", "欧阳明", "王芳", "李建国", "刘洋", "陈静"};
    String[] expected = {"Zhang Wei", "Ouyang Ming", "Wang Fang", "Li Jianguo", "Liu Yang", "Chen Jing"};
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int k = 0; k < 300; k++) {
            int i = k % names.length;
            if (!expected[i].equals(HanRomanizer.romanize(names[i], SURNAMES))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void dropLogsEveryRunAndNeverEmptiesALine() {
    CleanResult r = clean(Untranslated.DROP,
        "Li Wei (李伟) spoke. 坚持创新。It went on with " + EXT_B + "田 here.\n保持不变。");
    assertEquals("Li Wei spoke. It went on with here.\n保持不变。", r.text());
    List<Edit> edits = editsOf(r, "untranslated");
    assertEquals(4, edits.size());
    assertEquals("(李伟) ", edits.get(0).original());
    assertEquals("dropped untranslated Chinese text (2 characters)", edits.get(0).message());
    assertEquals(EXT_B + "田 ", edits.get(2).original());
    assertEquals(RuleKind.REPORT, edits.get(3).kind());
    assertTrue(edits.get(3).message().endsWith("kept: dropping it would empty the line"));
  }

  @Test
  void dropKeepsTheEnglishFullStop() {
    assertEquals("The award went to the engineer.",
        clean(Untranslated.DROP, "The award went to the engineer 王芳。").text());
  }

  @Test
  void optionParsesByName() {
    Cleaner c = Cleaner.builder().option("untranslated", "romanize").build();
    assertEquals(Untranslated.ROMANIZE, c.option(Options.UNTRANSLATED));
  }
}
