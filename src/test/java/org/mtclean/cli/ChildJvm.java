package org.mtclean.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the command in a child JVM: for what an in-process run cannot show (the locale the JVM
 * starts with, another user). The classes come from a copy readable by any user.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** The outcome of one run; stderr as raw bytes decoded as UTF-8. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /**
   * A class path for a child JVM, copied under {@code dir} so that any user can read it: the
   * project's classes and the libraries the command needs to clean text.
   */
  static String classPath(Path dir) throws IOException {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    List<String> cp = new ArrayList<>();
    for (Class<?> c : List.of(Main.class, picocli.CommandLine.class, com.ibm.icu.text.CharsetDetector.class,
        com.google.gson.Gson.class, com.github.difflib.UnifiedDiffUtils.class)) {
      Path from;
      try {
        from = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (java.net.URISyntaxException e) {
        throw new IOException(e);
      }
      Path to = lib.resolve(from.getFileName());
      if (Files.isDirectory(from)) {
        copyTree(from, to);
      } else {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
      cp.add(to.toString());
    }
    openUp(dir);
    return String.join(java.io.File.pathSeparator, cp);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Makes {@code dir} and everything below readable (and directories enterable) by all. */
  static void openUp(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  static Run run(List<String> prefix, String classPath, Map<String, String> env, Path workDir, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Xshare:auto", "-cp", classPath, "org.mtclean.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
    pb.environment().putAll(env);
    Path out = Files.createTempFile("child-out", ".txt");
    Path err = Files.createTempFile("child-err", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
      Process p = pb.start();
      p.getOutputStream().close();
      int code = p.waitFor();
      return new Run(code, Files.readString(out, StandardCharsets.UTF_8),
          new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Whether this process runs as root and {@code setpriv} can run a child as another user. */
  static boolean canRunAsNobody() {
    return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv"));
  }

  /** The command prefix that runs a child as user and group 65534 (nobody). */
  static final List<String> AS_NOBODY =
      List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
}
