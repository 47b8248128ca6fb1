package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/mtclean finds the jar, makes its class-data-sharing archive once, and uses it. */
class LauncherIT {
  @TempDir Path dir;

  @Test
  void launcherCleansAndUsesItsArchive() throws Exception {
    Path jar = dir.resolve("mtclean.jar");
    Files.copy(Path.of("target", "mtclean.jar"), jar);
    Path log = dir.resolve("classload.log");

    Result first = run(Map.of("MTCLEAN_JAR", jar.toString()), "hello ，world。\n");
    assertEquals(0, first.code, first.err);
    assertEquals("hello, world.\n", first.out);
    List<Path> archives;
    try (Stream<Path> s = Files.list(dir)) {
      archives = s.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
    }
    assertEquals(1, archives.size(), "one archive next to the jar: " + archives);
    long made = Files.getLastModifiedTime(archives.get(0)).toMillis();

    Result second = run(Map.of("MTCLEAN_JAR", jar.toString(),
        "MTCLEAN_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "a , b\n");
    assertEquals(0, second.code, second.err);
    assertEquals("a, b\n", second.out);
    assertEquals(made, Files.getLastModifiedTime(archives.get(0)).toMillis(), "archive reused");
    String loads = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(loads.lines().anyMatch(
            l -> l.contains("org.mtclean.cli.Main ") && l.contains("shared objects file")),
        "mtclean's classes come from the archive");
  }

  @Test
  void missingJarIsAClearError() throws Exception {
    Result r = run(Map.of("MTCLEAN_JAR", dir.resolve("none.jar").toString()), "");
    assertEquals(2, r.code);
    assertTrue(r.err.startsWith("mtclean: cannot find mtclean.jar"), r.err);
  }

  private record Result(int code, String out, String err) {}

  private Result run(Map<String, String> env, String input) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sh", Path.of("bin", "mtclean").toString());
    pb.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    Process p = pb.redirectInput(in.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
