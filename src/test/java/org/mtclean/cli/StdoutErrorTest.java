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
    Path in = Files.writeString(dir.resolve("a.txt"), Cli.GARBLED.repeat(1000));
    Child c = toDevFull("--no-config", in.toString());
    assertEquals(3, c.code(), c.err());
    assertTrue(c.err().contains("cannot write to standard output: No space left on device"), c.err());
  }

  /** Every kind of stdout data, small enough to sit in the buffer until the end of the run. */
  @Test
  void listReportDiffAndListingsOnAFullDiskFail() throws IOException, InterruptedException {
    Path in = Files.writeString(dir.resolve("a.txt"), Cli.GARBLED);
    String[][] runs = {
      {"--no-config", "--list", in.toString()},
      {"--no-config", "--check", "--report", "-", in.toString()},
      {"--no-config", "--diff", in.toString()},
      {"--no-config", in.toString()},
      {"--list-rules"},
      {"--list-options"},
      {"--version"},
    };
    for (String[] args : runs) {
      Child c = toDevFull(args);
      assertEquals(3, c.code(), () -> String.join(" ", args) + "\n" + c.err());
      assertTrue(c.err().contains("cannot write to standard output: No space left on device"),
          () -> String.join(" ", args) + "\n" + c.err());
    }
  }

  /** In-process, with a stream that fails as a closed pipe does. */
  @Test
  void writeErrorsOnAnyStdoutAreExitThree() throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), Cli.GARBLED);
    String[][] runs = {
      {"--no-config", "--list", in.toString()},
      {"--no-config", "--check", "--report", "-", in.toString()},
      {"--no-config", "--diff", in.toString()},
      {"--list-rules"},
      {"--help"},
    };
    for (String[] args : runs) {
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      java.io.OutputStream broken = new java.io.OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("Broken pipe");
        }
      };
      int code;
      try (java.io.PrintStream o = new java.io.PrintStream(broken, false, StandardCharsets.UTF_8);
          java.io.PrintStream e = new java.io.PrintStream(err, true, StandardCharsets.UTF_8)) {
        code = new Main(o, e, java.io.InputStream.nullInputStream()).run(args);
      }
      String msg = err.toString(StandardCharsets.UTF_8);
      assertEquals(3, code, () -> String.join(" ", args) + "\n" + msg);
      assertTrue(msg.contains("mtclean: cannot write to standard output"), msg);
      assertEquals(1, msg.split("cannot write to standard output", -1).length - 1, msg);
    }
  }

  private record Child(int code, String err) {}

  private static Child toDevFull(String... args) throws IOException, InterruptedException {
    File full = new File("/dev/full");
    assumeTrue(full.exists() && full.canWrite(), "needs /dev/full");
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-cp", cp, Main.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(full)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Child(p.waitFor(), err);
  }
}
