package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtclean.TestSeeds;

/**
 * {@link WordFileData} holds the word list files as they are, and {@link WordFiles#entries} reads
 * a text as {@code BufferedReader.readLine} splits it. When a file changes, regenerate the class:
 * {@code mvn test -Dtest=WordFileDataTest -Dmtclean.regenerate=true}.
 */
class WordFileDataTest {
  private static final Path WORDS = Path.of("src/main/resources/org/mtclean/words");
  private static final Path SOURCE = Path.of("src/main/java/org/mtclean/internal/WordFileData.java");

  @Test
  void theClassHoldsTheFilesAsTheyAre() throws IOException {
    String expected = source();
    if (Boolean.getBoolean("mtclean.regenerate")) {
      Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(SOURCE, StandardCharsets.UTF_8),
        "WordFileData is not the word list files: regenerate it with "
            + "mvn test -Dtest=WordFileDataTest -Dmtclean.regenerate=true");
    for (String name : names()) {
      assertEquals(Files.readString(WORDS.resolve(name + ".txt"), StandardCharsets.UTF_8),
          WordFileData.text(name), name);
    }
  }

  @Test
  void entriesAreTheLinesAsReadLineSplitsThem() throws IOException {
    long seed = TestSeeds.seed("WordFileDataTest");
    Random random = new Random(seed);
    String alphabet = "ab #\n\r\t\u00E9\u3000";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(List.copyOf(readLines(text.toString())), List.copyOf(WordFiles.entries(text.toString())),
          "seed " + seed + ", text \"" + text + "\"");
    }
  }

  /** The entries as the lists were read before: BufferedReader lines, up to '#', stripped. */
  private static Set<String> readLines(String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    BufferedReader r = new BufferedReader(new StringReader(text));
    for (String line; (line = r.readLine()) != null; ) {
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
    return Set.copyOf(out);
  }

  private static List<String> names() throws IOException {
    try (Stream<Path> paths = Files.walk(WORDS)) {
      return paths.filter(f -> f.toString().endsWith(".txt"))
          .map(f -> WORDS.relativize(f).toString().replace('\\', '/').replace(".txt", ""))
          .sorted().toList();
    }
  }

  private static String source() throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("package org.mtclean.internal;\n\n")
        .append("/**\n")
        .append(" * The word list files under {@code org/mtclean/words/} (which the jar ships as well), for\n")
        .append(" * {@link WordFiles}: the class comes from the class-data-sharing archive, where reading the\n")
        .append(" * first resource opens the jar, whose 11,000 entries cost a short run a tenth of its time.\n")
        .append(" * Generated from the files by WordFileDataTest, which fails when they differ; regenerate with\n")
        .append(" * {@code mvn test -Dtest=WordFileDataTest -Dmtclean.regenerate=true}. Do not edit.\n")
        .append(" */\n")
        .append("final class WordFileData {\n")
        .append("  private WordFileData() {}\n\n")
        .append("  /** The text of {@code org/mtclean/words/NAME.txt}, or null for a name it does not hold. */\n")
        .append("  static String text(String name) {\n")
        .append("    switch (name) {\n");
    for (String name : names()) {
      b.append("      case \"").append(name).append("\": return \"")
          .append(escape(Files.readString(WORDS.resolve(name + ".txt"), StandardCharsets.UTF_8)))
          .append("\";\n");
    }
    b.append("      default: return null;\n")
        .append("    }\n")
        .append("  }\n")
        .append("}\n");
    return b.toString();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\%03o", (int) c));
          } else if (c < 0x7F) {
            b.append(c);
          } else {
            b.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return b.toString();
  }
}
