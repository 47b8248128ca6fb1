package org.mtclean.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mtclean.bitext.BitextChecks;
import org.mtclean.Cleaner;
import org.mtclean.Option;
import org.mtclean.Rule;
import org.mtclean.rules.BuiltinRules;

/**
 * Rule selection and options: builds the cleaner from the config file and the command line
 * (generic over {@link Cleaner.Builder#option(String, String)}, so options that rules add later
 * work without changes here), and prints {@code --list-rules} and {@code --list-options}.
 * Stateless.
 */
final class RuleSelection {
  private RuleSelection() {}

  /**
   * The cleaner for a config file (may be null) and the command line, which wins.
   *
   * @throws UsageException for unknown rules or options and bad values
   */
  static Cleaner build(ConfigFile cfg, List<String> enable, List<String> disable,
      List<String> optionSettings, boolean applySuggestions, boolean lineByLine) {
    enable = cleanerRules(enable);
    disable = cleanerRules(disable);
    Cleaner.Builder b = Cleaner.builder();
    if (cfg != null) {
      String where = Names.quote(cfg.source()) + ": ";
      try {
        apply(b, cleanerRules(cfg.enable()), cleanerRules(cfg.disable()), Map.of());
      } catch (IllegalArgumentException e) {
        throw new UsageException(where + e.getMessage());
      }
      configOptions(b, cfg);
      try {
        cfg.words().forEach(b::words);
      } catch (IllegalArgumentException e) {
        throw new UsageException(where + e.getMessage());
      }
      if (Boolean.TRUE.equals(cfg.applySuggestions())) {
        b.applySuggestions(true);
      }
      if (Boolean.TRUE.equals(cfg.lineByLine())) {
        b.lineByLine(true);
      }
    }
    Map<String, String> opts = new LinkedHashMap<>();
    for (String setting : optionSettings) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--option takes NAME=VALUE, not '" + setting + "'");
      }
      opts.put(setting.substring(0, eq).trim(), setting.substring(eq + 1));
    }
    try {
      apply(b, enable, disable, opts);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (applySuggestions) {
      b.applySuggestions(true);
    }
    if (lineByLine) {
      b.lineByLine(true);
    }
    return b.build();
  }

  /**
   * Sets the options of a config file, each checked against its definition: the JSON type must
   * be the option's (true/false, a number, a string) and the value one it takes.
   */
  private static void configOptions(Cleaner.Builder b, ConfigFile cfg) {
    Map<String, Option<?>> known = b.knownOptions();
    for (Map.Entry<String, ConfigFile.Value> e : cfg.options().entrySet()) {
      ConfigFile.Value v = e.getValue();
      String where = Names.quote(cfg.source()) + ":" + v.line() + ": ";
      Option<?> o = known.get(e.getKey());
      if (o == null) {
        throw new UsageException(where + "unknown option '" + e.getKey() + "'; known options: "
            + String.join(", ", known.keySet()));
      }
      ConfigFile.Type want = o.type() == Boolean.class ? ConfigFile.Type.BOOLEAN
          : Number.class.isAssignableFrom(o.type()) ? ConfigFile.Type.NUMBER
          : ConfigFile.Type.STRING;
      if (v.type() != want) {
        throw new UsageException(where + "option " + o.name() + " takes "
            + switch (want) {
              case BOOLEAN -> "true or false";
              case NUMBER -> "a number";
              case STRING -> typeLabel(o.type()).contains("|") ? "one of \"" + typeLabel(o.type()).replace("|", "\", \"") + "\"" : "a string";
            }
            + ", not " + (v.type() == ConfigFile.Type.STRING ? "\"" + v.text() + "\"" : v.text()));
      }
      try {
        b.option(e.getKey(), v.text());
      } catch (IllegalArgumentException x) {
        throw new UsageException(where + x.getMessage());
      }
    }
  }

  /** Whether {@code id} names a bilingual check ({@code bitext.*}) or their family. */
  static boolean isBitext(String id) {
    return id.equals("bitext") || id.startsWith("bitext.");
  }

  private static List<String> cleanerRules(List<String> ids) {
    if (ids.isEmpty()) {
      return ids;
    }
    List<String> out = new java.util.ArrayList<>(ids.size());
    for (String id : ids) {
      if (!isBitext(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * The bilingual checks turned off by the config file and the command line (which wins): all
   * of them run by default wherever a source is known.
   *
   * @throws UsageException for an unknown {@code bitext.} id
   */
  static Set<String> bitextOff(ConfigFile cfg, List<String> enable, List<String> disable) {
    Set<String> off = new TreeSet<>();
    if (cfg != null) {
      String where = Names.quote(cfg.source()) + ": ";
      off.addAll(bitextIds(cfg.disable(), where));
      off.removeAll(bitextIds(cfg.enable(), where));
    }
    off.removeAll(bitextIds(enable, ""));
    off.addAll(bitextIds(disable, ""));
    return off;
  }

  private static Set<String> bitextIds(List<String> ids, String where) {
    Set<String> out = new TreeSet<>();
    for (String id : ids) {
      if (!isBitext(id)) {
        continue;
      }
      boolean known = false;
      for (BitextChecks.Rule r : BitextChecks.RULES) {
        if (id.equals("bitext") || r.id().equals(id)) {
          out.add(r.id());
          known = true;
        }
      }
      if (!known) {
        throw new UsageException(where + "unknown rule '" + id + "'; the bilingual checks are "
            + String.join(", ", BitextChecks.RULES.stream().map(BitextChecks.Rule::id).toList()));
      }
    }
    return out;
  }

  private static void apply(Cleaner.Builder b, List<String> on, List<String> off, Map<String, String> opts) {
    if (!on.isEmpty()) {
      b.enable(on.toArray(String[]::new));
    }
    if (!off.isEmpty()) {
      b.disable(off.toArray(String[]::new));
    }
    for (Map.Entry<String, String> e : opts.entrySet()) {
      b.option(e.getKey(), e.getValue());
    }
  }

  /** One line per built-in rule: id, kind, on/off by default, description. */
  static void listRules(PrintStream out) {
    Cleaner defaults = Cleaner.defaults();
    List<Rule> all = Cleaner.builder().enable(BuiltinRules.ids().toArray(String[]::new)).build().rules();
    for (Rule r : all) {
      boolean on = defaults.rules().contains(r);
      out.printf("%-28s %-8s %-4s %s%n", r.id(), r.kind().label(), on ? "on" : "off", r.description());
    }
    for (BitextChecks.Rule r : BitextChecks.RULES) { // run where a source is known: XLIFF, TMX, PO, --source
      out.printf("%-28s %-8s %-4s %s%n", r.id(), r.kind().label(), "on", r.description());
    }
  }

  /** "boolean", "integer", or the choices of an enum such as "word|sign". */
  private static String typeLabel(Class<?> type) {
    if (type.isEnum()) {
      StringBuilder b = new StringBuilder();
      for (Object c : type.getEnumConstants()) {
        b.append(b.length() == 0 ? "" : "|").append(valueLabel(c));
      }
      return b.toString();
    }
    return type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static String valueLabel(Object value) {
    return String.valueOf(value).toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One line per option: name, type (or choices), default, description. */
  static void listOptions(PrintStream out) {
    for (Map.Entry<String, Option<?>> e : Cleaner.builder().knownOptions().entrySet()) {
      Option<?> o = e.getValue();
      out.printf("%-28s %-12s default %-8s %s%n", e.getKey(), typeLabel(o.type()),
          valueLabel(o.defaultValue()), o.description());
    }
  }
}
