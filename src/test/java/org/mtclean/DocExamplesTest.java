package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mtclean.cli.Main;

/**
 * The examples in the README and docs are what mtclean does, so they cannot go stale:
 * <ul>
 *   <li>every {@code `before` → `after`} pair in a table of the docs (the rule tables): cleaning
 *       {@code before} alone gives {@code after}; a pair after the word {@code proposing} is the
 *       proposal of a finding, not an edit, and a row that says {@code (in context)} is left out;
 *   <li>every shell transcript block that starts with {@code $ printf '...' | mtclean ARGS}: the
 *       command prints what follows (standard output, then standard error).
 * </ul>
 */
class DocExamplesTest {
  private static final Pattern PAIR = Pattern.compile("`([^`]+)` → `([^`]*)`");
  private static final Pattern TRANSCRIPT =
      Pattern.compile("```\n\\$ printf '([^']*)' \\| mtclean ([^\n]*)\n(.*?)```", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> pairsInTheDocsAreWhatTheCleanerDoes() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : docs()) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (!line.startsWith("| ") || line.contains("(in context)")) {
          continue;
        }
        Matcher m = PAIR.matcher(line);
        while (m.find()) {
          if (line.substring(0, m.start()).endsWith("proposing ")) {
            continue;
          }
          String before = m.group(1);
          String after = m.group(2);
          tests.add(DynamicTest.dynamicTest(doc.getFileName() + ": " + before + " → " + after,
              () -> assertEquals(after.strip(), MtClean.clean(before).strip(),
                  "the example in the docs, cleaned alone (write '(in context)' on its line "
                      + "if it needs a sentence around it)")));
        }
      }
    }
    assertTrue(tests.size() > 20, "the docs' examples were found");
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> transcriptsInTheDocsAreWhatTheCommandPrints() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : docs()) {
      Matcher m = TRANSCRIPT.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        String input = printf(m.group(1));
        String[] args = m.group(2).trim().split(" +");
        String expected = m.group(3);
        tests.add(DynamicTest.dynamicTest(doc.getFileName() + ": mtclean " + m.group(2), () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ByteArrayOutputStream err = new ByteArrayOutputStream();
          new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
              .run(args);
          assertEquals(expected, out.toString(StandardCharsets.UTF_8)
              + err.toString(StandardCharsets.UTF_8));
        }));
      }
    }
    return tests.stream();
  }

  /** The escapes of printf's format that the docs use: \n, \t, \\. */
  private static String printf(String format) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '\\' && i + 1 < format.length()) {
        char n = format.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(Path.of("README.md"));
    try (Stream<Path> s = Files.list(Path.of("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }
}
