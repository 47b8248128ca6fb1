package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --diff} output applies with GNU patch, whatever the line ends and the last line. */
class DiffPatchTest {
  @TempDir Path dir;

  private static final String[] SHAPES = {
    "first line ,here。\nsecond\nthird ,end。\n",
    "first line ,here。\nsecond\nthird ,end。", // no final newline
    "first line ,here。\r\nsecond\r\nthird ,end。\r\n", // CRLF
    "first line ,here。\r\nsecond\r\nthird ,end。", // CRLF, no final line end
    "first line ,here。\rsecond\rthird ,end。\r", // CR only
    "first line ,here。\rsecond\rthird ,end。", // CR only, no final line end
    "only ,line", // one line, no newline
    "a\n\n\nlast ,line\n\n", // ends with blank lines
  };

  @Test
  void noNewlineAtEndIsMarkedAsDiffDoes() throws IOException {
    StringWriter w = new StringWriter();
    UnifiedDiff.write("a/x", "b/x", "one\ntwo ,x", "one\ntwo, x", w, UnifiedDiff.Colors.NONE);
    assertEquals("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n one\n-two ,x\n\\ No newline at end of file\n"
        + "+two, x\n\\ No newline at end of file\n", w.toString());
    StringWriter added = new StringWriter();
    UnifiedDiff.write("a/x", "b/x", "one\ntwo", "one\ntwo\n", added, UnifiedDiff.Colors.NONE);
    assertEquals("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n one\n-two\n\\ No newline at end of file\n+two\n",
        added.toString());
    StringWriter empty = new StringWriter();
    UnifiedDiff.write("a/x", "b/x", "", "new\n", empty, UnifiedDiff.Colors.NONE);
    assertEquals("--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+new\n", empty.toString());
  }

  @Test
  void hunksMatchGnuDiff() throws IOException {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      a.append("line ").append(i).append('\n');
      b.append("line ").append(i).append(i == 5 || i == 11 || i == 25 ? " changed" : "").append('\n');
    }
    StringWriter w = new StringWriter();
    UnifiedDiff.write("a/x", "b/x", a.toString(), b.toString(), w, UnifiedDiff.Colors.NONE);
    String diff = w.toString();
    assertTrue(diff.contains("@@ -2,13 +2,13 @@\n line 2\n"), diff);
    assertTrue(diff.contains("@@ -22,7 +22,7 @@\n"), diff);
  }

  @Test
  void patchAppliesTheDiffOfEveryShape() throws IOException, InterruptedException {
    assumeTrue(onPath("patch"), "GNU patch is not installed");
    for (String shape : SHAPES) {
      check(shape);
    }
    Random rnd = new Random(Long.getLong("mtclean.seed", 16L));
    String[] pieces = {"word", " ,", "。", "\n", "\r\n", "\r", "\n\n", "，x", "  ", "？"};
    for (int round = 0; round < 30; round++) {
      StringBuilder s = new StringBuilder();
      int n = 1 + rnd.nextInt(40);
      for (int k = 0; k < n; k++) {
        s.append(pieces[rnd.nextInt(pieces.length)]);
      }
      check(s.toString());
    }
  }

  private void check(String text) throws IOException, InterruptedException {
    Path f = dir.resolve("f.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    Cli.Run cleaned = Cli.run("--no-config", "-q", f.toString());
    Cli.Run diff = Cli.run("--no-config", "-q", "--diff", f.toString());
    Path patchFile = dir.resolve("d.patch");
    Files.write(patchFile, diff.stdout());
    Process p = new ProcessBuilder("patch", "-s", "--no-backup-if-mismatch", f.toString(), patchFile.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), () -> "patch failed on " + escape(text) + ":\n" + out + "\n" + diff.out());
    assertArrayEquals(cleaned.stdout(), Files.readAllBytes(f), () -> escape(text) + "\n" + diff.out());
  }

  private static String escape(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }

  static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void namesWithControlCharactersAreQuotedInTheHeaders() throws IOException {
    Path f = Files.writeString(dir.resolve("x\ty.txt"), "a ,b\n");
    Cli.Run r = Cli.run("--no-config", "-q", "--diff", f.toString());
    String quoted = "\"" + f.toString().replace("\t", "\\t") + "\"";
    assertTrue(r.out().startsWith("--- " + quoted + "\n+++ " + quoted + "\n@@ -1 +1 @@\n"), r::toString);
  }
}
