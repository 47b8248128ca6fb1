package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: every {@code test-data/**}{@code /NAME.input.txt} is cleaned and compared with
 * {@code NAME.expected.txt}; the expected file must clean to itself (idempotence); both are also
 * checked with CRLF line endings and with a BOM. An optional {@code NAME.options} file sets up the
 * cleaner: one {@code key=value} a line, where key is {@code enable}, {@code disable},
 * {@code profile} or an option name.
 */
public class GoldenTest {
  public static final Path ROOT = Path.of("test-data");

  public static List<Path> inputs() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".input.txt")).sorted().toList();
    }
  }

  public static Path expectedFor(Path input) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.length() - ".input.txt".length()) + ".expected.txt");
  }

  /** The key=value lines of the input's {@code .options} file, in order (none without one). */
  public static List<Map.Entry<String, String>> options(Path input) throws IOException {
    String name = input.getFileName().toString();
    Path options = input.resolveSibling(name.substring(0, name.length() - ".input.txt".length()) + ".options");
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (Files.exists(options)) {
      for (String line : Files.readAllLines(options, StandardCharsets.UTF_8)) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        out.add(Map.entry(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
      }
    }
    return out;
  }

  public static Cleaner cleanerFor(Path input) throws IOException {
    Cleaner.Builder b = Cleaner.builder();
    for (Map.Entry<String, String> o : options(input)) {
      String value = o.getValue();
      switch (o.getKey()) {
        case "enable" -> b.enable(value.split(","));
        case "disable" -> b.disable(value.split(","));
        case "profile" -> b.profile(Profile.valueOf(value.toUpperCase().replace('-', '_')));
        default -> b.option(o.getKey(), value);
      }
    }
    return b.build();
  }

  public static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  @Test
  void everyInputHasAnExpectedFile() throws IOException {
    List<Path> inputs = inputs();
    assertFalse(inputs.isEmpty(), "no golden files under " + ROOT.toAbsolutePath());
    List<String> missing = new ArrayList<>();
    for (Path in : inputs) {
      if (!Files.exists(expectedFor(in))) {
        missing.add(in.toString());
      }
    }
    assertTrue(missing.isEmpty(), "inputs without an expected file: " + missing);
  }

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    return inputs().stream()
        .flatMap(
            in -> {
              Path expected = expectedFor(in);
              String name = ROOT.relativize(in).toString();
              return Stream.of(
                  DynamicTest.dynamicTest(name, () -> check(in, expected, "", "\n")),
                  DynamicTest.dynamicTest(name + " [CRLF]", () -> check(in, expected, "", "\r\n")),
                  DynamicTest.dynamicTest(name + " [BOM]", () -> check(in, expected, "\uFEFF", "\n")));
            });
  }

  private static void check(Path in, Path expectedPath, String bom, String eol) throws IOException {
    if (!Files.exists(expectedPath)) {
      fail("missing " + expectedPath);
    }
    Cleaner cleaner = cleanerFor(in);
    String input = bom + read(in).replace("\n", eol);
    String expected = bom + read(expectedPath).replace("\n", eol);
    CleanResult result = cleaner.clean(input);
    assertEquals(expected, result.text(), () -> "cleaning " + in + "\nedits:\n" + edits(result));
    assertEquals(expected, cleaner.cleanText(input), () -> "cleanText of " + in);
    CleanResult again = cleaner.clean(expected);
    assertEquals(expected, again.text(), () -> "not idempotent: " + expectedPath + "\n" + edits(again));
    assertFalse(again.changed(), () -> "expected file still changes: " + edits(again));
  }

  static String edits(CleanResult r) {
    StringBuilder b = new StringBuilder();
    r.edits().forEach(e -> b.append("  ").append(e).append('\n'));
    return b.toString();
  }
}
