package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain run ({@code mtclean < in > out}) links no lambda, method reference or other
 * invokedynamic call site of mtclean's own: the first one of a process sets up the JDK's
 * invokedynamic machinery, a tenth of the time of a short run. A child JVM traces every call
 * site it links; the test fails with the classes that linked one.
 */
class StartupLambdaTest {
  /** Classes whose call sites are known and left for now. */
  private static final List<String> KNOWN = List.of();

  @TempDir Path dir;

  @Test
  void plainRunOfTheDocumentsLinksNoCallSiteOfItsOwn() throws IOException, InterruptedException {
    Path in = dir.resolve("in.txt");
    try (Stream<Path> docs = Files.list(Path.of("test-data/documents"))) {
      StringBuilder text = new StringBuilder();
      for (Path p : docs.sorted().filter(p -> p.toString().endsWith(".input.txt")).toList()) {
        text.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
      }
      Files.writeString(in, text, StandardCharsets.UTF_8);
    }
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true",
        "-cp", System.getProperty("java.class.path"), "org.mtclean.cli.Main"));
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertEquals(0, p.waitFor());
    TreeSet<String> linked = new TreeSet<>();
    for (String line : Files.readAllLines(out, StandardCharsets.ISO_8859_1)) {
      // "linkCallSite org.mtclean.Cleaner java.lang.invoke.LambdaMetafactory.metafactory(...)"
      if (line.startsWith("linkCallSite org.mtclean.")) {
        String caller = line.split(" ")[1];
        if (!KNOWN.contains(caller)) {
          linked.add(caller);
        }
      }
    }
    assertEquals(new TreeSet<String>(), linked, "classes that linked a lambda or other invokedynamic call site");
  }
}
