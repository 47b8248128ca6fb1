package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class LanguageToolOptionTest {
  @Test
  void findingsGoToTheCheckListingAsSuggestions() {
    Cli.Run r = Cli.stdin("Prices rose。\n\nThe board approved approved the plan.\n", "--check", "-v", "--languagetool", "--disable", "repeat.word");
    assertEquals(Main.WOULD_CHANGE, r.code(), r.toString());
    assertTrue(r.err().contains("3:11 lt.WORD_REPEAT_RULE suggest"), r.toString());
  }

  @Test
  void findingsDoNotChangeTheOutput() {
    String text = "The board approved approved the plan.\n";
    Cli.Run r = Cli.stdin(text, "--languagetool", "--disable", "repeat.word");
    assertEquals(Main.OK, r.code(), r.toString());
    assertEquals(text, r.out());
  }

  @Test
  void positionsAreShiftedAcrossChunksOfLargeInput() {
    StringBuilder b = new StringBuilder();
    String para = "The plant opened on time and the staff celebrated the opening with their families.\n\n";
    int lines = 0;
    while (b.length() < 200_000) {
      b.append(para);
      lines += 2;
    }
    b.append("The board approved approved the plan.\n");
    Cli.Run r = Cli.stdin(b.toString(), "--check", "--languagetool", "--disable", "repeat.word", "--report", "-");
    JsonObject report = JsonParser.parseString(r.out()).getAsJsonObject();
    JsonArray edits = report.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("edits");
    JsonObject repeat = null;
    for (JsonElement e : edits) {
      if (e.getAsJsonObject().get("rule").getAsString().equals("lt.WORD_REPEAT_RULE")) {
        repeat = e.getAsJsonObject();
      }
    }
    assertTrue(repeat != null, r.err());
    assertEquals(lines + 1, repeat.get("line").getAsLong());
    assertEquals(11, repeat.get("column").getAsLong());
    assertEquals(b.indexOf("approved approved"), repeat.get("offset").getAsLong());
  }
}
