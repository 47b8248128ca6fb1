package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages name the file the problem is about, and never print a control character raw. */
class NameQuotingTest {
  @TempDir Path dir;

  @Test
  void quoting() {
    assertEquals("plain name.txt", Names.quote("plain name.txt"));
    assertEquals("中文.txt", Names.quote("中文.txt"));
    assertEquals("$'a\\nb.txt'", Names.quote("a\nb.txt"));
    assertEquals("$'\\E[31mred\\x07 it\\'s\\\\'", Names.quote("\033[31mred\007 it's\\"));
    assertEquals("$'a\\u202egnp.txt'", Names.quote("a\u202Egnp.txt"));
    assertEquals("$'\\x9b'", Names.quote("\u009B"));
    assertEquals("\"a/x\\ny\\\"z\"", Names.quoteForDiff("a/x\ny\"z"));
    assertEquals("\"a/\\303\\244\\t\"", Names.quoteForDiff("a/ä\t"));
    assertEquals("a/ä b", Names.quoteForDiff("a/ä b"));
  }

  @Test
  void failuresAndNoticesQuoteTheName() throws IOException {
    Path odd = dir.resolve("evil\033[2J\nmtclean: fake.txt");
    Files.write(odd, new byte[] {'a', ' ', ',', (byte) 0xff, '\n'});
    Cli.Run r = Cli.run("--no-config", odd.toString());
    assertEquals(3, r.code(), r::toString);
    assertFalse(r.err().contains("\033"), r::toString);
    assertFalse(r.err().contains("\nmtclean: fake"), r::toString);
    assertTrue(r.err().contains("$'" + dir + "/evil\\E[2J\\nmtclean: fake.txt': malformed UTF-8"), r::toString);
    Files.write(odd, new byte[] {'a', 0, 'b'});
    Cli.Run binary = Cli.run("--no-config", odd.toString());
    assertTrue(binary.err().contains("evil\\E[2J\\nmtclean: fake.txt': skipped"), binary::toString);
    Files.writeString(odd, "a ,b\n");
    Cli.Run check = Cli.run("--no-config", "--check", odd.toString());
    assertTrue(check.err().startsWith("would clean $'" + dir + "/evil\\E[2J\\nmtclean: fake.txt'\n"), check::toString);
    Cli.Run verbose = Cli.run("--no-config", "--check", "-v", odd.toString());
    assertTrue(verbose.err().contains("$'" + dir + "/evil\\E[2J\\nmtclean: fake.txt': would change"), verbose::toString);
  }

  @Test
  void listPrintsNamesAsTheyAreWhenNotOnATerminal() throws IOException {
    Path odd = Files.writeString(dir.resolve("two\nlines.txt"), "a ,b\n");
    Cli.Run r = Cli.run("--no-config", "--list", odd.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals(odd + "\n", r.out());
  }

  @Test
  void aRenameOntoADirectoryNamesTheTargetNotTheTempFile() throws IOException {
    Path in = dir.resolve("in");
    Cli.write(in.resolve("a.txt"), "a ,b\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("a.txt"));
    Cli.Run r = Cli.run("--no-config", "-o", out.toString(), in.toString());
    assertEquals(3, r.code(), r::toString);
    assertFalse(r.err().contains(".mtclean.tmp"), r::toString);
    assertTrue(r.err().contains(out.resolve("a.txt").toString()), r::toString);
  }

  @Test
  void aTempFileThatCannotBeMadeNamesTheDirectory() {
    java.nio.file.FileSystemException e = new java.nio.file.FileSystemException(
        "/data/out/.a.txt.123.mtclean.tmp", null, "Read-only file system");
    assertEquals("cannot make a temp file in /data/out: Read-only file system", FailureText.describe(e, null));
    assertEquals("cannot make a temp file in /data/out: permission denied", FailureText.describe(
        new java.nio.file.AccessDeniedException("/data/out/.a.txt.1.mtclean.tmp"), null));
    assertEquals("a directory that is not empty is in the way (/data/a.txt.orig)", FailureText.describe(
        new java.nio.file.DirectoryNotEmptyException("/data/a.txt.orig"), null));
    assertEquals("Read-only file system (/data/x.txt)",
        FailureText.describe(new java.nio.file.FileSystemException("/data/x.txt", null, "Read-only file system"), null));
  }

  @Test
  void usageErrorsEscapeWhatTheUserTyped() {
    Cli.Run r = Cli.run("--x\033[2J");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("mtclean: Unknown option: '--x\\E[2J'\n"), r::toString);
    Cli.Run opt = Cli.stdin("", "--option", "a\nb");
    assertTrue(opt.err().startsWith("mtclean: --option takes NAME=VALUE, not 'a\\nb'\n"), opt::toString);
    assertEquals("it's a\\b \\n", Names.escapeControls("it's a\\b \n"));
  }

  @Test
  void aBackupBlockedByADirectorySaysSo() throws IOException {
    Path a = Cli.write(dir.resolve("a.txt"), "a ,b\n");
    Files.createDirectories(dir.resolve("a.txt.orig/keep"));
    Cli.Run r = Cli.run("--no-config", "-i", "--backup", ".orig", a.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("a directory has that name (" + dir.resolve("a.txt.orig") + ")"), r::toString);
  }
}
