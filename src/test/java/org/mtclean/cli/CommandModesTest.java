package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.cli.Cli.CLEAN;
import static org.mtclean.cli.Cli.GARBLED;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mode and exit code of the command, run in-process. */
class CommandModesTest {
  @TempDir Path dir;

  @Test
  void stdinToStdout() {
    Cli.Run r = Cli.stdin(GARBLED);
    assertEquals(0, r.code(), r::toString);
    assertEquals(CLEAN, r.out());
    assertTrue(r.err().contains("1 file: 1 changed"), r::toString);
  }

  @Test
  void dashIsStdinAndQuietSilencesSummary() {
    Cli.Run r = Cli.stdin(GARBLED, "-q", "-");
    assertEquals(0, r.code());
    assertEquals(CLEAN, r.out());
    assertEquals("", r.err());
  }

  @Test
  void stdinCheckExitsOneAndListsEdits() {
    Cli.Run r = Cli.stdin(GARBLED, "--check");
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("would clean <stdin>\nmtclean: 1 file: 1 would change"), r::toString);
    assertFalse(r.err().contains("punct.cjk applied"), "the edits only under -v: " + r);
    Cli.Run v = Cli.stdin(GARBLED, "--check", "-v");
    assertTrue(v.err().contains("<stdin>: would change"), v::toString);
    assertTrue(v.err().contains("1:20 punct.cjk applied: \"。\" -> \". \""), v::toString);
    assertEquals(0, Cli.stdin(CLEAN, "--check").code());
  }

  @Test
  void filesGoToStdoutInArgumentOrder() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path b = write(dir.resolve("b.txt"), "second  file .\n");
    Cli.Run r = Cli.run("-q", b.toString(), a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("second file.\n" + CLEAN, r.out());
    assertEquals(GARBLED, read(a), "stdout mode leaves files alone");
    assertEquals(r.out(), Cli.run("-q", "--stdout", b.toString(), a.toString()).out());
  }

  @Test
  void directoryRecursesSortedWithIncludeAndExclude() throws IOException {
    write(dir.resolve("b.txt"), "b .\n");
    write(dir.resolve("a/z.txt"), "z .\n");
    write(dir.resolve("a/y.md"), "y .\n");
    write(dir.resolve("c/skip.txt"), "skip .\n");
    write(dir.resolve(".git/hidden.txt"), "hidden .\n");
    Cli.Run r = Cli.run("-q", dir.toString());
    assertEquals("z.\nb.\nskip.\n", r.out(), r::toString);
    r = Cli.run("-q", "--include", "*.md", "--include", "*.txt", "--exclude", "c/**", dir.toString());
    assertEquals("y.\nz.\nb.\n", r.out(), r::toString);
    r = Cli.run("-q", "--exclude", "skip.*", dir.toString());
    assertEquals("z.\nb.\n", r.out(), r::toString);
  }

  @Test
  void explicitFileIsTakenWhateverItsName() throws IOException {
    Path md = write(dir.resolve("notes.md"), "x ,y\n");
    assertEquals("x, y\n", Cli.run("-q", md.toString()).out());
  }

  @Test
  void checkListsChangedFilesAndExitsOne() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path b = write(dir.resolve("b.txt"), CLEAN);
    Cli.Run r = Cli.run("--check", dir.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("would clean " + a + "\nmtclean: 2 files"), r::toString);
    assertFalse(r.err().contains(b.toString()), r::toString);
    Cli.Run v = Cli.run("--check", "-v", dir.toString());
    assertTrue(v.err().contains(a + ": would change (4 applied, 0 proposed)"), v::toString);
    assertTrue(r.err().contains("2 files: 1 would change, 1 unchanged, 0 failed"), r::toString);
    assertEquals(GARBLED, read(a));
    assertEquals(0, Cli.run("--check", b.toString()).code());
  }

  @Test
  void listPrintsNamesOfFilesThatWouldChange() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    write(dir.resolve("b.txt"), CLEAN);
    Path c = write(dir.resolve("c.txt"), "c ,d\n");
    Cli.Run r = Cli.run("-l", dir.toString());
    assertEquals(1, r.code(), r::toString);
    assertEquals(a + "\n" + c + "\n", r.out());
    assertEquals(GARBLED, read(a));
    assertEquals(0, Cli.run("--list", dir.resolve("b.txt").toString()).code());
  }

  @Test
  void diffIsUnified() throws IOException {
    Path a = write(dir.resolve("a.txt"), "keep\n" + GARBLED + "Tail\n");
    write(dir.resolve("b.txt"), CLEAN);
    Cli.Run r = Cli.run("-q", "--diff", dir.toString());
    assertEquals(0, r.code(), r::toString);
    String name = a.toString();
    assertEquals(
        "--- " + name + "\n+++ " + name + "\n@@ -1,3 +1,3 @@\n keep\n-" + GARBLED + "+" + CLEAN
            + " Tail\n",
        r.out());
    assertEquals(1, Cli.run("-q", "--diff", "--check", a.toString()).code());
    assertTrue(Cli.stdin(GARBLED, "--diff").out().startsWith("--- a/<stdin>\n+++ b/<stdin>\n"));
  }

  @Test
  void outputDirMirrorsTheTree() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("a.txt"), GARBLED);
    write(in.resolve("sub/deep/b.txt"), CLEAN);
    Path single = write(dir.resolve("single.txt"), "x ,y\n");
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("-q", "-o", out.toString(), in.toString(), single.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(CLEAN, read(out.resolve("a.txt")));
    assertEquals(CLEAN, read(out.resolve("sub/deep/b.txt")), "unchanged files are written too");
    assertEquals("x, y\n", read(out.resolve("single.txt")));
    assertEquals(GARBLED, read(in.resolve("a.txt")));
  }

  @Test
  void outputDirInsideInputIsNotCleanedAgain() throws IOException {
    write(dir.resolve("a.txt"), GARBLED);
    Path out = dir.resolve("cleaned");
    assertEquals(0, Cli.run("-q", "-o", out.toString(), dir.toString()).code());
    Cli.Run again = Cli.run("-q", "-o", out.toString(), dir.toString());
    assertEquals(0, again.code(), again::toString);
    assertFalse(Files.exists(out.resolve("cleaned")));
  }

  @Test
  void outputCollisionIsAUsageError() throws IOException {
    Path a = write(dir.resolve("x/a.txt"), GARBLED);
    Path b = write(dir.resolve("y/a.txt"), GARBLED);
    Cli.Run r = Cli.run("-o", dir.resolve("out").toString(), a.toString(), b.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("would both be written"), r::toString);
  }

  @Test
  void inPlaceRewritesOnlyChangedFiles() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path b = write(dir.resolve("b.txt"), CLEAN);
    Cli.Run r = Cli.run("-i", dir.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(CLEAN, read(a));
    assertEquals(CLEAN, read(b));
    assertTrue(r.err().contains("2 files: 1 changed, 1 unchanged, 0 failed, 0 skipped; applied: punct.cjk 4"),
        r::toString);
    try (var s = Files.list(dir)) {
      assertEquals(2, s.count(), "no temp files left");
    }
  }

  @Test
  void missingFileFailsWithExitThreeButOthersAreDone() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Cli.Run r = Cli.run("-i", dir.resolve("nope.txt").toString(), a.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("nope.txt: no such file or directory"), r::toString);
    assertEquals(CLEAN, read(a));
  }

  @Test
  void verboseListsEveryFile() throws IOException {
    Path b = write(dir.resolve("b.txt"), CLEAN);
    Cli.Run r = Cli.run("-v", "-o", dir.resolve("out").toString(), b.toString());
    assertTrue(r.err().contains(b + ": unchanged (0 applied, 0 proposed)"), r::toString);
  }

  @Test
  void outputThatIsAFileIsAUsageError() throws IOException {
    Path file = Cli.write(dir.resolve("out.txt"), "x");
    Path in = Cli.write(dir.resolve("in/a.txt"), GARBLED);
    Cli.Run r = Cli.run("-o", file.toString(), in.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("--output " + file + " is a file, not a directory"), r::toString);
    assertEquals("x", Files.readString(file));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--check --in-place x                | --check writes no files",
        "--diff -o out x                     | --diff writes no files",
        "--list --stdout x                   | --list writes no files",
        "-i -o out x                         | choose one of --in-place, --output and --stdout",
        "-i --stdout x                       | choose one of",
        "--diff --list x                     | both print to standard output",
        "--backup .bak x                     | --backup needs --in-place",
        "-i --backup '' x                    | --backup SUFFIX must be",
        "-i                                  | --in-place needs file or directory paths",
        "-o out -                            | --output needs file or directory paths",
        "- x                                 | cannot be mixed",
        "--report - x                        | --report - needs standard output",
        "--report - --diff x                 | --report - needs standard output",
        "--report - --list x                 | --report - needs standard output",
        "-q -v x                             | exclude each other",
        "-j 0 x                              | --jobs must be at least 1",
        "--enable nosuch.rule x              | unknown rule 'nosuch.rule'",
        "--disable nosuch x                  | unknown rule",
        "--option nosuch=1 x                 | unknown option 'nosuch'",
        "--option keep-nbsp=maybe x          | expected true or false",
        "--option keep-nbsp x                | --option takes NAME=VALUE",
        "--encoding klingon x                | unknown encoding 'klingon'",
        "--output-encoding auto x            | cannot be auto",
        "--config nosuch.json x              | cannot read config file",
        "--config c.json --no-config x       | exclude each other",
        "--bogus                             | Unknown option: '--bogus'",
        "-j many x                           | Invalid value",
        "--include [ x                       | bad glob '[': Missing ']",
      })
  void usageErrorsExitTwo(String args, String message) {
    String[] argv = args.trim().replace("''", "\u0000").split("\\s+");
    for (int k = 0; k < argv.length; k++) {
      argv[k] = argv[k].equals("\u0000") ? "" : argv[k].equals("x") ? dir.resolve("x.txt").toString() : argv[k];
    }
    Cli.Run r = Cli.run(argv);
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains(message), () -> "expected '" + message + "' in\n" + r);
    assertEquals("", r.out());
  }

  @Test
  void listRulesAndOptions() {
    Cli.Run r = Cli.run("--list-rules");
    assertEquals(0, r.code());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("punct\\.cjk\\s+safe\\s+on\\s+.+")), r::toString);
    for (String line : r.out().split("\n")) {
      assertTrue(line.matches("[a-z0-9.-]+\\s+(safe|suggest|report)\\s+(on|off)\\s+\\S.*"), line);
    }
    Cli.Run o = Cli.run("--list-options");
    assertTrue(o.out().lines().anyMatch(l -> l.matches("keep-nbsp\\s+boolean\\s+default false\\s+.+")), o::toString);
  }

  @Test
  void helpAndVersion() {
    Cli.Run h = Cli.run("--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("--in-place") && h.out().contains("Exit codes:"), h::toString);
    assertTrue(Cli.run("--version").out().startsWith("mtclean "));
  }
}
