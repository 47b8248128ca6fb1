package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command with localization files: chosen by name or --format, malformed files, notices, the report's unit. */
class CommandFormatsTest {
  static final String XLIFF = """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff version="1.2"><file source-language="zh-CN" target-language="en" datatype="plaintext" original="a">
      <body>
      <trans-unit id="u1"><source>会议于4月24日举行。</source><target>The meeting was held on Four month Twenty-four。</target></trans-unit>
      <trans-unit id="u2" note="保持，原样。"><source>点击保存</source><target>Click <g id="1">Save</g> ，then close。</target></trans-unit>
      </body></file></xliff>
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void anXliffFileIsCleanedInsideItsTargetsOnly() throws IOException {
    Path f = write("a.xlf", XLIFF);
    Cli.Run r = Cli.run("-i", "--no-config", f.toString());
    assertEquals(0, r.code(), r.toString());
    String out = Files.readString(f);
    assertEquals(XLIFF.replace("Four month Twenty-four。", "April 24.")
        .replace("</g> ，then close。", "</g>, then close."), out);
  }

  @Test
  void formatOptionAppliesToStandardInput() {
    Cli.Run r = Cli.stdin(XLIFF, "--no-config", "--format", "xliff");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("<target>The meeting was held on April 24.</target>"), r.out());
    assertTrue(r.out().contains("<source>会议于4月24日举行。</source>"), r.out());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli.Run r = Cli.stdin("x", "--format", "docx");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--format takes txt, xliff"), r.err());
  }

  @Test
  void malformedFileFailsWithLineAndColumnAndIsNotWritten() throws IOException {
    String broken = XLIFF.replace("</g> ，then", "</x> ，then");
    Path f = write("b.xlf", broken);
    Path ok = write("c.xlf", XLIFF);
    Cli.Run r = Cli.run("-i", "--no-config", f.toString(), ok.toString());
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().matches("(?s).*b\\.xlf.*line 5, column \\d+.*"), r.err());
    assertEquals(broken, Files.readString(f));
    assertTrue(Files.readString(ok).contains("held on April 24.</target>"), "the other file is still cleaned");
  }

  @Test
  void nonEnglishTargetIsLeftAloneWithANotice() throws IOException {
    String fr = XLIFF.replace("target-language=\"en\"", "target-language=\"fr\"");
    Path f = write("fr.xlf", fr);
    Cli.Run r = Cli.run("-i", "--no-config", f.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(fr, Files.readString(f));
    assertTrue(r.err().contains("fr.xlf") && r.err().contains("fr"), r.err());
  }

  @Test
  void reportAndListingNameTheUnit() throws IOException {
    Path f = write("a.xlf", XLIFF);
    Path report = dir.resolve("r.json");
    Cli.Run r = Cli.run("--check", "-v", "--no-config", "--report", report.toString(), f.toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("[u2] punct.cjk"), r.err());
    String json = Files.readString(report);
    assertTrue(json.contains("\"unit\":\"u1\"") || json.contains("\"unit\": \"u1\""), json);
  }

  @Test
  void directoriesTakeOtherFormatsOnlyWhenIncluded() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("d"));
    Files.writeString(sub.resolve("a.xlf"), XLIFF);
    Files.writeString(sub.resolve("b.txt"), "One。\n");
    Cli.Run r = Cli.run("--list", "--no-config", sub.toString());
    assertEquals(1, r.code(), r.toString());
    assertFalse(r.out().contains("a.xlf"), r.out());
    Cli.Run all = Cli.run("--list", "--no-config", "--include", "*.xlf", "--include", "*.txt", sub.toString());
    assertTrue(all.out().contains("a.xlf") && all.out().contains("b.txt"), all.out());
  }

  @Test
  void diffShowsOnlyTheTargetLines() throws IOException {
    Path f = write("a.xlf", XLIFF);
    Cli.Run r = Cli.run("--diff", "--no-config", f.toString());
    assertEquals(0, r.code(), r.toString());
    long changed = r.out().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count();
    assertEquals(2, changed, r.out());
  }

  @Test
  void sourceFileChecksEachLineAgainstItsSource() throws IOException {
    Path src = write("src.zh", "共有5万人参加。\n价格上涨了35%。\n");
    Cli.Run r = Cli.stdin("A total of 5,000 people took part。\nPrices rose 35 percent.\n",
        "--no-config", "--check", "-v", "--source", src.toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("1:12 bitext.number report: \"5,000\""), r.err());
    assertFalse(r.err().contains("2:") && r.err().contains("35"), r.err());
    Cli.Run off = Cli.stdin("A total of 5,000 people took part.\nPrices rose 35 percent.\n",
        "--no-config", "--check", "-v", "--disable", "bitext.number", "--source", src.toString());
    assertEquals(0, off.code(), off.toString());
    assertFalse(off.err().contains("bitext"), off.err());
  }

  @Test
  void sourceFileOfAnotherLengthIsReportedOnce() throws IOException {
    Path src = write("src.zh", "一。\n");
    Cli.Run r = Cli.stdin("One.\nTwo.\nThree.\n", "--no-config", "--check", "-v", "--source", src.toString());
    assertEquals(0, r.code(), r.toString()); // findings alone are not changes
    assertEquals(1, r.err().split("not line-aligned", -1).length - 1, r.err());
  }

  @Test
  void sourceFileNeedsOnePlainText() throws IOException {
    Path src = write("src.zh", "一。\n");
    Path x = write("a.xlf", XLIFF);
    assertEquals(2, Cli.run("--no-config", "--source", src.toString(), x.toString()).code());
    assertEquals(2, Cli.run("--no-config", "--source", src.toString(), dir.toString()).code());
    assertEquals(2, Cli.stdin("x", "--no-config", "--source", dir.resolve("none").toString()).code());
    Cli.Run unknown = Cli.stdin("x", "--no-config", "--disable", "bitext.nope");
    assertEquals(2, unknown.code(), unknown.toString());
    assertTrue(unknown.err().contains("bitext.number"), unknown.err());
  }

  @Test
  void bilingualFindingsInAnXliffFileRunOnlyWhenShown() throws IOException {
    String planted = XLIFF.replace("<source>点击保存</source>", "<source>共有5万人</source>")
        .replace("Click <g id=\"1\">Save</g> ，then close。", "A total of 5,000 people");
    Path f = write("p.xlf", planted);
    Cli.Run r = Cli.run("--check", "-v", "--no-config", f.toString());
    assertTrue(r.err().contains("[u2] bitext.number report"), r.err());
    Cli.Run plain = Cli.run("-i", "--no-config", f.toString());
    assertFalse(plain.err().contains("bitext"), plain.err());
  }

  @Test
  void everyFormatGoldenFileThroughTheCommandByItsEnding() throws IOException {
    Path out = dir.resolve("out");
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--no-config", "-q", "-o", out.toString()));
    for (String ext : java.util.List.of("xlf", "xliff", "tmx", "po", "srt", "vtt", "md", "markdown", "html", "htm")) {
      args.add("--include");
      args.add("*.input." + ext);
    }
    Path root = Path.of("test-data", "formats");
    args.add(root.toString());
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.toString());
    int compared = 0;
    try (java.util.stream.Stream<Path> files = Files.walk(root)) {
      for (Path input : files.filter(p -> p.getFileName().toString().contains(".input.")).toList()) {
        Path expected = input.resolveSibling(input.getFileName().toString().replace(".input.", ".expected."));
        Path cleaned = out.resolve(root.relativize(input).toString());
        assertEquals(Files.readString(expected), Files.readString(cleaned), input.toString());
        compared++;
      }
    }
    assertTrue(compared >= 20, "golden files found: " + compared);
  }
}
