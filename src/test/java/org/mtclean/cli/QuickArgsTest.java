package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.TestSeeds;
import picocli.CommandLine;

/** The quick reader of common command lines reads them as picocli does, and gives up on the rest. */
class QuickArgsTest {
  private static CleanCommand command() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new CleanCommand(sink, sink, new ByteArrayInputStream(new byte[0]), null);
  }

  private static CleanCommand byPicocli(String... args) {
    CleanCommand c = command();
    new CommandLine(c).registerConverter(Path.class, FileNames::path).parseArgs(args);
    return c;
  }

  /** Every option and parameter field, with its value. */
  private static List<String> options(CleanCommand c) throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field f : CleanCommand.class.getDeclaredFields()) {
      if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
        f.setAccessible(true);
        values.add(f.getName() + "=" + f.get(c));
      }
    }
    return values;
  }

  private static void assertReadAsPicocliDoes(String... args) throws IllegalAccessException {
    CleanCommand quick = command();
    assertTrue(QuickArgs.parse(quick, args), "read: " + Arrays.toString(args));
    assertEquals(options(byPicocli(args)), options(quick), Arrays.toString(args));
  }

  @Test
  void commonLinesAreReadAsPicocliReadsThem() throws IllegalAccessException {
    assertReadAsPicocliDoes();
    assertReadAsPicocliDoes("-q");
    assertReadAsPicocliDoes("-");
    assertReadAsPicocliDoes("--check", "docs", "a.txt");
    assertReadAsPicocliDoes("--diff", "--color", "never", "in.txt");
    assertReadAsPicocliDoes("--diff", "--color=always", "in.txt");
    assertReadAsPicocliDoes("-o", "out", "-j", "2", "in");
    assertReadAsPicocliDoes("--output=out dir", "--jobs=4", "a b.txt");
    assertReadAsPicocliDoes("-i", "--backup", ".orig", "x.txt");
    assertReadAsPicocliDoes("--in-place", "--backup=~", "x.txt");
    assertReadAsPicocliDoes("--include", "*.md", "--include", "*.txt", "--exclude", "draft/*", "tree");
    assertReadAsPicocliDoes("--encoding", "GB18030", "--output-encoding", "UTF-8", "gb.txt");
    assertReadAsPicocliDoes("--line-by-line", "--apply-suggestions", "--no-config", "-v");
    assertReadAsPicocliDoes("--no-progress", "--stdout", "-l", "d");
    assertReadAsPicocliDoes("--progress", "--format", "xliff", "f.xlf");
    assertReadAsPicocliDoes("--quiet", "--verbose", "--list", "--in-place", "x");
    assertReadAsPicocliDoes("-j", "0", "x"); // picocli reads it; the command refuses it later
    assertReadAsPicocliDoes("--encoding=", "x");
  }

  @Test
  void otherLinesAreLeftToPicocli() {
    String[][] lines = {
      {"--help"}, {"-h"}, {"--version"}, {"-V"}, {"--list-rules"}, {"--list-options"},
      {"-qv"}, {"-q", "-q"}, {"--check", "--check"}, {"-o"}, {"-o", "--check"}, {"-j", "x"},
      {"-j", "-1"}, {"--jobs=+2"}, {"-j", "12345678901"}, {"--", "-file"}, {"@args.txt"},
      {"--unknown"}, {"-x"}, {"--quiet=true"}, {"--enable", "space"}, {"--disable=quotes"},
      {"--option", "numbers.threshold=3"}, {"--config", "c.json"}, {"--report", "-"},
      {"--html-report", "r.html"}, {"--source", "zh.txt"}, {"--languagetool"}, {"-o=out"},
      {"--progress", "--no-progress"}, {"-output", "x"}, {""},
    };
    for (String[] line : lines) {
      assertFalse(QuickArgs.parse(command(), line), Arrays.toString(line));
    }
  }

  /** Random lines made of the options it reads: each read as picocli reads it. */
  @Test
  void randomLinesOfKnownOptionsAreReadAsPicocliReadsThem() throws IllegalAccessException {
    long seed = TestSeeds.seed("QuickArgsTest");
    Random random = new Random(seed);
    String[] flags = {"-i", "--in-place", "--stdout", "--check", "--diff", "-l", "--list",
      "--apply-suggestions", "--line-by-line", "--no-config", "-q", "--quiet", "-v", "--verbose",
      "--progress", "--no-progress"};
    String[] valued = {"-o", "--output", "-j", "--jobs", "--encoding", "--output-encoding",
      "--color", "--format", "--include", "--exclude", "--backup"};
    String[] values = {"a", "b c", "2", "17", "dir/x", "UTF-8", "never", "*.txt", ".bak", "~", "=x"};
    int read = 0;
    for (int n = 0; n < 3000; n++) {
      List<String> args = new ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        switch (random.nextInt(3)) {
          case 0 -> args.add(flags[random.nextInt(flags.length)]);
          case 1 -> {
            String option = valued[random.nextInt(valued.length)];
            String value = values[random.nextInt(values.length)];
            if (option.startsWith("--") && random.nextBoolean()) {
              args.add(option + "=" + value);
            } else {
              args.add(option);
              args.add(value);
            }
          }
          default -> args.add(random.nextBoolean() ? "-" : "file" + random.nextInt(3) + ".txt");
        }
      }
      String[] line = args.toArray(new String[0]);
      CleanCommand quick = command();
      if (!QuickArgs.parse(quick, line)) {
        continue;
      }
      read++;
      CleanCommand slow;
      try {
        slow = byPicocli(line);
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError("seed " + seed + ": read " + args + ", which picocli refuses: " + e.getMessage(), e);
      }
      assertEquals(options(slow), options(quick), "seed " + seed + ": " + args);
    }
    assertTrue(read > 1000, "lines read: " + read);
  }
}
