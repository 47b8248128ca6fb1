package org.mtclean.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in-process and captures its streams. */
final class Cli {
  /** The outcome of one run. */
  record Run(int code, byte[] stdout, String err) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out() + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Run run(String... args) {
    return run(new byte[0], AtomicOutput.Hook.NONE, args);
  }

  static Run stdin(String input, String... args) {
    return run(input.getBytes(StandardCharsets.UTF_8), AtomicOutput.Hook.NONE, args);
  }

  static Run run(byte[] input, AtomicOutput.Hook hook, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new Main(o, e, new ByteArrayInputStream(input)).writeHook(hook).run(args);
    }
    return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the command in a child JVM with the given standard input and output; stderr is captured. */
  static Run child(ProcessBuilder.Redirect in, ProcessBuilder.Redirect out, String... args)
      throws IOException {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(javaBin.toString(), "-cp", cp, Main.class.getName()));
    cmd.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(cmd).redirectInput(in).redirectOutput(out)
        .redirectError(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return new Run(p.waitFor(), new byte[0], err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** A garbled line and its cleaned form under the default rules. */
  static final String GARBLED = "The meeting started。Results follow：two regions，three cities。\n";

  static final String CLEAN = "The meeting started. Results follow: two regions, three cities.\n";
}
