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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes, strict decoding, encodings, binary files and failure isolation. */
class CommandSafetyTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aNewOutputFileTakesThePermissionBitsOfItsInput() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path a = write(dir.resolve("in/a.txt"), GARBLED);
    Path b = write(dir.resolve("in/b.txt"), GARBLED);
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-------"));
    Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rw-r-----"));
    // a symlinked input gives the bits of the file it points to
    Path secret = write(dir.resolve("secret.txt"), GARBLED);
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Files.createSymbolicLink(dir.resolve("in/link.txt"), secret);
    assertEquals(0, Cli.run("-q", "-o", dir.resolve("out").toString(), dir.resolve("in").toString()).code());
    for (String name : List.of("a.txt", "link.txt")) {
      Path out = dir.resolve("out").resolve(name);
      assertEquals(CLEAN, read(out));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), name);
    }
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/b.txt"))));
    // an existing, wider output is narrowed too
    Files.setPosixFilePermissions(dir.resolve("out/a.txt"), PosixFilePermissions.fromString("rw-rw-rw-"));
    assertEquals(0, Cli.run("-q", "-o", dir.resolve("out").toString(), dir.resolve("in").toString()).code());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/a.txt"))));
  }

  @Test
  void inPlaceKeepsPermissions() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
    assertEquals(0, Cli.run("-q", "-i", a.toString()).code());
    assertEquals(CLEAN, read(a));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
  }

  @Test
  void symlinkStaysALinkAndItsTargetIsCleaned() throws IOException {
    Path real = write(dir.resolve("real/target.txt"), GARBLED);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    Cli.Run r = Cli.run("-q", "-i", link.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(real, Files.readSymbolicLink(link));
    assertEquals(CLEAN, read(real));
  }

  @Test
  void backupKeepsTheOriginalOfChangedFilesOnly() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path b = write(dir.resolve("b.txt"), CLEAN);
    assertEquals(0, Cli.run("-q", "-i", "--backup", ".orig", dir.toString()).code());
    assertEquals(CLEAN, read(a));
    assertEquals(GARBLED, read(dir.resolve("a.txt.orig")));
    assertEquals(List.of("a.txt", "a.txt.orig", "b.txt"), names());
    assertEquals(CLEAN, read(b));
  }

  @Test
  void aFileReachedTwiceThroughALinkIsCleanedOnceAndItsBackupIsTheOriginal() throws IOException {
    Path real = write(dir.resolve("sub/x.txt"), GARBLED);
    Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("sub/x.txt"));
    for (String jobs : List.of("1", "2")) {
      write(real, GARBLED);
      Files.deleteIfExists(dir.resolve("sub/x.txt.bak"));
      Cli.Run r = Cli.run("-j", jobs, "-i", "--backup", ".bak", dir.toString());
      assertEquals(0, r.code(), r::toString);
      assertEquals(CLEAN, read(real));
      assertEquals(GARBLED, read(dir.resolve("sub/x.txt.bak")), "the backup holds the original");
      assertTrue(r.err().contains("sub/x.txt: the same file as") && r.err().contains("1 file: 1 changed"), r::toString);
      assertTrue(Files.isSymbolicLink(dir.resolve("link.txt")));
    }
  }

  @Test
  void anUnreadableDirectoryFailsAloneAndTheOthersAreCleaned() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ok = write(dir.resolve("in/ok/a.txt"), GARBLED);
    write(dir.resolve("in/locked/b.txt"), GARBLED);
    Path locked = dir.resolve("in/locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      // root reads everything: there is nothing to test (checked by hand as another user)
      assumeTrue(!Files.isReadable(locked), "needs a user that permissions apply to");
      Cli.Run r = Cli.run("-i", dir.resolve("in").toString());
      assertEquals(3, r.code(), r::toString);
      assertTrue(r.err().contains("in/locked: permission denied") && r.err().contains("1 changed, 0 unchanged, 1 failed"), r::toString);
      assertEquals(CLEAN, read(ok));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aReadOnlyFileIsNotReplaced() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ro = write(dir.resolve("ro.txt"), GARBLED);
    Path clean = write(dir.resolve("clean.txt"), CLEAN);
    Path rw = write(dir.resolve("rw.txt"), GARBLED);
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(clean, PosixFilePermissions.fromString("r--r--r--"));
    assumeTrue(!Files.isWritable(ro), "needs a user that permissions apply to");
    Cli.Run r = Cli.run("-i", dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("ro.txt: the file is read-only; file left unchanged")
        && r.err().contains("1 changed, 1 unchanged, 1 failed"), r::toString);
    assertEquals(GARBLED, read(ro));
    assertEquals(CLEAN, read(rw));
  }

  @Test
  void unchangedFileIsNotRewritten() throws IOException {
    Path b = write(dir.resolve("b.txt"), CLEAN);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(b, old);
    Object inode = Files.readAttributes(b, "unix:ino").get("ino");
    assertEquals(0, Cli.run("-q", "-i", b.toString()).code());
    assertEquals(old, Files.getLastModifiedTime(b));
    assertEquals(inode, Files.readAttributes(b, "unix:ino").get("ino"));
  }

  @Test
  void malformedUtf8FailsWithByteOffsetAndLeavesTheFile() throws IOException {
    byte[] bad = concat("fine line。\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, '\n'});
    Path a = dir.resolve("a.txt");
    Files.write(a, bad);
    Path b = write(dir.resolve("b.txt"), GARBLED);
    Cli.Run r = Cli.run("-i", dir.toString());
    assertEquals(3, r.code(), r::toString);
    int offset = "fine line。\n".getBytes(StandardCharsets.UTF_8).length;
    assertTrue(r.err().contains(a + ": malformed UTF-8 input at byte offset " + offset + "; file left unchanged"),
        r::toString);
    assertArrayEquals(bad, Files.readAllBytes(a));
    assertEquals(CLEAN, read(b), "one failing file does not stop the others");
    assertEquals(List.of("a.txt", "b.txt"), names());
    assertFalse(Cli.run("-q", a.toString()).out().contains("\uFFFD"));
  }

  @Test
  void malformedDeepInALargeFileLeavesNoTrace() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] line = GARBLED.getBytes(StandardCharsets.UTF_8);
    while (b.size() < 3_000_000) {
      b.write(line, 0, line.length);
    }
    int offset = b.size();
    b.write(0xFF);
    byte[] bytes = b.toByteArray();
    Path a = dir.resolve("big.txt");
    Files.write(a, bytes);
    Cli.Run r = Cli.run("-i", a.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("byte offset " + offset), r::toString);
    assertArrayEquals(bytes, Files.readAllBytes(a));
    assertEquals(List.of("big.txt"), names(), "the spilled temp file is gone");

    Cli.Run stdout = Cli.run("-q", a.toString());
    assertEquals(3, stdout.code());
    assertEquals(0, stdout.stdout().length, "no half file on stdout");
  }

  @Test
  void malformedStdinFailsWithOffset() {
    byte[] bad = concat("ok\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE4, (byte) 0xB8});
    Cli.Run r = Cli.run(bad, AtomicOutput.Hook.NONE, "-q");
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("<stdin>: malformed UTF-8 input at byte offset 3"), r::toString);
  }

  /** A hook that runs {@code action} on the temp file of a.txt only. */
  private static AtomicOutput.Hook onA(AtomicOutput.Hook action) {
    return tmp -> {
      if (tmp.getFileName().toString().startsWith(".a.txt.")) {
        action.beforeMove(tmp);
      }
    };
  }

  @Test
  void failureJustBeforeTheRenameLeavesTheOriginal() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path b = write(dir.resolve("b.txt"), GARBLED);
    AtomicOutput.Hook failOnA =
        tmp -> {
          assertTrue(Files.exists(tmp) && tmp.getParent().equals(dir.toRealPath()), "temp file in the same dir");
          assertEquals(CLEAN, read(tmp), "the temp file holds the whole new text");
          onA(t -> {
            throw new IOException("disk full (injected)");
          }).beforeMove(tmp);
        };
    Cli.Run r = Cli.run(new byte[0], failOnA, "-i", "--backup", ".bak", dir.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains(a + ": disk full (injected); file left unchanged"), r::toString);
    assertEquals(GARBLED, read(a));
    assertEquals(CLEAN, read(b));
    assertEquals(List.of("a.txt", "b.txt", "b.txt.bak"), names(), "no temp file and no backup for a");
  }

  @Test
  void runningOutOfMemoryFailsThatFileOnlyWithAClearMessage() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path b = write(dir.resolve("b.txt"), GARBLED);
    AtomicOutput.Hook oomOnA = onA(tmp -> {
      throw new OutOfMemoryError("injected");
    });
    for (String jobs : List.of("1", "2")) {
      write(a, GARBLED);
      write(b, GARBLED);
      Cli.Run r = Cli.run(new byte[0], oomOnA, "-j", jobs, "-i", dir.toString());
      assertEquals(3, r.code(), r::toString);
      assertTrue(r.err().contains(a + ": out of memory: a paragraph") && r.err().contains("-Xmx"), r::toString);
      assertEquals(GARBLED, read(a));
      assertEquals(CLEAN, read(b));
      assertEquals(List.of("a.txt", "b.txt"), names(), "no temp file");
    }
  }

  @Test
  void failureWhileWritingASpilledFileLeavesTheOriginal() throws IOException {
    StringBuilder big = new StringBuilder();
    while (big.length() < 2_000_000) {
      big.append(GARBLED);
    }
    Path a = write(dir.resolve("a.txt"), big.toString());
    Cli.Run r = Cli.run(new byte[0], tmp -> { throw new IOException("injected"); }, "-i", a.toString());
    assertEquals(3, r.code());
    assertEquals(big.toString(), read(a));
    assertEquals(List.of("a.txt"), names());
  }

  @Test
  void utf8BomIsKept() throws IOException {
    Path a = write(dir.resolve("a.txt"), "\uFEFF" + GARBLED);
    assertEquals(0, Cli.run("-q", "-i", a.toString()).code());
    assertEquals("\uFEFF" + CLEAN, read(a));
  }

  @Test
  void gb18030RoundTrip() throws IOException {
    Charset gb = Charset.forName("GB18030");
    String text = "北京报道。The meeting started。Results follow：two regions，three cities。\n";
    Path a = dir.resolve("a.txt");
    Files.write(a, text.getBytes(gb));
    Cli.Run strict = Cli.run("-i", a.toString());
    assertEquals(3, strict.code(), "GB18030 bytes are not UTF-8");
    assertTrue(strict.err().contains("malformed UTF-8 input at byte offset 0"), strict::toString);
    assertEquals(0, Cli.run("-q", "-i", "--encoding", "GB18030", a.toString()).code());
    String expected = org.mtclean.Cleaner.defaults().clean(text).text();
    assertTrue(expected.startsWith("北京报道") && expected.endsWith("two regions, three cities.\n"), expected);
    assertEquals(expected, new String(Files.readAllBytes(a), gb));
  }

  @Test
  void autoDetectsGb18030AndOutputEncodingConverts() throws IOException {
    Charset gb = Charset.forName("GB18030");
    String line = "公司召开第一季度重点工作推进会，分析经济运行情况。The group met。\n";
    Path a = dir.resolve("in/a.txt");
    Files.createDirectories(a.getParent());
    Files.write(a, line.repeat(20).getBytes(gb));
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("-v", "--encoding", "auto", "--output-encoding", "UTF-8", "-o", out.toString(),
        a.getParent().toString());
    assertEquals(0, r.code(), r::toString);
    String cleaned = read(out.resolve("a.txt"));
    assertEquals(org.mtclean.Cleaner.defaults().clean(line.repeat(20)).text(), cleaned);
    assertTrue(cleaned.contains("公司召开第一季度重点工作推进会，分析经济运行情况") && cleaned.contains("group met.\n"), cleaned);
  }

  @Test
  void autoDetectsEnglishWithAFewChineseMarksInGb18030AndKeepsIt() throws IOException {
    // ICU alone took these bytes for ISO-8859-1, and nothing was cleaned
    Charset gb = Charset.forName("GB18030");
    Path a = dir.resolve("a.txt");
    Files.write(a, GARBLED.getBytes(gb));
    Cli.Run r = Cli.run("-q", "-i", "--encoding", "auto", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertArrayEquals(CLEAN.getBytes(gb), Files.readAllBytes(a));
  }

  @Test
  void autoLooksFurtherThanTheFirstChineseMarkOfLongEnglish() throws IOException {
    // 20 KB of English before the first Chinese mark: beyond the 8 KB of the binary check
    Charset gb = Charset.forName("GB18030");
    String text = "The plan was approved by the board.\n".repeat(560) + GARBLED;
    Path a = dir.resolve("a.txt");
    Files.write(a, text.getBytes(gb));
    Cli.Run r = Cli.run("-q", "-i", "--encoding", "auto", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("The plan was approved by the board.\n".repeat(560) + CLEAN, new String(Files.readAllBytes(a), gb));
  }

  @Test
  void autoThatGuessedWrongFromTheHeadSaysSoAndLeavesTheFile() throws IOException {
    byte[] head = "a".repeat(Encodings.AUTO_SNIFF + 100).getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\n会议，开始。\n".getBytes(Charset.forName("GB18030"));
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, bytes, head.length, tail.length);
    Path a = dir.resolve("a.txt");
    Files.write(a, bytes);
    Cli.Run r = Cli.run("-i", "--encoding", "auto", a.toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("malformed UTF-8 input at byte offset " + (head.length + 1)
        + " (--encoding auto chose UTF-8 from the first 64 KB; name the encoding, e.g. --encoding GB18030); file left unchanged"), r::toString);
    assertArrayEquals(bytes, Files.readAllBytes(a));
  }

  @Test
  void utf16WithBomRoundTrips() throws IOException {
    for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path a = dir.resolve("a-" + cs.name() + ".txt");
      Files.write(a, ("\uFEFF" + GARBLED).getBytes(cs));
      Cli.Run r = Cli.run("-q", "-i", "--encoding", "UTF-16", a.toString());
      assertEquals(0, r.code(), r::toString);
      assertArrayEquals(("\uFEFF" + CLEAN).getBytes(cs), Files.readAllBytes(a), cs::name);
      // a BOM wins over the default UTF-8 too, so such a file is not taken for binary
      Files.write(a, ("\uFEFF" + GARBLED).getBytes(cs));
      assertEquals(0, Cli.run("-q", "-i", a.toString()).code());
      assertArrayEquals(("\uFEFF" + CLEAN).getBytes(cs), Files.readAllBytes(a), cs::name);
    }
    Path be = dir.resolve("nobom.txt");
    Files.write(be, GARBLED.getBytes(StandardCharsets.UTF_16BE));
    Cli.Run r = Cli.run("-q", "--encoding", "UTF-16", be.toString());
    assertArrayEquals(CLEAN.getBytes(StandardCharsets.UTF_16BE), r.stdout(), "no BOM added");
  }

  @Test
  void big5Input() throws IOException {
    Charset big5 = Charset.forName("Big5");
    Path a = dir.resolve("a.txt");
    Files.write(a, "台北報導。It rained，then cleared。\n".getBytes(big5));
    Cli.Run r = Cli.run("-q", "--encoding", "Big5", a.toString());
    String expected = org.mtclean.Cleaner.defaults().clean("台北報導。It rained，then cleared。\n").text();
    assertTrue(expected.startsWith("台北報導") && expected.endsWith("It rained, then cleared.\n"), expected);
    assertEquals(expected, new String(r.stdout(), big5));
  }

  @Test
  void unencodableOutputFailsAndWritesNothing() throws IOException {
    Path a = write(dir.resolve("in/a.txt"), "北京 news，today。\n");
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("-o", out.toString(), "--output-encoding", "US-ASCII", a.getParent().toString());
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("cannot encode"), r::toString);
    assertFalse(Files.exists(out.resolve("a.txt")));
  }

  @Test
  void binaryFilesAreSkippedWithANotice() throws IOException {
    byte[] bin = {'P', 'K', 3, 4, 0, 0, 'x', '\n'};
    Path z = dir.resolve("z.txt");
    Files.write(z, bin);
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Cli.Run r = Cli.run("-i", dir.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains(z + ": skipped, looks binary (NUL byte at offset 4)"), r::toString);
    assertTrue(r.err().contains("2 files: 1 changed, 0 unchanged, 0 failed, 1 skipped"), r::toString);
    assertArrayEquals(bin, Files.readAllBytes(z));
    assertEquals(CLEAN, read(a));
  }

  @Test
  void closedStdoutStopsTheRun() {
    java.io.OutputStream closed = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] input = GARBLED.repeat(100_000).getBytes(StandardCharsets.UTF_8);
    int code = new Main(new java.io.PrintStream(closed), new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
        new java.io.ByteArrayInputStream(input)).run("-q");
    assertEquals(3, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("<stdin>: cannot write to standard output"), err::toString);
  }

  @Test
  void binaryStdinIsAnError() {
    Cli.Run r = Cli.run(new byte[] {'a', 0, 'b'}, AtomicOutput.Hook.NONE);
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("<stdin>: looks binary (NUL byte at offset 1); nothing written"), r::toString);
    assertEquals(0, r.stdout().length);
  }

  @Test
  void crlfLineEndingsSurvive() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED.replace("\n", "\r\n") + "Second line ,ok\r\n");
    assertEquals(0, Cli.run("-q", "-i", a.toString()).code());
    assertEquals(CLEAN.replace("\n", "\r\n") + "Second line, ok\r\n", read(a));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static boolean isLink(Path p) {
    return Files.isSymbolicLink(p) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
  }
}
