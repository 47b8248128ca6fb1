package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mtclean.cli.Cli.CLEAN;
import static org.mtclean.cli.Cli.GARBLED;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.Cli.write;
import static org.mtclean.cli.FileNamesTest.latin1;
import static org.mtclean.cli.FileNamesTest.named;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What -i and -o do with the file system: files that change while they are cleaned, names that
 * are not UTF-8 or are long, links under the output directory, files that are not regular, links
 * named on the command line.
 */
class CommandFilesTest {
  @TempDir Path dir;

  private static final FileTime PAST = FileTime.fromMillis(1_000_000_000_000L);

  /** A hook that runs {@code action} only for the temp file of {@code name}. */
  private static AtomicOutput.Hook on(String name, AtomicOutput.Hook action) {
    return tmp -> {
      if (tmp.getFileName().toString().startsWith("." + name + ".")) {
        action.beforeMove(tmp);
      }
    };
  }

  private List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** a.txt (garbled, old mtime) and b.txt (garbled) in dir. */
  private Path twoFiles() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    write(dir.resolve("b.txt"), GARBLED);
    Files.setLastModifiedTime(a, PAST);
    return a;
  }

  @Test
  void aFileOverwrittenWhileItIsCleanedIsLeftAsTheOtherProgramMadeIt() throws IOException {
    Path a = twoFiles();
    String saved = "Saved by an editor meanwhile.\n";
    Cli.Run r = Cli.run(new byte[0], on("a.txt", tmp -> Files.writeString(a, saved)), "-i", "--backup", ".bak",
        dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains(a + ": changed by another program while it was cleaned"), r::toString);
    assertEquals(saved, read(a));
    assertEquals(CLEAN, read(dir.resolve("b.txt")), "the others go on");
    assertEquals(List.of("a.txt", "b.txt", "b.txt.bak"), names(dir), "no temp file, no backup of a");
  }

  @Test
  void anOverwriteOfTheSameSizeIsSeenToo() throws IOException {
    Path a = twoFiles();
    String same = "x".repeat(GARBLED.getBytes(StandardCharsets.UTF_8).length - 1) + "\n";
    Cli.Run r = Cli.run(new byte[0], on("a.txt", tmp -> Files.writeString(a, same)), "-i", dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertEquals(same, read(a));
  }

  @Test
  void aFileReplacedByRenameWhileItIsCleanedKeepsTheNewVersion() throws IOException {
    Path a = twoFiles();
    Path fresh = write(dir.resolve("editor.tmp"), GARBLED + "One more line。\n");
    Files.setLastModifiedTime(fresh, PAST); // same time as the old one: the inode tells
    Cli.Run r = Cli.run(new byte[0],
        on("a.txt", tmp -> Files.move(fresh, a, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)),
        "-i", dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertEquals(GARBLED + "One more line。\n", read(a));
  }

  @Test
  void aFileDeletedWhileItIsCleanedIsNotRecreated() throws IOException {
    Path a = twoFiles();
    Cli.Run r = Cli.run(new byte[0], on("a.txt", tmp -> Files.delete(a)), "-i", dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains(a + ": deleted while it was cleaned; not recreated"), r::toString);
    assertEquals(List.of("b.txt"), names(dir));
  }

  @Test
  void anInputChangedWhileItIsCleanedToAnOutputDirectoryWritesNoOutput() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = write(in.resolve("a.txt"), GARBLED);
    write(in.resolve("b.txt"), GARBLED);
    Files.setLastModifiedTime(a, PAST);
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run(new byte[0], on("a.txt", tmp -> Files.writeString(a, "new text\n")), "-o", out.toString(),
        in.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("a.txt: changed by another program while it was read"), r::toString);
    assertEquals(List.of("b.txt"), names(out));
  }

  /**
   * Stdout and --check: the file is changed once its cleaning has begun (by an extra check,
   * which starts after the file is opened); what was read is a mix, so nothing of it is printed.
   */
  @Test
  void aFileChangedWhileItIsReadToStandardOutputOrCheckedFails() throws IOException {
    Path a = twoFiles();
    for (List<String> mode : List.of(List.<String>of(), List.of("--check"), List.of("--diff"))) {
      write(a, GARBLED);
      Files.setLastModifiedTime(a, PAST);
      ExtraCheck appendToA = (name, findings) -> {
        if (name.endsWith("a.txt")) {
          Files.writeString(a, "More text。\n", java.nio.file.StandardOpenOption.APPEND);
        }
        return java.io.Writer.nullWriter();
      };
      List<String> args = new ArrayList<>(mode);
      args.add(dir.toString());
      Cli.Run r = withCheck(appendToA, args.toArray(String[]::new));
      String e = r.err();
      String o = r.out();
      assertEquals(3, r.code(), mode + "\n" + e);
      assertTrue(e.contains(a + ": changed by another program while it was read"), e);
      if (mode.isEmpty()) {
        assertEquals(CLEAN, o, "b.txt only");
      } else {
        assertFalse(o.contains("a.txt"), o);
      }
    }
  }

  /** Runs the command with an extra check, which starts on each file once it is open. */
  private static Cli.Run withCheck(ExtraCheck check, String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = new Main(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, StandardCharsets.UTF_8), new java.io.ByteArrayInputStream(new byte[0]))
        .addCheck(check).run(args);
    return new Cli.Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFileDeletedOnceItsCleaningHasBegunIsNotRecreated() throws IOException {
    Path a = twoFiles();
    Cli.Run r = withCheck((name, findings) -> {
      if (name.endsWith("a.txt")) {
        Files.delete(a);
      }
      return java.io.Writer.nullWriter();
    }, "-i", dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains(a + ": deleted while it was cleaned; not recreated"), r::toString);
    assertEquals(List.of("b.txt"), names(dir));
  }

  @Test
  void backupsOfNamesThatAreNotUtf8DoNotCollide() throws IOException {
    Path fc = named(dir, latin1("bad\u00fc.txt"));
    Path fd = named(dir, latin1("bad\u00fd.txt"));
    Files.writeString(fc, "first，one。\n");
    Files.writeString(fd, "second，one。\n");
    Cli.Run r = Cli.run("-q", "-i", "--backup", ".orig", dir.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("first, one.\n", read(fc));
    assertEquals("second, one.\n", read(fd));
    assertEquals("first，one。\n", read(named(dir, latin1("bad\u00fc.txt.orig"))));
    assertEquals("second，one。\n", read(named(dir, latin1("bad\u00fd.txt.orig"))));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(4, s.count(), "no other file (no temp file)");
    }
  }

  @Test
  void namesOfDifferentBytesAreReportedApart() throws IOException {
    Files.writeString(named(dir, latin1("bad\u00fc.txt")), "x\n");
    Path fd = named(dir, latin1("bad\u00fd.txt"));
    Files.write(fd, new byte[] {(byte) 0xFF, '\n'});
    Cli.Run r = Cli.run("-i", dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("$'" + dir + "/bad\\xfd.txt': malformed UTF-8"), r::toString);
  }

  @Test
  void listAndDiffGiveTheBytesOfNamesThatAreNotUtf8() throws IOException {
    Path fc = named(dir, latin1("bad\u00fc.txt"));
    Files.writeString(fc, GARBLED);
    Cli.Run list = Cli.run("-q", "--list", dir.toString());
    assertEquals(1, list.code(), list::toString);
    byte[] expected = (dir + "/bad\u00fc.txt\n").getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(expected, list.stdout(), "the name as it is, for xargs");
    Cli.Run diff = Cli.run("-q", "--diff", dir.toString());
    assertTrue(diff.out().startsWith("--- \"" + dir + "/bad\\374.txt\"\n+++ \"" + dir + "/bad\\374.txt\"\n"),
        diff::toString);
  }

  @Test
  void longNamesAreCleanedInPlaceAndToAnOutputDirectory() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : List.of("n".repeat(250) + ".txt", "中".repeat(83) + ".txt", "é".repeat(125) + ".txt")) {
      assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255);
      files.add(write(dir.resolve("in").resolve(name), GARBLED));
    }
    Cli.Run o = Cli.run("-q", "-o", dir.resolve("out").toString(), dir.resolve("in").toString());
    assertEquals(0, o.code(), o::toString);
    Cli.Run i = Cli.run("-q", "-i", "--backup", "~", dir.resolve("in").toString());
    assertEquals(0, i.code(), i::toString);
    for (Path f : files) {
      assertEquals(CLEAN, read(f));
      assertEquals(CLEAN, read(dir.resolve("out").resolve(f.getFileName())));
    }
    // the backup name of a 255-byte name cannot exist: that file fails, with the reason
    Path full = write(dir.resolve("full").resolve("m".repeat(251) + ".txt"), GARBLED);
    Cli.Run b = Cli.run("-i", "--backup", ".orig", full.toString());
    assertEquals(3, b.code(), b::toString);
    assertTrue(b.err().contains(full + ": cannot make the backup: File name too long"), b::toString);
    assertEquals(GARBLED, read(full));
    assertEquals(1, names(full.getParent()).size());
  }

  @Test
  void aBackupNameTakenByALinkOrADirectoryNeverReachesWhatIsThere() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path b = write(dir.resolve("b.txt"), GARBLED);
    Path victim = write(dir.resolve("victim"), "keep me\n");
    Files.createSymbolicLink(dir.resolve("a.txt.orig"), victim);
    Files.createDirectory(dir.resolve("b.txt.orig"));
    Cli.Run r = Cli.run("-i", "--backup", ".orig", a.toString(), b.toString());
    assertEquals(3, r.code(), r::toString);
    assertEquals("keep me\n", read(victim));
    assertEquals(GARBLED, read(dir.resolve("a.txt.orig")), "the link is replaced by the backup");
    assertFalse(Files.isSymbolicLink(dir.resolve("a.txt.orig")));
    assertTrue(r.err().contains(b + ": cannot make the backup: a directory has that name"), r::toString);
    assertEquals(GARBLED, read(b));
    assertTrue(Files.isDirectory(dir.resolve("b.txt.orig")));
  }

  @Test
  void linksInsideTheOutputDirectoryAreNotFollowed() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.txt"), GARBLED);
    write(in.resolve("sub/b.txt"), GARBLED);
    write(in.resolve("c.txt"), GARBLED);
    Path victim = write(dir.resolve("victim.txt"), "keep me\n");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("a.txt"), Path.of("../victim.txt"));
    Files.createSymbolicLink(out.resolve("sub"), Path.of("../elsewhere"));
    Cli.Run r = Cli.run("-o", out.toString(), in.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains(out.resolve("a.txt") + " is a symbolic link"), r::toString);
    assertTrue(r.err().contains(out.resolve("sub") + " is a symbolic link"), r::toString);
    assertTrue(r.err().contains("1 changed, 0 unchanged, 2 failed"), r::toString);
    assertEquals("keep me\n", read(victim));
    assertEquals(List.of(), names(elsewhere));
    assertTrue(Files.isSymbolicLink(out.resolve("a.txt")) && Files.isSymbolicLink(out.resolve("sub")));
    assertEquals(CLEAN, read(out.resolve("c.txt")));
  }

  @Test
  void theOutputDirectoryItselfMayBeALink() throws IOException {
    Path in = write(dir.resolve("in/a.txt"), GARBLED).getParent();
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("out"), real);
    Cli.Run r = Cli.run("-q", "-o", link.toString(), in.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(CLEAN, read(real.resolve("a.txt")));
  }

  @Test
  void aLinkToADirectoryNamedOnTheCommandLineIsFollowed() throws IOException {
    Path real = write(dir.resolve("real/a.txt"), GARBLED).getParent();
    write(dir.resolve("other/b.txt"), GARBLED);
    Files.createSymbolicLink(real.resolve("inner"), dir.resolve("other"));
    Path link = Files.createSymbolicLink(dir.resolve("linkdir"), Path.of("real"));
    Cli.Run check = Cli.run("--check", link.toString());
    assertEquals(1, check.code(), check::toString);
    assertTrue(check.err().contains("would clean " + link.resolve("a.txt")) && check.err().contains("1 file:"),
        check::toString);
    Cli.Run r = Cli.run("-q", "-i", link.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(CLEAN, read(real.resolve("a.txt")));
    assertEquals(GARBLED, read(dir.resolve("other/b.txt")), "a link inside the walk is not followed");
    assertTrue(Files.isSymbolicLink(link));
    // an output directory inside it, named through the link, is not walked into on the next run
    for (int run = 0; run < 2; run++) {
      Cli.Run o = Cli.run("-q", "-o", link.resolve("out").toString(), link.toString());
      assertEquals(0, o.code(), o::toString);
    }
    assertEquals(List.of("a.txt"), names(real.resolve("out")));
  }

  private Path fifo(Path p) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
    assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", p.toString()).start().waitFor());
    return p;
  }

  /** Opens {@code fifo} for writing in the background, so that an old version that reads it does not hang. */
  private static Thread feed(Path fifo) {
    Thread t = new Thread(() -> {
      try {
        Files.writeString(fifo, GARBLED);
      } catch (IOException ignored) {
        // the test looks at the result
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Lets a feeder that still waits for a reader finish. The reader opens the pipe on a daemon
   * thread of its own: if the feeder ends between the check and the open, nothing will write, and
   * the open would block forever.
   */
  private static void release(Thread feeder, Path fifo) throws InterruptedException {
    if (feeder.isAlive() && Files.exists(fifo)) {
      Thread drain = new Thread(() -> {
        try (var in = Files.newInputStream(fifo)) {
          in.readAllBytes();
        } catch (IOException ignored) {
          // only there to unblock the feeder
        }
      });
      drain.setDaemon(true);
      drain.start();
    }
    feeder.join(10_000);
  }

  @Test
  void inPlaceRefusesANamedPipeAndSkipsOnesFoundInDirectories() throws Exception {
    Path p = fifo(dir.resolve("pipe.txt"));
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Thread feeder = feed(p);
    try {
      Cli.Run named = Cli.run("-i", p.toString());
      assertEquals(3, named.code(), named::toString);
      assertTrue(named.err().contains(p + ": not a regular file (named pipe); --in-place rewrites regular files only"),
          named::toString);
      assertTrue(isFifo(p), "still a pipe");
      Cli.Run walked = Cli.run("-i", dir.toString());
      assertEquals(0, walked.code(), walked::toString);
      assertTrue(walked.err().contains(p + ": skipped, not a regular file (named pipe)"), walked::toString);
      assertTrue(isFifo(p));
      assertEquals(CLEAN, read(a));
    } finally {
      release(feeder, p);
    }
  }

  @Test
  void aPipeNamedOnTheCommandLineIsStillReadToStandardOutput() throws Exception {
    Path p = fifo(dir.resolve("pipe"));
    Thread feeder = feed(p);
    try {
      Cli.Run r = Cli.run("-q", p.toString());
      assertEquals(0, r.code(), r::toString);
      assertEquals(CLEAN, r.out());
    } finally {
      release(feeder, p);
    }
  }

  private static boolean isFifo(Path p) throws IOException {
    return ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000) == 0010000;
  }
}
