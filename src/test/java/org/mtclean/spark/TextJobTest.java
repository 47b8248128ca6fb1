package org.mtclean.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtclean.TestSeeds;

/**
 * The text job in local[2] against the command: a generated corpus of a few MB in three files
 * (LF; CRLF with a BOM and lone CRs), cut in many splits, must come out byte for byte as
 * {@code mtclean --line-by-line} writes each file, and its report must hold the command's edits.
 */
class TextJobTest {
  @TempDir static Path dir;
  static Path input;
  static byte[] expected;
  static String stdout;
  static Path out;
  static Path report;

  @BeforeAll
  static void runJob() throws Exception {
    Random random = new Random(TestSeeds.seed("TextJobTest"));
    Corpus corpus = new Corpus(Path.of("test-data"));
    input = Files.createDirectories(dir.resolve("in"));
    // a.txt: curly quotes decided in a later split; b.txt: CRLF, a BOM, straight quotes, lone CRs
    String a = corpus.text(random, 2_400_000, 4000, "He said \u201Cyes\u201D and \"no\".", "\n");
    String b = "\uFEFF" + corpus.text(random, 700_000, 3000, "A \"straight\" one.", "\r\n")
        .replace("。\r\n", "。\rLone CR line.\r\n");
    String c = corpus.text(random, 50_000, 0, "“Curly”", "\n");
    Files.writeString(input.resolve("a.txt"), a);
    Files.writeString(input.resolve("b.txt"), b);
    Files.createDirectories(input.resolve("sub"));
    Files.writeString(input.resolve("sub/c.txt"), c);
    Files.writeString(input.resolve("_ignored.txt"), "not read");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String f : new String[] {"a.txt", "b.txt", "sub/c.txt"}) {
      all.write(Corpus.command(Files.readAllBytes(input.resolve(f))));
    }
    expected = all.toByteArray();

    out = dir.resolve("out");
    report = dir.resolve("report");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    SharedSpark.get();
    int code = MtCleanSpark.run(new PrintStream(o, true, StandardCharsets.UTF_8), System.err,
        input.toString(), out.toString(), "--line-by-line", "--split-size", "200000", "--report", report.toString());
    stdout = o.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stdout);
  }

  @Test
  void outputIsTheCommandsByteForByte() throws Exception {
    byte[] got = Corpus.parts(out);
    assertTrue(expected.length > 3_000_000, "corpus of a few MB");
    long parts;
    try (var s = Files.list(out)) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).count();
    }
    assertTrue(parts >= 10, "several partitions: " + parts);
    assertEquals(expected.length, got.length);
    assertArrayEquals(expected, got);
  }

  @Test
  void reportHoldsTheCommandsEditsByRule() throws Exception {
    Path json = dir.resolve("command-report.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new org.mtclean.cli.Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), null)
        .run("--line-by-line", "--no-config", "-j", "1", "--check", "--report", json.toString(),
            input.resolve("a.txt").toString(), input.resolve("b.txt").toString(), input.resolve("sub/c.txt").toString());
    assertTrue(code == 0 || code == 1, err.toString(StandardCharsets.UTF_8));
    JsonObject rules = JsonParser.parseString(Files.readString(json)).getAsJsonObject()
        .getAsJsonObject("totals").getAsJsonObject("rules");
    Map<String, String> want = new TreeMap<>();
    rules.entrySet().forEach(e -> want.put(e.getKey(),
        e.getValue().getAsJsonObject().get("applied").getAsLong() + "/" + e.getValue().getAsJsonObject().get("proposed").getAsLong()));

    SparkSession spark = SharedSpark.get();
    Dataset<Row> edits = spark.read().parquet(report.toString());
    edits.createOrReplaceTempView("edits");
    Map<String, String> got = new TreeMap<>();
    for (Row r : spark.sql("SELECT rule, sum(CASE WHEN applied THEN 1 ELSE 0 END), sum(CASE WHEN applied THEN 0 ELSE 1 END)"
        + " FROM edits GROUP BY rule").collectAsList()) {
      got.put(r.getString(0), r.getLong(1) + "/" + r.getLong(2));
    }
    assertEquals(want, got);
    assertTrue(stdout.contains(" edits"), stdout);
    // the places are those of the input: every edit of a.txt (LF only) at the command's line and column
    var aFile = JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonArray("files").get(0)
        .getAsJsonObject();
    assertTrue(aFile.get("path").getAsString().endsWith("a.txt"));
    java.util.List<String> wantPlaces = new java.util.ArrayList<>();
    aFile.getAsJsonArray("edits").forEach(e -> wantPlaces.add(e.getAsJsonObject().get("line").getAsLong() + ":"
        + e.getAsJsonObject().get("column").getAsLong() + " " + e.getAsJsonObject().get("rule").getAsString()));
    java.util.List<String> gotPlaces = new java.util.ArrayList<>();
    for (Row r : spark.sql("SELECT line, column, rule FROM edits WHERE file LIKE '%/a.txt'").collectAsList()) {
      gotPlaces.add(r.getLong(0) + ":" + r.getLong(1) + " " + r.getString(2));
    }
    java.util.Collections.sort(wantPlaces);
    java.util.Collections.sort(gotPlaces);
    assertTrue(wantPlaces.size() > 1000, "edits: " + wantPlaces.size());
    assertEquals(wantPlaces, gotPlaces);
  }

  @Test
  void lineNotUtf8KeptAndCountedAndLastLineGetsLf() throws Exception {
    Path in = Files.createDirectories(dir.resolve("bad-in"));
    byte[] good1 = "Revenue rose 12 %，as planned。\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'A', (byte) 0xFF, 'B', '\n'};
    byte[] last = "The end。".getBytes(StandardCharsets.UTF_8); // no LF at the end
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(good1);
    file.write(bad);
    file.write(last);
    Files.write(in.resolve("x.txt"), file.toByteArray());
    Path o = dir.resolve("bad-out");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertEquals(0, MtCleanSpark.run(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err,
        in.toString(), o.toString()));
    ByteArrayOutputStream want = new ByteArrayOutputStream();
    want.write(Corpus.command(good1));
    want.write(bad);
    want.write(Corpus.command(last));
    want.write('\n');
    assertArrayEquals(want.toByteArray(), Corpus.parts(o));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("3 lines, 1 kept as they are"), printed.toString());
  }
}
