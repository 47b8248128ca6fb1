package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report matches docs/report.schema.json. The check covers the parts of JSON Schema the
 * file uses (type, const, enum, required, additionalProperties, properties, items, $ref,
 * minimum), so the schema cannot drift from what the command writes.
 */
class ReportSchemaTest {
  @TempDir Path dir;

  @Test
  void reportMatchesTheSchema() throws Exception {
    Cli.write(dir.resolve("in/a.txt"), "The meeting started。Signed in 北京 today ，ok.\n");
    Cli.write(dir.resolve("in/b.txt"), "Nothing to do here.\n");
    Files.write(dir.resolve("in/bad.txt"), new byte[] {'a', (byte) 0xff, '\n'});
    Cli.Run r = Cli.run("--check", "-q", "--report", "-", dir.resolve("in").toString());
    JsonObject schema = JsonParser.parseString(
        Files.readString(Path.of("docs/report.schema.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    JsonElement report = JsonParser.parseString(r.out());
    List<String> errors = new ArrayList<>();
    validate(schema, schema, report, "$", errors);
    assertEquals(List.of(), errors, r.out());
    assertTrue(r.out().contains("\"schemaVersion\":1"));
  }

  private static void validate(JsonObject root, JsonObject s, JsonElement v, String at,
      List<String> errors) {
    if (s.has("$ref")) {
      String name = s.get("$ref").getAsString().substring("#/$defs/".length());
      s = root.getAsJsonObject("$defs").getAsJsonObject(name);
    }
    if (s.has("const") && !s.get("const").equals(v)) {
      errors.add(at + ": not " + s.get("const"));
    }
    if (s.has("enum") && !s.getAsJsonArray("enum").contains(v)) {
      errors.add(at + ": " + v + " not in " + s.get("enum"));
    }
    if (s.has("type")) {
      List<String> types = new ArrayList<>();
      if (s.get("type").isJsonArray()) {
        s.getAsJsonArray("type").forEach(t -> types.add(t.getAsString()));
      } else {
        types.add(s.get("type").getAsString());
      }
      if (types.stream().noneMatch(t -> is(t, v))) {
        errors.add(at + ": " + v + " is not " + types);
        return;
      }
    }
    if (s.has("minimum") && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
        && v.getAsDouble() < s.get("minimum").getAsDouble()) {
      errors.add(at + ": below minimum");
    }
    if (v.isJsonObject()) {
      JsonObject o = v.getAsJsonObject();
      if (s.has("required")) {
        for (JsonElement k : s.getAsJsonArray("required")) {
          if (!o.has(k.getAsString())) {
            errors.add(at + ": missing " + k);
          }
        }
      }
      JsonObject props = s.has("properties") ? s.getAsJsonObject("properties") : new JsonObject();
      for (Map.Entry<String, JsonElement> e : o.entrySet()) {
        if (props.has(e.getKey())) {
          validate(root, props.getAsJsonObject(e.getKey()), e.getValue(), at + "." + e.getKey(), errors);
        } else if (s.has("additionalProperties")) {
          JsonElement ap = s.get("additionalProperties");
          if (ap.isJsonPrimitive() && !ap.getAsBoolean()) {
            errors.add(at + ": unexpected " + e.getKey());
          } else if (ap.isJsonObject()) {
            validate(root, ap.getAsJsonObject(), e.getValue(), at + "." + e.getKey(), errors);
          }
        }
      }
    }
    if (v.isJsonArray() && s.has("items")) {
      int i = 0;
      for (JsonElement e : v.getAsJsonArray()) {
        validate(root, s.getAsJsonObject("items"), e, at + "[" + i++ + "]", errors);
      }
    }
  }

  private static boolean is(String type, JsonElement v) {
    return switch (type) {
      case "object" -> v.isJsonObject();
      case "array" -> v.isJsonArray();
      case "string" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
      case "integer" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
          && v.getAsDouble() == Math.rint(v.getAsDouble());
      case "number" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber();
      case "boolean" -> v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean();
      case "null" -> v.isJsonNull();
      default -> false;
    };
  }
}
