package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command tells the user besides the results: warnings, hints, colours. */
class CommandHintsTest {
  @TempDir Path dir;

  @Test
  void aDirectoryWithNoMatchingFileIsAWarning() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Cli.write(in.resolve("notes.md"), "a ,b\n");
    Cli.Run r = Cli.run("--no-config", in.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains("mtclean: warning: no file matched " + in + " (directories are searched for *.txt)"), r::toString);
    assertEquals("", Cli.run("--no-config", "-q", in.toString()).err());
    Cli.Run md = Cli.run("--no-config", "--include", "*.md", in.toString());
    assertFalse(md.err().contains("warning"), md::toString);
  }

  @Test
  void aDecodingErrorSuggestsAnotherEncoding() throws IOException {
    Path gbk = Files.write(dir.resolve("gbk.txt"), "价格上涨，".getBytes("GB18030"));
    Cli.Run r = Cli.run("--no-config", gbk.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("malformed UTF-8 input at byte offset 0; if it is not UTF-8, try --encoding auto"
        + " or name its encoding (e.g. --encoding GB18030)"), r::toString);
    Cli.Run auto = Cli.run("--no-config", "--encoding", "auto", gbk.toString());
    assertEquals(0, auto.code(), auto::toString);
  }

  @Test
  void diffColours() throws IOException {
    Path a = Cli.write(dir.resolve("a.txt"), "first ,line\nsecond\n");
    String plain = Cli.run("--no-config", "-q", "--diff", a.toString()).out();
    assertFalse(plain.contains("\033"), "auto: not a terminal");
    assertEquals(plain, Cli.run("--no-config", "-q", "--diff", "--color", "never", a.toString()).out());
    String coloured = Cli.run("--no-config", "-q", "--diff", "--color", "always", a.toString()).out();
    assertTrue(coloured.contains("\033[31m-first ,line\033[m\n\033[32m+first, line\033[m\n second\n"), coloured);
    assertTrue(coloured.startsWith("\033[1m--- "), coloured);
    assertEquals(plain, coloured.replaceAll("\033\\[[0-9;]*m", ""));
    Cli.Run bad = Cli.run("--no-config", "--diff", "--color", "sometimes", a.toString());
    assertEquals(2, bad.code(), bad::toString);
    assertTrue(bad.err().contains("--color takes auto, always or never"), bad::toString);
  }
}
