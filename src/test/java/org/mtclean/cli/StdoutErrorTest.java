package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real process's standard output, in a child JVM: its write errors say why. */
class StdoutErrorTest {
  @TempDir Path dir;

  @Test
  void aFullDiskIsNamed() throws IOException, InterruptedException {
    File full = new File("/dev/full");
    assumeTrue(full.exists() && full.canWrite(), "needs /dev/full");
    Path in = Files.writeString(dir.resolve("a.txt"), Cli.GARBLED.repeat(1000));
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp", cp, Main.class.getName(), "--no-config", in.toString()))
        .redirectOutput(full)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, p.waitFor(), err);
    assertTrue(err.contains("cannot write to standard output: No space left on device"), err);
  }
}
