package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --html-report: what the page holds, and that input text can never become markup. */
class ReviewPageTest {
  @TempDir Path dir;

  @Test
  void escapingKeepsInputTextText() {
    String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>&amp;'";
    String html = new Html().element("p", hostile, "title", hostile).toString();
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("\"><"), html);
    assertTrue(html.contains("&lt;script&gt;") && html.contains("&amp;amp;") && html.contains("&#39;"));
  }

  @Test
  void controlsOverridesAndLoneSurrogatesAreShownNotObeyed() {
    String html = new Html().text("a\u202Eevil\u2028b\uD800c\u0007d\uD83D\uDE00").toString();
    assertTrue(html.contains("U+202E") && html.contains("U+2028") && html.contains("U+0007"), html);
    assertFalse(html.contains("\u202E") || html.contains("\u2028") || html.contains("\u0007"), html);
    assertTrue(html.contains("b\uFFFDc"), "a lone surrogate becomes U+FFFD: " + html);
    assertTrue(html.contains("\uD83D\uDE00"), "a pair stays");
    String attr = new Html().open("span", "title", "x\u202Ey").toString();
    assertEquals("<span title=\"x[U+202E]y\">", attr);
  }

  @Test
  void pageShowsCountsRulesAndEveryChange() throws Exception {
    Path in = Cli.write(dir.resolve("in/a.txt"),
        "Title\n\nThe meeting started。Results follow：two regions，three cities。\n\n"
            + "Plain line that stays.\n\nThe the board met 。\n");
    Cli.write(dir.resolve("in/b.txt"), "Nothing to do here.\n");
    Path page = dir.resolve("review.html");
    Cli.Run r = Cli.run("--check", "-q", "--html-report", page.toString(), dir.resolve("in").toString());
    assertEquals(Main.WOULD_CHANGE, r.code(), r.toString());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<span data-n=\"seen\">2</span>"), html);
    assertTrue(html.contains("<span data-n=\"changed\">1</span>"));
    assertTrue(html.contains("<tr data-rule=\"punct.cjk\">"));
    assertTrue(html.contains("<tr data-rule=\"repeat.word\">"));
    // every change is marked, with its rule in the title
    Matcher del = Pattern.compile("<del class=\"chg\" tabindex=\"0\" title=\"([^\"]*)\"").matcher(html);
    int marks = 0;
    while (del.find()) {
      marks++;
      assertFalse(del.group(1).isEmpty());
    }
    assertTrue(marks >= 4, "marks: " + marks);
    assertTrue(html.contains("title=\"repeat.word (applied): "), html);
    assertTrue(html.contains("unchanged line"), "unchanged lines are folded");
    assertTrue(html.contains("Content-Security-Policy"));
    assertFalse(html.contains("http://") && html.contains("src=\"http"), "no network");
    assertEquals(Cli.read(in), Files.readString(in), "--check writes nothing else");
  }

  @Test
  void reportOnlyFindingsAreMarkedInTheirLine() throws Exception {
    Path page = dir.resolve("review.html");
    Cli.Run r = Cli.stdin("Signed in Beijing 北京 today.\n", "-q",
        "--html-report", page.toString());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("<div class=\"blk finding\" data-rules=\"untranslated\""), html + r);
    assertTrue(html.contains("<mark class=\"chg\""));
  }

  @Test
  void tenThousandEditsMakeAPageOfBoundedSize() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2500; i++) {
      b.append("Line ").append(i).append(" said，then stopped。Next ， done 。\n\n");
    }
    Path in = Cli.write(dir.resolve("many.txt"), b.toString());
    Path page = dir.resolve("review.html");
    Cli.Run r = Cli.run("--check", "-q", "--html-report", page.toString(), in.toString());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<span data-n=\"applied\">(\\d+)</span>").matcher(html);
    assertTrue(m.find(), r.toString());
    assertTrue(Integer.parseInt(m.group(1)) >= 10_000, m.group(1));
    long size = Files.size(page);
    assertTrue(size < 8L << 20, "a page of 10,000 edits stays under 8 MB: " + size);
  }

  @Test
  void pageCannotReplaceAnInput() throws Exception {
    Path in = Cli.write(dir.resolve("a.txt"), Cli.GARBLED);
    Cli.Run r = Cli.run("--check", "--html-report", in.toString(), in.toString());
    assertEquals(Main.USAGE, r.code(), r.toString());
    assertTrue(r.err().contains("--html-report"), r.err());
    assertEquals(Cli.GARBLED, Cli.read(in));
  }

  @Test
  void aFileTooLargeToShowIsListedWithItsCounts() throws Exception {
    StringBuilder b = new StringBuilder();
    while (b.length() <= ReviewRecorder.LIMIT) {
      b.append("Line said，then stopped。\n\n");
    }
    Path in = Cli.write(dir.resolve("big.txt"), b.toString());
    Path page = dir.resolve("review.html");
    Cli.Run r = Cli.run("--check", "-q", "--html-report", page.toString(), in.toString());
    assertEquals(Main.WOULD_CHANGE, r.code(), r.toString());
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertTrue(html.contains("too large to show here"), "the file is listed, not shown");
    assertTrue(html.length() < 1 << 20, "no text of it in the page: " + html.length());
    assertTrue(html.contains("<tr data-rule=\"punct.cjk\">"), "its edits are counted");
  }
}
