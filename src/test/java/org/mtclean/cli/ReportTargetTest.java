package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mtclean.cli.Cli.GARBLED;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report FILE} never lands on one of the run's own files: a usage error before any work. */
class ReportTargetTest {
  @TempDir Path dir;

  @Test
  void reportOntoAnInputIsAUsageErrorEvenUnderCheck() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    for (String mode : new String[] {"--check", "--diff", "--list", "-i", "--stdout"}) {
      Cli.Run r = Cli.run("--no-config", mode, "--report", a.toString(), a.toString());
      assertEquals(2, r.code(), () -> mode + "\n" + r);
      assertTrue(r.err().contains("--report " + a + " is the input"), r::toString);
      assertEquals(GARBLED, read(a), mode);
      assertEquals("", r.out(), "nothing done before the check");
    }
  }

  @Test
  void reportOntoAFileFoundInAnInputDirectoryOrThroughALink() throws IOException {
    Path in = dir.resolve("in");
    Path b = write(in.resolve("sub/b.txt"), GARBLED);
    Cli.Run r = Cli.run("--no-config", "--check", "--report", b.toString(), in.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("is the input"), r::toString);
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), b);
    Cli.Run viaLink = Cli.run("--no-config", "-i", "--report", link.toString(), in.toString());
    assertEquals(2, viaLink.code(), viaLink::toString);
    Cli.Run relative = Cli.run("--no-config", "--check", "--report",
        in.resolve("sub/../sub/./b.txt").toString(), b.toString());
    assertEquals(2, relative.code(), relative::toString);
    assertEquals(GARBLED, read(b));
  }

  @Test
  void reportOntoAnOutputFileOrABackup() throws IOException {
    Path in = dir.resolve("in");
    Path a = write(in.resolve("a.txt"), GARBLED);
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("--no-config", "-o", out.toString(), "--report", out.resolve("a.txt").toString(), in.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("is the output of"), r::toString);
    assertFalse(Files.exists(out), "no work before the check");
    Cli.Run backup = Cli.run("--no-config", "-i", "--backup", ".orig", "--report", a + ".orig", a.toString());
    assertEquals(2, backup.code(), backup::toString);
    assertTrue(backup.err().contains("is the backup of"), backup::toString);
    assertEquals(GARBLED, read(a));
  }

  @Test
  void reportOntoTheConfigFile() throws IOException {
    Path cfg = write(dir.resolve("cfg.json"), "{\"disable\": [\"case\"]}");
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Cli.Run r = Cli.run("--config", cfg.toString(), "--check", "--report", cfg.toString(), a.toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("is the config file"), r::toString);
  }

  @Test
  void aReportBesideTheInputsIsFine() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Path report = dir.resolve("a.txt.json");
    Cli.Run r = Cli.run("--no-config", "--check", "--report", report.toString(), a.toString());
    assertEquals(1, r.code(), r::toString);
    assertTrue(read(report).startsWith("{\"schema\""));
    Cli.Run dirAsReport = Cli.run("--no-config", "--check", "--report", dir.toString(), a.toString());
    assertEquals(2, dirAsReport.code(), dirAsReport::toString);
  }

  @Test
  void reportOntoTheFileOnStandardInputOrOutput() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Cli.Run in = Cli.child(ProcessBuilder.Redirect.from(a.toFile()), ProcessBuilder.Redirect.DISCARD,
        "--no-config", "--check", "--report", a.toString());
    assertEquals(2, in.code(), in::toString);
    assertTrue(in.err().contains("is standard input"), in::toString);
    assertEquals(GARBLED, read(a));
    Path out = write(dir.resolve("out.txt"), "");
    Cli.Run o = Cli.child(ProcessBuilder.Redirect.INHERIT, ProcessBuilder.Redirect.to(out.toFile()),
        "--no-config", "--report", out.toString(), a.toString());
    assertEquals(2, o.code(), o::toString);
    assertTrue(o.err().contains("is where standard output goes"), o::toString);
  }

  /** A fifo or a device (such as /dev/null) is written into; a rename would replace it by a file. */
  @Test
  void aReportIntoAFifoLeavesTheFifo() throws Exception {
    assumeTrue(DiffPatchTest.onPath("mkfifo"), "needs mkfifo");
    Path fifo = dir.resolve("fifo");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Path a = write(dir.resolve("a.txt"), GARBLED);
    java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readAllBytes(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Cli.Run r = Cli.run("--no-config", "--check", "--report", fifo.toString(), a.toString());
    assertEquals(1, r.code(), r::toString);
    String json = new String(read.get(30, java.util.concurrent.TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"schema\""), json);
    assertTrue(Files.isSameFile(fifo, fifo) && !Files.isRegularFile(fifo), "still a fifo");
  }
}
