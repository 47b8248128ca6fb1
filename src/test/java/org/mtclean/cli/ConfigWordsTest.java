package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file's {@code "words"} adds to the word lists; an unknown list is exit 2. */
class ConfigWordsTest {
  @TempDir Path dir;

  private static final String TEXT = "The office is in Bldg. five of the park.\n";

  @Test
  void anAddedAbbreviationChangesTheOutput() throws IOException {
    Path a = write(dir.resolve("a.txt"), TEXT);
    Path plain = write(dir.resolve("plain.json"), "{}");
    Cli.Run r = Cli.run("--config", plain.toString(), "--stdout", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("The office is in Bldg. Five of the park.\n", r.out());
    Path cfg = write(dir.resolve("cfg.json"), "{\"words\": {\"abbreviations\": [\"Bldg\"]}}");
    r = Cli.run("--config", cfg.toString(), "--stdout", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(TEXT, r.out());
  }

  @Test
  void anAddedUnitChangesTheOutput() throws IOException {
    Path a = write(dir.resolve("a.txt"), "The line carries 40kV of power.\n");
    Cli.Run r = Cli.run("--config", write(dir.resolve("plain.json"), "{}").toString(), "--stdout",
        a.toString());
    assertEquals("The line carries 40kV of power.\n", r.out(), r::toString);
    Path cfg = write(dir.resolve("cfg.json"), "{\"words\": {\"units\": [\"kV\"]}}");
    r = Cli.run("--config", cfg.toString(), "--stdout", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals("The line carries 40 kV of power.\n", r.out());
  }

  @Test
  void unknownListsAndWrongShapesAreErrors() throws IOException {
    rejected("{\"words\": {\n\"abbreviation\": [\"Bldg\"]}}", "cfg.json:2: unknown word list \"abbreviation\"",
        "abbreviations, sentence-starters, count-nouns");
    rejected("{\"words\": [\"Bldg\"]}", "\"words\" must be an object");
    rejected("{\"words\": {\"abbreviations\": \"Bldg\"}}", "must be an array of strings");
    rejected("{\"words\": {\"abbreviations\": [\"Bldg\"], \"abbreviations\": []}}", "is given twice");
    rejected("{\"words\": {\"count-nouns\": [\"  \"]}}", "word list count-nouns");
  }

  private void rejected(String config, String... fragments) throws IOException {
    Path a = write(dir.resolve("a.txt"), TEXT);
    Path cfg = write(dir.resolve("cfg.json"), config);
    Cli.Run r = Cli.run("--config", cfg.toString(), "-i", a.toString());
    assertEquals(2, r.code(), () -> config + "\n" + r);
    for (String f : fragments) {
      assertTrue(r.err().contains(f), () -> config + " lacks [" + f + "]\n" + r);
    }
    assertEquals(TEXT, read(a), config);
  }
}
