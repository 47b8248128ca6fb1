package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that fails has the same report entry, stderr and summary for any {@code -j}, and none
 * of its edits count: it was not changed.
 */
class FailedFileReportTest {
  @TempDir Path dir;

  /** Many garbled paragraphs (more than one -j batch), then bytes that are not UTF-8. */
  private Path failing() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < 30_000; i++) {
      b.writeBytes(("paragraph " + i + " ,with edits。\n\n").getBytes(StandardCharsets.UTF_8));
    }
    b.writeBytes(new byte[] {(byte) 0xff, 'x', '\n'});
    b.writeBytes("after ,the error\n".getBytes(StandardCharsets.UTF_8));
    return Files.write(dir.resolve("bad.txt"), b.toByteArray());
  }

  @Test
  void reportAndSummaryAreTheSameForAnyJobs() throws IOException {
    Path bad = failing();
    Path good = Cli.write(dir.resolve("good.txt"), Cli.GARBLED);
    String[][] inputs = {{bad.toString()}, {good.toString(), bad.toString(), good.toString()}};
    for (String[] files : inputs) {
      String first = null;
      String firstErr = null;
      for (String jobs : new String[] {"1", "2", "3"}) {
        Path report = dir.resolve("r" + jobs + ".json");
        String[] args = new String[files.length + 7];
        System.arraycopy(new String[] {"--no-config", "--check", "-v", "--report", report.toString(), "-j", jobs}, 0, args, 0, 7);
        System.arraycopy(files, 0, args, 7, files.length);
        Cli.Run r = Cli.run(args);
        assertEquals(3, r.code(), r::toString);
        String json = Files.readString(report);
        JsonObject totals = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("totals");
        // the same files without the failing one
        Path refReport = dir.resolve("ref.json");
        String[] ref = java.util.Arrays.stream(args).filter(x -> !x.equals(bad.toString()))
            .map(x -> x.equals(report.toString()) ? refReport.toString() : x).toArray(String[]::new);
        Cli.Run without = Cli.run(ref);
        JsonObject refTotals = JsonParser.parseString(Files.readString(refReport)).getAsJsonObject()
            .getAsJsonObject("totals");
        assertEquals(refTotals.get("applied"), totals.get("applied"), json);
        assertEquals(refTotals.get("rules"), totals.get("rules"), json);
        assertTrue(json.contains("\"edits\":[],\"status\":\"failed\""), "no edits for the failed file");
        assertEquals(tail(without.err()), tail(r.err()), r::toString);
        if (first == null) {
          first = json;
          firstErr = r.err();
        } else {
          assertEquals(first, json, "-j " + jobs);
          assertEquals(firstErr, r.err(), "-j " + jobs);
        }
      }
    }
  }

  /** The summary after "skipped": the edits by rule. */
  private static String tail(String err) {
    return err.substring(err.lastIndexOf("skipped"));
  }

  @Test
  void standardInputThatFailsReportsNoEdits() throws IOException {
    byte[] in = Files.readAllBytes(failing());
    String first = null;
    for (String jobs : new String[] {"1", "2"}) {
      Cli.Run r = Cli.run(in, AtomicOutput.Hook.NONE, "--check", "--no-config", "--report", "-", "-j", jobs);
      assertEquals(3, r.code(), r::toString);
      assertTrue(r.out().contains("\"edits\":[],\"status\":\"failed\""), r.out());
      assertTrue(r.out().contains("\"bytes\":null"), r.out());
      assertTrue(r.err().contains("0 failed") || r.err().contains("1 failed"), r.err());
      assertTrue(!r.err().contains("fixable"), r.err());
      if (first == null) {
        first = r.out();
      } else {
        assertEquals(first, r.out());
      }
    }
  }
}
