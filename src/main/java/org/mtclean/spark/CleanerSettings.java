package org.mtclean.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.mtclean.Cleaner;
import org.mtclean.WordList;
import org.mtclean.cli.RuleOptions;

/**
 * The settings of a cleaner, as the command's rule options: what Spark ships to the executors
 * instead of the cleaner itself. Each executor builds the cleaner once per set of settings
 * ({@link #cleaner()}) and shares it between its tasks. Immutable; equal settings build equal
 * cleaners.
 *
 * <pre>{@code
 * CleanerSettings s = CleanerSettings.parse(List.of("--line-by-line", "--disable", "case"))
 *     .withWords(WordList.ABBREVIATIONS, List.of("Bldg"));
 * }</pre>
 *
 * The word additions of a config file's {@code "words"} travel in its text; those of
 * {@link #withWords} in {@link #words}, added after the config's as
 * {@link Cleaner.Builder#words(String, Collection)} adds them.
 *
 * @param enable the values of {@code --enable}
 * @param disable the values of {@code --disable}
 * @param options the values of {@code --option}, each NAME=VALUE
 * @param applySuggestions {@code --apply-suggestions}
 * @param lineByLine {@code --line-by-line}
 * @param configName the name of the {@code --config} file, or null
 * @param configText the text of the {@code --config} file, or null
 * @param words entries to add to the word lists, by list name ({@link WordList#listName()})
 */
public record CleanerSettings(
    List<String> enable,
    List<String> disable,
    List<String> options,
    boolean applySuggestions,
    boolean lineByLine,
    String configName,
    String configText,
    Map<String, List<String>> words) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The cleaners built in this JVM (an executor), by settings. */
  private static final ConcurrentHashMap<CleanerSettings, Cleaner> BUILT = new ConcurrentHashMap<>();

  public CleanerSettings {
    enable = List.copyOf(enable);
    disable = List.copyOf(disable);
    options = List.copyOf(options);
    Map<String, List<String>> w = new TreeMap<>();
    words.forEach((list, entries) -> w.put(list, List.copyOf(entries)));
    words = Collections.unmodifiableMap(w);
  }

  /** Settings without word additions besides those of the config file. */
  public CleanerSettings(List<String> enable, List<String> disable, List<String> options,
      boolean applySuggestions, boolean lineByLine, String configName, String configText) {
    this(enable, disable, options, applySuggestions, lineByLine, configName, configText, Map.of());
  }

  /** The command's defaults: every default rule, safe edits only, paragraphs as in the text. */
  public static CleanerSettings defaults() {
    return new CleanerSettings(List.of(), List.of(), List.of(), false, false, null, null);
  }

  /**
   * Settings from the command's rule options: {@code --enable RULE[,RULE]},
   * {@code --disable RULE[,RULE]}, {@code --option NAME=VALUE}, {@code --apply-suggestions},
   * {@code --line-by-line} and {@code --config FILE} (read here, on the driver). Each option
   * also takes the {@code --name=value} form. The settings are checked by building the cleaner
   * once.
   *
   * @throws IllegalArgumentException for an unknown argument, a missing value, or settings the
   *     command would refuse; the message is the command's
   */
  public static CleanerSettings parse(List<String> args) {
    List<String> enable = new ArrayList<>();
    List<String> disable = new ArrayList<>();
    List<String> options = new ArrayList<>();
    boolean suggestions = false;
    boolean lines = false;
    String configName = null;
    String configText = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--apply-suggestions" -> suggestions = true;
        case "--line-by-line" -> lines = true;
        case "--enable", "--disable", "--option", "--config" -> {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = args.get(++i);
          }
          switch (name) {
            case "--enable" -> enable.addAll(List.of(value.split(",")));
            case "--disable" -> disable.addAll(List.of(value.split(",")));
            case "--option" -> options.add(value);
            default -> {
              configName = value;
              configText = RuleOptions.readConfig(Path.of(value));
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    CleanerSettings s = new CleanerSettings(enable, disable, options, suggestions, lines, configName, configText);
    s.cleaner();
    return s;
  }

  /** These settings with {@code --line-by-line} on. */
  public CleanerSettings withLineByLine() {
    return lineByLine ? this
        : new CleanerSettings(enable, disable, options, applySuggestions, true, configName, configText, words);
  }

  /**
   * These settings with {@code entries} added to the word list named {@code list}, as
   * {@link Cleaner.Builder#words(String, Collection)} and a config file's {@code "words"} add
   * them.
   *
   * @throws IllegalArgumentException for an unknown list or a bad entry
   */
  public CleanerSettings withWords(String list, Collection<String> entries) {
    Cleaner.builder().words(list, entries); // the builder's checks, here on the driver
    Map<String, List<String>> w = new TreeMap<>(words);
    List<String> all = new ArrayList<>(w.getOrDefault(list, List.of()));
    all.addAll(entries);
    w.put(list, all);
    return new CleanerSettings(enable, disable, options, applySuggestions, lineByLine, configName, configText, w);
  }

  /** {@link #withWords(String, Collection)} for a list named by its constant. */
  public CleanerSettings withWords(WordList list, Collection<String> entries) {
    return withWords(list.listName(), entries);
  }

  /**
   * The cleaner for these settings: built on the first call in this JVM, then shared (a cleaner
   * is thread-safe).
   *
   * @throws IllegalArgumentException for settings the command would refuse
   */
  public Cleaner cleaner() {
    Cleaner c = BUILT.get(this);
    if (c == null) {
      c = RuleOptions.cleaner(configName, configText, enable, disable, options, applySuggestions, lineByLine);
      if (!words.isEmpty()) {
        Cleaner.Builder b = c.toBuilder();
        words.forEach(b::words);
        c = b.build();
      }
      Cleaner raced = BUILT.putIfAbsent(this, c);
      c = raced != null ? raced : c;
    }
    return c;
  }
}
