package org.mtclean.cli;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtclean.WordList;

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
 *   "words": {"abbreviations": ["Bldg", "Dist"], "count-nouns": ["mu"]},
 *   "include": ["*.txt"],
 *   "exclude": ["drafts/**"]
 * }
 * }</pre>
 *
 * Read strictly: one JSON object and nothing after it, no key twice, no unknown key, so that a
 * typo or a half-merged file never goes unnoticed; at most {@link #MAX_BYTES}. Every key is
 * optional. Option values are checked against the options' definitions when the cleaner is built
 * ({@link RuleSelection}). Immutable.
 *
 * @param source the file read
 * @param options option name to its JSON value, in file order
 * @param words word list name ({@link org.mtclean.WordList}) to the entries to add, in file order
 */
record ConfigFile(
    Path source,
    List<String> enable,
    List<String> disable,
    Boolean applySuggestions,
    Boolean lineByLine,
    Map<String, Value> options,
    Map<String, List<String>> words,
    List<String> include,
    List<String> exclude) {

  /** The name looked for in the inputs' directory and its parents. */
  static final String NAME = ".mtclean.json";

  /** The largest config file read: settings fit in a few hundred bytes. */
  static final int MAX_BYTES = 1 << 20;

  private static final Set<String> KEYS =
      Set.of("enable", "disable", "applySuggestions", "lineByLine", "options", "words", "include",
          "exclude");

  /** The JSON type of an option value. */
  enum Type {
    BOOLEAN,
    NUMBER,
    STRING
  }

  /**
   * An option's value as written.
   *
   * @param text the value (a number or boolean as written in the file)
   * @param line its line in the file
   */
  record Value(String text, Type type, int line) {}

  /**
   * Reads a config file.
   *
   * @throws UsageException when the file cannot be read, is too large, not UTF-8, not JSON, or
   *     has unknown or repeated keys, wrong types or text after the object; the message names
   *     the file and the line
   */
  static ConfigFile load(Path file) {
    return parse(file, read(file));
  }

  /** Reads the text of a config file already read from {@code file}, as {@link #load} does. */
  static ConfigFile parse(Path file, String text) {
    JsonReader r = new JsonReader(new StringReader(text));
    r.setStrictness(Strictness.STRICT);
    Builder b = new Builder(file);
    try {
      if (r.peek() != JsonToken.BEGIN_OBJECT) {
        throw new UsageException(Names.quote(file) + ": the config file must hold a JSON object");
      }
      r.beginObject();
      Set<String> seen = new HashSet<>();
      while (r.hasNext()) {
        String key = r.nextName();
        String at = at(file, r);
        if (!KEYS.contains(key)) {
          throw new UsageException(at + "unknown key \"" + key + "\" (known keys: enable, disable, "
              + "applySuggestions, lineByLine, options, words, include, exclude)");
        }
        if (!seen.add(key)) {
          throw new UsageException(at + "key \"" + key + "\" is given twice");
        }
        b.value(key, r);
      }
      r.endObject();
      boolean end;
      try {
        end = r.peek() == JsonToken.END_DOCUMENT;
      } catch (MalformedJsonException e) {
        end = false;
      }
      if (!end) {
        throw new UsageException(at(file, r) + "text after the end of the JSON object");
      }
    } catch (MalformedJsonException | IllegalStateException e) {
      throw new UsageException(Names.quote(file) + ": not valid JSON: " + gsonMessage(e));
    } catch (java.io.EOFException e) {
      throw new UsageException(Names.quote(file) + ": not valid JSON: the file ends early");
    } catch (IOException e) {
      throw new UsageException(Names.quote(file) + ": not valid JSON: " + gsonMessage(e));
    }
    return b.build();
  }

  /** The file as text: at most {@link #MAX_BYTES}, strict UTF-8 (a BOM is allowed). */
  static String read(Path file) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new UsageException(Names.quote(file) + ": cannot read config file: it is a directory");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
    } catch (IOException e) {
      throw new UsageException(Names.quote(file) + ": cannot read config file: " + FailureText.describe(e, null));
    }
    if (bytes.length > MAX_BYTES) {
      throw new UsageException(Names.quote(file) + ": config file larger than " + (MAX_BYTES >> 10)
          + " KB; settings take a few lines");
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new UsageException(Names.quote(file) + ": the config file is not UTF-8");
    }
  }

  private static final Pattern LINE = Pattern.compile(" at line (\\d+) column (\\d+)");

  /** "FILE:LINE: " for where {@code r} stands. */
  private static String at(Path file, JsonReader r) {
    return Names.quote(file) + ":" + line(r) + ": ";
  }

  private static int line(JsonReader r) {
    Matcher m = LINE.matcher(r.toString());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Gson's message without its advice to parse leniently and its link. */
  private static String gsonMessage(Exception e) {
    String m = String.valueOf(e.getMessage());
    int see = m.indexOf("\nSee ");
    if (see >= 0) {
      m = m.substring(0, see);
    }
    return m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON",
        "malformed JSON");
  }

  /** Collects the values of one file as its keys come. */
  private static final class Builder {
    private final Path file;
    private List<String> enable = List.of();
    private List<String> disable = List.of();
    private List<String> include = List.of();
    private List<String> exclude = List.of();
    private Boolean applySuggestions;
    private Boolean lineByLine;
    private final Map<String, Value> options = new LinkedHashMap<>();
    private final Map<String, List<String>> words = new LinkedHashMap<>();

    Builder(Path file) {
      this.file = file;
    }

    void value(String key, JsonReader r) throws IOException {
      switch (key) {
        case "enable" -> enable = strings(key, r);
        case "disable" -> disable = strings(key, r);
        case "include" -> include = strings(key, r);
        case "exclude" -> exclude = strings(key, r);
        case "applySuggestions" -> applySuggestions = bool(key, r);
        case "lineByLine" -> lineByLine = bool(key, r);
        case "options" -> options(r);
        case "words" -> words(r);
        default -> throw new IllegalStateException(key);
      }
    }

    private List<String> strings(String key, JsonReader r) throws IOException {
      if (r.peek() != JsonToken.BEGIN_ARRAY) {
        throw new UsageException(at(file, r) + "\"" + key + "\" must be an array of strings");
      }
      List<String> out = new ArrayList<>();
      r.beginArray();
      while (r.hasNext()) {
        if (r.peek() != JsonToken.STRING) {
          throw new UsageException(at(file, r) + "\"" + key + "\" must be an array of strings");
        }
        out.add(r.nextString());
      }
      r.endArray();
      return List.copyOf(out);
    }

    private Boolean bool(String key, JsonReader r) throws IOException {
      if (r.peek() != JsonToken.BOOLEAN) {
        throw new UsageException(at(file, r) + "\"" + key + "\" must be true or false");
      }
      return r.nextBoolean();
    }

    private void options(JsonReader r) throws IOException {
      if (r.peek() != JsonToken.BEGIN_OBJECT) {
        throw new UsageException(at(file, r) + "\"options\" must be an object of name: value");
      }
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        int line = line(r);
        if (options.containsKey(name)) {
          throw new UsageException(at(file, r) + "option \"" + name + "\" is given twice");
        }
        Type type = switch (r.peek()) {
          case BOOLEAN -> Type.BOOLEAN;
          case NUMBER -> Type.NUMBER;
          case STRING -> Type.STRING;
          default -> throw new UsageException(
              at(file, r) + "option \"" + name + "\" must be a string, number or boolean");
        };
        String text = type == Type.BOOLEAN ? String.valueOf(r.nextBoolean()) : r.nextString();
        options.put(name, new Value(text, type, line));
      }
      r.endObject();
    }

    /** {@code "words": {"LIST": ["entry", ...], ...}}: only the lists that {@link WordList} names. */
    private void words(JsonReader r) throws IOException {
      if (r.peek() != JsonToken.BEGIN_OBJECT) {
        throw new UsageException(at(file, r) + "\"words\" must be an object of list name: [entries]");
      }
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (WordList.named(name) == null) {
          StringBuilder known = new StringBuilder();
          for (WordList l : WordList.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(l.listName());
          }
          throw new UsageException(at(file, r) + "unknown word list \"" + name + "\" (known lists: "
              + known + ")");
        }
        if (words.containsKey(name)) {
          throw new UsageException(at(file, r) + "word list \"" + name + "\" is given twice");
        }
        words.put(name, strings("words\": {\"" + name, r));
      }
      r.endObject();
    }

    ConfigFile build() {
      return new ConfigFile(file, enable, disable, applySuggestions, lineByLine,
          java.util.Collections.unmodifiableMap(options),
          java.util.Collections.unmodifiableMap(words), include, exclude);
    }
  }
}
