package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.cli.Cli.CLEAN;
import static org.mtclean.cli.Cli.GARBLED;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.Cli.write;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtclean.Cleaner;
import org.mtclean.Profile;
import picocli.CommandLine;

/** The JSON report, rule selection, options and config files. */
class CommandReportConfigTest {
  @TempDir Path dir;

  @Test
  void reportHasEveryEditAndCounts() throws IOException {
    Path a = write(dir.resolve("a.txt"), "Intro line\n" + GARBLED);
    Path b = write(dir.resolve("b.txt"), CLEAN);
    Path bad = dir.resolve("c.txt");
    Files.write(bad, new byte[] {'o', 'k', (byte) 0xFF});
    Path report = dir.resolve("report.json");
    Cli.Run r = Cli.run("-q", "--check", "--report", report.toString(), dir.toString());
    assertEquals(3, r.code(), r::toString);
    JsonObject root = JsonParser.parseString(read(report)).getAsJsonObject();
    assertEquals(1, root.get("schema").getAsInt());
    JsonArray files = root.getAsJsonArray("files");
    assertEquals(3, files.size());

    JsonObject fa = files.get(0).getAsJsonObject();
    assertEquals(a.toString(), fa.get("path").getAsString());
    assertEquals("changed", fa.get("status").getAsString());
    assertEquals("UTF-8", fa.get("encoding").getAsString());
    assertEquals(Files.size(a), fa.get("bytes").getAsLong());
    assertTrue(fa.get("error").isJsonNull());
    JsonArray edits = fa.getAsJsonArray("edits");
    assertEquals(4, edits.size());
    JsonObject e0 = edits.get(0).getAsJsonObject();
    assertEquals("punct.cjk", e0.get("rule").getAsString());
    assertEquals("safe", e0.get("kind").getAsString());
    assertTrue(e0.get("applied").getAsBoolean());
    assertEquals(2, e0.get("line").getAsLong());
    assertEquals(20, e0.get("column").getAsLong());
    assertEquals(11 + 19, e0.get("offset").getAsLong());
    assertEquals(21, e0.get("endColumn").getAsLong());
    assertEquals("。", e0.get("original").getAsString());
    assertEquals(". ", e0.get("replacement").getAsString());
    assertFalse(e0.get("message").getAsString().isEmpty());
    assertEquals(4, fa.getAsJsonObject("rules").getAsJsonObject("punct.cjk").get("applied").getAsLong());
    assertEquals(4, fa.get("applied").getAsLong());

    JsonObject fb = files.get(1).getAsJsonObject();
    assertEquals("unchanged", fb.get("status").getAsString());
    assertEquals(0, fb.getAsJsonArray("edits").size());

    JsonObject fc = files.get(2).getAsJsonObject();
    assertEquals("failed", fc.get("status").getAsString());
    assertTrue(fc.get("error").getAsString().contains("byte offset 2"), fc::toString);

    JsonObject totals = root.getAsJsonObject("totals");
    assertEquals(3, totals.get("files").getAsLong());
    assertEquals(1, totals.get("changed").getAsLong());
    assertEquals(1, totals.get("unchanged").getAsLong());
    assertEquals(1, totals.get("failed").getAsLong());
    assertEquals(4, totals.getAsJsonObject("rules").getAsJsonObject("punct.cjk").get("applied").getAsLong());
  }

  @Test
  void reportOnStdoutWithInPlaceAndTrickyStrings() throws IOException {
    Path a = write(dir.resolve("quote\"and\\slash.txt"), "He said \" hi \"。\n");
    Cli.Run r = Cli.run("-q", "-i", "--report", "-", a.toString());
    assertEquals(0, r.code(), r::toString);
    JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
    JsonObject f = root.getAsJsonArray("files").get(0).getAsJsonObject();
    assertEquals(a.toString(), f.get("path").getAsString());
    assertTrue(f.getAsJsonObject("rules").has("quotes.padding"), f::toString);
    assertEquals("He said \"hi\".\n", read(a));
  }

  @Test
  void reportForStdinWithCheck() {
    Cli.Run r = Cli.stdin(GARBLED, "-q", "--check", "--report", "-");
    assertEquals(1, r.code());
    JsonObject f = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject();
    assertEquals("<stdin>", f.get("path").getAsString());
    assertEquals(4, f.getAsJsonArray("edits").size());
  }

  @Test
  void enableAndDisableRules() {
    String in = "Was it worth it？yes ,it was。\n";
    assertEquals("Was it worth it? Yes, it was.\n", Cli.stdin(in, "-q").out());
    assertEquals("Was it worth it? yes, it was.\n", Cli.stdin(in, "-q", "--disable", "case.sentence-start").out());
    assertEquals("Was it worth it? yes ,it was.\n", Cli.stdin(in, "-q", "--disable", "case,space").out());
  }

  @Test
  void optionsFromCommandLine() {
    String in = "A\u00A0B and C\u3000D\n";
    assertEquals("A B and C D\n", Cli.stdin(in, "-q").out());
    assertEquals("A\u00A0B and C D\n", Cli.stdin(in, "-q", "--option", "keep-nbsp=true").out());
  }

  @Test
  void configFileInAParentDirectoryApplies() throws IOException {
    write(dir.resolve(".mtclean.json"),
        "{\"disable\": [\"case.sentence-start\"], \"options\": {\"keep-nbsp\": true}, \"applySuggestions\": false}");
    Path a = write(dir.resolve("sub/a.txt"), "One。two\u00A0words\n");
    Cli.Run r = Cli.run("-q", a.toString());
    assertEquals("One. two\u00A0words\n", r.out(), r::toString);
    assertEquals("One. Two words\n", Cli.run("-q", "--no-config", a.toString()).out());
    // the command line wins over the file
    assertEquals("One. Two\u00A0words\n", Cli.run("-q", "--enable", "case", a.toString()).out());
    assertEquals("One. two words\n", Cli.run("-q", "--option", "keep-nbsp=false", a.toString()).out());
  }

  @Test
  void numberAndEnumOptionsFromConfigAndCommandLine() throws IOException {
    String in = "The firm has forty-two branches and sales rose fifteen percent.\n";
    Path cfg = write(dir.resolve("n.json"), "{\"options\": {\"number-threshold\": 101, \"percent-style\": \"sign\"}}");
    assertEquals("The firm has 42 branches and sales rose 15 percent.\n", Cli.stdin(in, "-q", "--no-config").out());
    assertEquals("The firm has forty-two branches and sales rose 15%.\n",
        Cli.stdin(in, "-q", "--config", cfg.toString()).out());
    assertEquals("The firm has forty-two branches and sales rose 15 percent.\n",
        Cli.stdin(in, "-q", "--config", cfg.toString(), "--option", "percent-style=word").out());
    Cli.Run bad = Cli.stdin(in, "--option", "number-threshold=ten");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("expected a whole number"), bad::toString);
  }

  @Test
  void explicitConfigWithIncludeAndExclude() throws IOException {
    Path cfg = write(dir.resolve("cfg.json"), "{\"include\": [\"*.md\"], \"exclude\": [\"skip*\"]}");
    write(dir.resolve("in/a.md"), "a ,b\n");
    write(dir.resolve("in/skip.md"), "s ,t\n");
    write(dir.resolve("in/c.txt"), "c ,d\n");
    Cli.Run r = Cli.run("-q", "--config", cfg.toString(), dir.resolve("in").toString());
    assertEquals("a, b\n", r.out(), r::toString);
  }

  @Test
  void badConfigFilesAreUsageErrors() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    String[][] cases = {
      {"{\"disabel\": []}", "unknown key \"disabel\""},
      {"{\"options\": {\"no-such-option\": 1}}", "unknown option 'no-such-option'"},
      {"{\"options\": {\"keep-nbsp\": \"perhaps\"}}", "takes true or false"},
      {"{\"enable\": \"punct\"}", "\"enable\" must be an array of strings"},
      {"{\"applySuggestions\": \"yes\"}", "must be true or false"},
      {"{\"lineByLine\": 1}", "\"lineByLine\" must be true or false"},
      {"{\"options\": {\"keep-nbsp\": [true]}}", "must be a string, number or boolean"},
      {"[1]", "must hold a JSON object"},
      {"{\"enable\": [\"punct\",]}", "not valid JSON"},
      {"{\"enable\": [\"nosuch\"]}", "unknown rule 'nosuch'"},
    };
    for (String[] c : cases) {
      Path cfg = write(dir.resolve(".mtclean.json"), c[0]);
      Cli.Run r = Cli.run(a.toString());
      assertEquals(2, r.code(), r::toString);
      assertTrue(r.err().contains(cfg.toString()) && r.err().contains(c[1]), () -> c[0] + " -> " + r);
    }
    assertEquals(GARBLED, read(a));
  }

  @Test
  void applySuggestionsFromFlagOrConfig() throws IOException {
    assertEquals(Profile.SAFE, cleanerFor().profile());
    assertEquals(Profile.APPLY_SUGGESTIONS, cleanerFor("--apply-suggestions").profile());
    Path cfg = write(dir.resolve("c.json"), "{\"applySuggestions\": true, \"disable\": [\"punct.cjk\"]}");
    Cleaner c = cleanerFor("--config", cfg.toString());
    assertEquals(Profile.APPLY_SUGGESTIONS, c.profile());
    assertFalse(c.rules().stream().anyMatch(r -> r.id().equals("punct.cjk")));
    assertTrue(cleanerFor("--config", cfg.toString(), "--enable", "punct.cjk").rules().stream()
        .anyMatch(r -> r.id().equals("punct.cjk")));
  }

  @Test
  void lineByLineFromFlagOrConfigKeepsEveryLine() throws IOException {
    assertFalse(cleanerFor().lineByLine());
    assertTrue(cleanerFor("--line-by-line").lineByLine());
    Path cfg = write(dir.resolve("c.json"), "{\"lineByLine\": true}");
    assertTrue(cleanerFor("--config", cfg.toString()).lineByLine());
    String corpus = "first segment。\nsecond segment\n\n\n\nthe \" left\nright \" one\n";
    Path a = write(dir.resolve("corpus.txt"), corpus);
    for (String jobs : new String[] {"1", "2"}) {
      Cli.Run r = Cli.run("--line-by-line", "-j", jobs, a.toString());
      assertEquals(0, r.code(), r::toString);
      assertEquals("first segment.\nsecond segment\n\n\n\nthe \" left\nright \" one\n", r.out());
    }
  }

  private static Cleaner cleanerFor(String... args) {
    CleanCommand cmd = new CleanCommand(System.out, System.err, System.in, AtomicOutput.Hook.NONE);
    new CommandLine(cmd).parseArgs(args);
    return cmd.cleaner(null);
  }
}
