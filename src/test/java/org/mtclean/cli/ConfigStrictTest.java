package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.cli.Cli.GARBLED;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.Cli.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file is read strictly: anything but one well-formed object of known keys is exit 2. */
class ConfigStrictTest {
  @TempDir Path dir;

  private Cli.Run runWith(String config) throws IOException {
    Path cfg = write(dir.resolve("cfg.json"), config);
    Path a = dir.resolve("a.txt");
    if (!Files.exists(a)) {
      write(a, GARBLED);
    }
    return Cli.run("--config", cfg.toString(), "-i", a.toString());
  }

  private void rejected(String config, String... fragments) throws IOException {
    Cli.Run r = runWith(config);
    assertEquals(2, r.code(), () -> config + "\n" + r);
    assertTrue(r.err().contains(dir.resolve("cfg.json").toString()), () -> config + "\n" + r);
    for (String f : fragments) {
      assertTrue(r.err().contains(f), () -> config + " lacks [" + f + "]\n" + r);
    }
    assertEquals(GARBLED, read(dir.resolve("a.txt")), config);
  }

  @Test
  void trailingGarbageIsAnError() throws IOException {
    rejected("{\"disable\": [\"case\"]}\nxyz", "cfg.json:2: text after the end of the JSON object");
    rejected("{\"disable\": [\"case\"]} {}", "text after the end");
    rejected("{} []", "text after the end");
  }

  @Test
  void duplicateKeysAreErrors() throws IOException {
    rejected("{\"disable\": [\"case\"],\n \"disable\": []}", "cfg.json:2: key \"disable\" is given twice");
    rejected("{\"options\": {\"keep-nbsp\": true,\n\n \"keep-nbsp\": false}}",
        "cfg.json:3: option \"keep-nbsp\" is given twice");
  }

  @Test
  void unknownKeysAndOptionsAreErrors() throws IOException {
    rejected("{\n\"disabled\": []}", "cfg.json:2: unknown key \"disabled\"");
    rejected("{\"options\": {\n\"no-such\": 1}}", "cfg.json:2: unknown option 'no-such'");
  }

  @Test
  void optionValuesAreCheckedByTheirDefinitions() throws IOException {
    rejected("{\"options\": {\"number-threshold\": -5}}", "cfg.json:1:", "number-threshold",
        "expected a whole number from 0 up, got '-5'");
    rejected("{\"options\": {\"number-threshold\": 10.5}}", "expected a whole number");
    rejected("{\"options\": {\"number-threshold\": \"12\"}}", "option number-threshold takes a number");
    rejected("{\"options\": {\"keep-nbsp\": 1}}", "option keep-nbsp takes true or false, not 1");
    rejected("{\"options\": {\"keep-nbsp\": \"yes\"}}", "takes true or false, not \"yes\"");
    rejected("{\"options\": {\"percent-style\": true}}", "takes one of \"word\", \"sign\"");
    rejected("{\"options\": {\"percent-style\": \"both\"}}", "expected one of word, sign");
    Cli.Run cmdLine = Cli.stdin("x\n", "--no-config", "--option", "number-threshold=-1");
    assertEquals(2, cmdLine.code(), cmdLine::toString);
    assertTrue(cmdLine.err().contains("from 0 up"), cmdLine::toString);
    Cli.Run ok = runWith("{\"options\": {\"number-threshold\": 101, \"keep-nbsp\": true, \"percent-style\": \"sign\"}}");
    assertEquals(0, ok.code(), ok::toString);
  }

  @Test
  void wrongShapesNameTheLine() throws IOException {
    rejected("{\n\"enable\": [\"punct\",\n 3]}", "cfg.json:3: \"enable\" must be an array of strings");
    rejected("{\"lineByLine\": \"no\"}", "\"lineByLine\" must be true or false");
    rejected("", "not valid JSON");
    rejected("{\"enable\": [", "not valid JSON");
    rejected("null", "must hold a JSON object");
    rejected("// comment\n{}", "not valid JSON");
  }

  @Test
  void aHugeConfigIsAUsageErrorNotOutOfMemory() throws IOException {
    StringBuilder big = new StringBuilder("{\"enable\": [");
    while (big.length() < ConfigFile.MAX_BYTES + 10) {
      big.append("\"punct\", ");
    }
    big.append("\"punct\"]}");
    rejected(big.toString(), "larger than 1024 KB");
  }

  @Test
  void aConfigThatIsNotUtf8OrNotAFile() throws IOException {
    Path cfg = dir.resolve("cfg.json");
    Files.write(cfg, new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'});
    write(dir.resolve("a.txt"), GARBLED);
    Cli.Run r = Cli.run("--config", cfg.toString(), dir.resolve("a.txt").toString());
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("not UTF-8"), r::toString);
    Cli.Run d = Cli.run("--config", dir.toString(), dir.resolve("a.txt").toString());
    assertEquals(2, d.code(), d::toString);
    assertTrue(d.err().contains("it is a directory"), d::toString);
  }
}
