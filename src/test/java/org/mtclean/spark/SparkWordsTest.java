package org.mtclean.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtclean.Cleaner;
import org.mtclean.WordList;
import org.mtclean.cli.Main;

/**
 * Word additions reach the executors: a config file's {@code "words"} in the job as in the
 * command, and {@link CleanerSettings#withWords} in the library entry points.
 */
class SparkWordsTest {
  private static final String BLDG = "The office is in Bldg. five of the park.";

  @TempDir Path dir;

  @Test
  void theJobWithAConfigsWordsCleansAsTheCommand() throws Exception {
    Path config = Files.writeString(dir.resolve("c.json"),
        "{\"words\": {\"abbreviations\": [\"Bldg\"], \"sentence-starters\": [\"Elsewhere\"]}}");
    Path in = Files.createDirectories(dir.resolve("in"));
    String text = BLDG + "\nThe plan failed in the north, Elsewhere the results were good.\n";
    Files.writeString(in.resolve("a.txt"), text);
    byte[] command = command(text, "--config", config.toString());
    assertNotEquals(new String(command(text), StandardCharsets.UTF_8),
        new String(command, StandardCharsets.UTF_8), "the words change the command's output");

    Path out = dir.resolve("out");
    SharedSpark.get();
    int code = MtCleanSpark.run(new PrintStream(new ByteArrayOutputStream()), System.err,
        in.toString(), out.toString(), "--config", config.toString());
    assertEquals(0, code);
    assertArrayEquals(command, Corpus.parts(out));
  }

  @Test
  void wordsAddedInCodeTravelWithTheSettings() throws Exception {
    CleanerSettings s = CleanerSettings.parse(List.of("--line-by-line"))
        .withWords(WordList.ABBREVIATIONS, List.of("Bldg."))
        .withWords("count-nouns", List.of("mu"))
        .withWords("abbreviations", List.of("Dist"));
    assertEquals(Map.of("abbreviations", List.of("Bldg.", "Dist"), "count-nouns", List.of("mu")), s.words());
    CleanerSettings shipped = roundTrip(s);
    assertEquals(s, shipped);
    assertEquals(s.words(), CleanerSettings.defaults().withWords("count-nouns", List.of("mu"))
        .withWords("abbreviations", List.of("Bldg.", "Dist")).withLineByLine().words());
    Cleaner c = shipped.cleaner();
    assertTrue(c.words(WordList.ABBREVIATIONS).containsAll(List.of("Bldg", "Dist", "Wash")));
    assertTrue(c.words(WordList.COUNT_NOUNS).contains("mu"));
    assertEquals(Cleaner.builder().lineByLine(true).words(WordList.ABBREVIATIONS, List.of("Bldg", "Dist"))
        .words(WordList.COUNT_NOUNS, List.of("mu")).build().clean(BLDG), c.clean(BLDG));

    SparkSession spark = SharedSpark.get();
    StructType schema = new StructType().add("en", DataTypes.StringType);
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(BLDG)), schema);
    assertEquals(BLDG, SparkCleaning.create(spark, s).cleanColumn(df, "en", "out").first().getString(1));
    assertEquals("The office is in Bldg. Five of the park.", SparkCleaning.create(spark,
        CleanerSettings.parse(List.of("--line-by-line"))).cleanColumn(df, "en", "out").first().getString(1));
  }

  @Test
  void unknownListsAndBadEntriesAreRefusedOnTheDriver() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CleanerSettings.defaults().withWords("abbreviation", List.of("Bldg")));
    assertTrue(e.getMessage().contains("known lists: abbreviations"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CleanerSettings.defaults().withWords(WordList.UNITS, List.of(" ")));
    assertEquals(Map.of(), CleanerSettings.defaults().words());
  }

  private static CleanerSettings roundTrip(CleanerSettings s) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(s);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (CleanerSettings) in.readObject();
    }
  }

  /** What {@code mtclean --line-by-line} writes for {@code text} on standard input. */
  private static byte[] command(String text, String... options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("--line-by-line", "-j", "1"));
    args.addAll(List.of(options));
    if (options.length == 0) {
      args.add("--no-config");
    }
    int code = new Main(new PrintStream(out), new PrintStream(err),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).run(args.toArray(String[]::new));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
