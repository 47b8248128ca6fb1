package org.mtclean.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .mtclean.json} settings file:
 *
 * <pre>{@code
 * {
 *   "enable": ["rule.or.family", ...],
 *   "disable": ["..."],
 *   "applySuggestions": true,
 *   "lineByLine": false,
 *   "options": {"keep-nbsp": true, "some-number": 10, "some-choice": "value"},
 *   "include": ["*.txt"],
 *   "exclude": ["drafts/**"]
 * }
 * }</pre>
 *
 * Every key is optional; an unknown key is an error, so that a typo never goes unnoticed.
 * Option values may be JSON strings, numbers or booleans; their names and meaning come from
 * the cleaner ({@code --list-options}). Immutable.
 *
 * @param source the file read
 */
record ConfigFile(
    Path source,
    List<String> enable,
    List<String> disable,
    Boolean applySuggestions,
    Boolean lineByLine,
    Map<String, String> options,
    List<String> include,
    List<String> exclude) {

  /** The name looked for in the working directory and the inputs' parent directories. */
  static final String NAME = ".mtclean.json";

  private static final Set<String> KEYS =
      Set.of("enable", "disable", "applySuggestions", "lineByLine", "options", "include", "exclude");

  /**
   * Reads a config file.
   *
   * @throws UsageException when the file is missing, not JSON, or has unknown keys or wrong types
   */
  static ConfigFile load(Path file) {
    JsonElement root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonReader jr = new JsonReader(r);
      jr.setStrictness(Strictness.STRICT);
      root = JsonParser.parseReader(jr);
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read config file: " + e.getMessage());
    } catch (JsonParseException e) {
      throw new UsageException(file + ": not valid JSON: " + rootMessage(e));
    }
    if (!root.isJsonObject()) {
      throw new UsageException(file + ": the config file must hold a JSON object");
    }
    JsonObject obj = root.getAsJsonObject();
    for (String key : obj.keySet()) {
      if (!KEYS.contains(key)) {
        throw new UsageException(
            file + ": unknown key \"" + key + "\" (known keys: enable, disable, applySuggestions, "
                + "lineByLine, options, include, exclude)");
      }
    }
    Boolean apply = bool(file, obj, "applySuggestions");
    Boolean lineByLine = bool(file, obj, "lineByLine");
    Map<String, String> options = new LinkedHashMap<>();
    if (obj.has("options")) {
      JsonElement v = obj.get("options");
      if (!v.isJsonObject()) {
        throw new UsageException(file + ": \"options\" must be an object of name: value");
      }
      for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
        if (!e.getValue().isJsonPrimitive()) {
          throw new UsageException(
              file + ": option \"" + e.getKey() + "\" must be a string, number or boolean");
        }
        JsonPrimitive p = e.getValue().getAsJsonPrimitive();
        options.put(e.getKey(), p.getAsString());
      }
    }
    return new ConfigFile(
        file,
        strings(file, obj, "enable"),
        strings(file, obj, "disable"),
        apply,
        lineByLine,
        options,
        strings(file, obj, "include"),
        strings(file, obj, "exclude"));
  }

  /** The boolean at {@code key}, or null when the key is absent. */
  private static Boolean bool(Path file, JsonObject obj, String key) {
    if (!obj.has(key)) {
      return null;
    }
    JsonElement v = obj.get(key);
    if (!(v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean())) {
      throw new UsageException(file + ": \"" + key + "\" must be true or false");
    }
    return v.getAsBoolean();
  }

  /**
   * The config file that applies: the first {@value #NAME} in {@code start} or its parents, or
   * else in the working directory; {@code null} when there is none.
   */
  static Path find(Path start, Path workingDir) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    Path cwd = workingDir.resolve(NAME);
    return Files.isRegularFile(cwd) ? cwd : null;
  }

  /** The deepest directory that holds every input (for files, their parent directory). */
  static Path commonBase(List<Path> inputs, Path workingDir) {
    Path base = null;
    for (Path p : inputs) {
      Path abs = workingDir.resolve(p).toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      if (dir == null) {
        continue;
      }
      if (base == null) {
        base = dir;
      } else {
        while (!dir.startsWith(base)) {
          base = base.getParent();
        }
      }
    }
    return base == null ? workingDir : base;
  }

  private static List<String> strings(Path file, JsonObject obj, String key) {
    List<String> out = new ArrayList<>();
    if (!obj.has(key)) {
      return out;
    }
    JsonElement v = obj.get(key);
    if (!v.isJsonArray()) {
      throw new UsageException(file + ": \"" + key + "\" must be an array of strings");
    }
    JsonArray arr = v.getAsJsonArray();
    for (JsonElement e : arr) {
      if (!(e.isJsonPrimitive() && e.getAsJsonPrimitive().isString())) {
        throw new UsageException(file + ": \"" + key + "\" must be an array of strings");
      }
      out.add(e.getAsString());
    }
    return out;
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e.getMessage();
  }
}
