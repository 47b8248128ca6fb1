package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtclean.Edit;
import org.mtclean.Position;
import org.mtclean.RuleKind;

/** Extra finding sources (the place where a grammar checker plugs in). */
class ExtraCheckTest {
  @TempDir Path dir;

  /** Reports every "very" in the cleaned text, at close. */
  static final ExtraCheck VERY =
      (name, findings) ->
          new StringWriter() {
            @Override
            public void close() {
              String text = toString();
              for (int i = text.indexOf("very"); i >= 0; i = text.indexOf("very", i + 1)) {
                Position p = new Position(i, i, 1, i + 1);
                Position q = new Position(i + 4, i + 4, 1, i + 5);
                findings.onEdit(new Edit("extra.very", RuleKind.REPORT, p, q, "very", null,
                    "weak intensifier in " + name, false));
              }
            }
          };

  @Test
  void findingsGoToTheReportAndNotIntoTheText() throws Exception {
    Path a = Cli.write(dir.resolve("a.txt"), "A very good plan，very good。\n");
    Path report = dir.resolve("r.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
            java.io.InputStream.nullInputStream())
        .addCheck(VERY)
        .run("--report", report.toString(), "-j", "2", a.toString(), a.toString());
    assertEquals(0, code, err::toString);
    assertEquals("A very good plan, very good.\n", out.toString(StandardCharsets.UTF_8));
    JsonObject root = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
    JsonArray edits = root.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("edits");
    long very = 0;
    for (var e : edits) {
      JsonObject o = e.getAsJsonObject();
      if (o.get("rule").getAsString().equals("extra.very")) {
        very++;
        assertFalse(o.get("applied").getAsBoolean());
        assertTrue(o.get("replacement").isJsonNull());
        assertEquals("weak intensifier in " + a, o.get("message").getAsString());
      }
    }
    assertEquals(2, very);
    assertEquals(2, root.getAsJsonObject("totals").getAsJsonObject("rules").getAsJsonObject("extra.very")
        .get("proposed").getAsLong());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("proposed: extra.very 2"), err::toString);
  }
}
