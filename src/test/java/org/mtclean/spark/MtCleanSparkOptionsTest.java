package org.mtclean.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: rule options as the command takes them, usage errors with exit code 2. */
class MtCleanSparkOptionsTest {
  @TempDir Path dir;

  private int run(ByteArrayOutputStream err, String... args) {
    return MtCleanSpark.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  @Test
  void ruleOptionsAreTheCommands() throws Exception {
    Path config = dir.resolve("c.json");
    Files.writeString(config, "{\"disable\": [\"case\"], \"lineByLine\": true}");
    MtCleanSpark.Options o = MtCleanSpark.Options.parse("in", "out", "--enable=punct", "--option", "keep-nbsp=true",
        "--config", config.toString(), "--report", "r");
    assertEquals(List.of("punct"), o.settings().enable());
    assertEquals(List.of("keep-nbsp=true"), o.settings().options());
    assertTrue(o.settings().cleaner().lineByLine());
    assertFalse(o.settings().cleaner().rules().stream().anyMatch(r -> r.id().startsWith("case.")));
    assertEquals("r", o.report());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CleanerSettings.parse(List.of("--enable", "no.such-rule")));
    assertTrue(e.getMessage().contains("no.such-rule"), e.getMessage());
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(MtCleanSpark.USAGE, run(err, "only-input"));
    assertEquals(MtCleanSpark.USAGE, run(err, "in", "out", "--frobnicate"));
    assertEquals(MtCleanSpark.USAGE, run(err, "in", "out", "--split-size", "-1"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--frobnicate'"), err.toString());
    Path in = Files.writeString(dir.resolve("in.txt"), "a\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    SharedSpark.get();
    assertEquals(MtCleanSpark.USAGE, run(err, in.toString(), out.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists"), err.toString());
  }
}
