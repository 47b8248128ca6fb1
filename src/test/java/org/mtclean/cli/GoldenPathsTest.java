package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.EditInvariants;
import org.mtclean.GoldenTest;
import org.mtclean.internal.TinyBatches;

/**
 * Every golden input gives the same text on every path: {@code clean(String)}, {@code
 * clean(Reader, Writer)} on one thread and in small batches on two, and the command with
 * {@code -j 1} and {@code -j 2}; and every edit of {@code clean(String)} is expressed against the
 * input (its original is the input at its offsets).
 */
class GoldenPathsTest {
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @TestFactory
  Stream<DynamicTest> everyPathGivesTheSameText() throws IOException {
    return GoldenTest.inputs().stream()
        .flatMap(in -> Stream.of(
            DynamicTest.dynamicTest(GoldenTest.ROOT.relativize(in).toString(), () -> check(in, "\n")),
            DynamicTest.dynamicTest(GoldenTest.ROOT.relativize(in) + " [CR]", () -> check(in, "\r"))));
  }

  private static void check(Path in, String eol) throws IOException {
    Cleaner cleaner = GoldenTest.cleanerFor(in);
    String input = GoldenTest.read(in).replace("\n", eol);
    CleanResult result = cleaner.clean(input);
    String text = result.text();
    EditInvariants.check(input, result.edits(), "golden " + in);
    assertEquals(text, stream(cleaner, input, 1), () -> "clean(Reader, Writer) differs: " + in);
    TinyBatches.set(64);
    try {
      assertEquals(text, stream(cleaner, input, 2), () -> "2 threads differ: " + in);
    } finally {
      TinyBatches.restore();
    }
    List<String> args = commandArgs(in);
    if (args == null) {
      return; // a profile the command has no flag for
    }
    for (String jobs : new String[] {"1", "2"}) {
      List<String> all = new ArrayList<>(args);
      all.addAll(List.of("-q", "--no-config", "-j", jobs, "-"));
      Cli.Run r = Cli.stdin(input, all.toArray(new String[0]));
      assertEquals(text, r.out(), () -> "the command with -j " + jobs + " differs: " + in + "\n" + r.err());
    }
  }

  private static String stream(Cleaner cleaner, String input, int threads) throws IOException {
    StringWriter out = new StringWriter();
    cleaner.clean(new StringReader(input), out, e -> {}, threads > 1 ? pool : null, threads);
    return out.toString();
  }

  /** The command's flags for the golden file's options, or null when one has no flag. */
  private static List<String> commandArgs(Path input) throws IOException {
    List<String> args = new ArrayList<>();
    for (Map.Entry<String, String> o : GoldenTest.options(input)) {
      String key = o.getKey();
      String value = o.getValue();
      switch (key) {
        case "enable" -> args.add("--enable=" + value);
        case "disable" -> args.add("--disable=" + value);
        case "profile" -> {
          if (!value.equals("apply-suggestions")) {
            return null;
          }
          args.add("--apply-suggestions");
        }
        default -> args.add("--option=" + key + "=" + value);
      }
    }
    return args;
  }
}
