package org.mtclean.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.mtclean.cli.Main;

/**
 * A generated corpus for the Spark tests and bench: lines of the golden inputs in random order,
 * with blank and whitespace lines, and the command's output for it.
 */
final class Corpus {
  final List<String> quoteless = new ArrayList<>();
  final List<String> all = new ArrayList<>();

  Corpus(Path testData) {
    try (Stream<Path> files = Files.walk(testData)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".input.txt")).sorted().toList()) {
        for (String line : Files.readString(f).split("\r?\n")) {
          if (line.isBlank() || line.indexOf('\r') >= 0) {
            continue;
          }
          all.add(line);
          if (line.indexOf('"') < 0 && line.indexOf('\u201C') < 0 && line.indexOf('\u201D') < 0) {
            quoteless.add(line);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * About {@code size} chars of lines: {@code quietLines} lines without quotes first (so that
   * the quote style is decided in a later split), then {@code firstQuote}, then any lines, one
   * in twenty blank or spaces only. Each line ends with {@code eol}.
   */
  String text(Random random, int size, int quietLines, String firstQuote, String eol) {
    StringBuilder b = new StringBuilder(size + 1000);
    for (int i = 0; i < quietLines; i++) {
      b.append(quoteless.get(random.nextInt(quoteless.size()))).append(eol);
    }
    b.append(firstQuote).append(eol);
    while (b.length() < size) {
      int r = random.nextInt(20);
      String line = r == 0 ? "" : r == 1 ? " \t " : all.get(random.nextInt(all.size()));
      b.append(line).append(eol);
    }
    return b.toString();
  }

  /** What {@code mtclean --line-by-line} writes for {@code input} on standard input. */
  static byte[] command(byte[] input, String... options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 1024);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("--line-by-line", "--no-config", "-j", "1"));
    args.addAll(List.of(options));
    int code = new Main(new PrintStream(out), new PrintStream(err), new ByteArrayInputStream(input))
        .run(args.toArray(String[]::new));
    if (code != 0) {
      throw new AssertionError("mtclean exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** The part files of a job's output directory, concatenated in name order. */
  static byte[] parts(Path dir) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.write(Files.readAllBytes(p));
      }
    }
    return all.toByteArray();
  }
}
