package org.mtclean.languagetool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.mtclean.Cleaner;
import org.mtclean.Rule;
import org.mtclean.rules.BuiltinRules;

/**
 * Every mtclean rule as a LanguageTool rule, ready for {@code JLanguageTool.addRule}:
 *
 * <pre>{@code
 * JLanguageTool lt = new JLanguageTool(anyLanguage);   // e.g. the English module's AmericanEnglish
 * MtcleanLanguageToolRules.all().forEach(lt::addRule);
 * List<RuleMatch> matches = lt.check("The survey started。Results follow：two regions。");
 * }</pre>
 *
 * <p>Rules that the cleaner enables are on by default; the other built-in rules are there too
 * but off by default ({@code lt.enableRule("...")} turns one on). Rule ids are mtclean's. Works
 * generically for any {@link Rule}, including rules added with {@link Cleaner.Builder#addRule}.
 * Thread-safe; the rules it returns are immutable.
 */
public final class MtcleanLanguageToolRules {
  private MtcleanLanguageToolRules() {}

  /** The rules of {@link Cleaner#defaults()}. */
  public static List<org.languagetool.rules.Rule> all() {
    return all(Cleaner.defaults(), null);
  }

  /** The rules of {@code cleaner}, with its options. */
  public static List<org.languagetool.rules.Rule> all(Cleaner cleaner) {
    return all(cleaner, null);
  }

  /**
   * The rules of {@code cleaner}, with its options.
   *
   * @param messages LanguageTool's message bundle (for instance
   *     {@code JLanguageTool.getMessageBundle(language)}), or {@code null}; mtclean's own messages
   *     are English either way
   */
  public static List<org.languagetool.rules.Rule> all(Cleaner cleaner, ResourceBundle messages) {
    Set<String> enabled = cleaner.rules().stream().map(Rule::id).collect(Collectors.toSet());
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (Rule r : BuiltinRules.all()) {
      rules.put(r.id(), r);
    }
    for (Rule r : cleaner.rules()) {
      rules.putIfAbsent(r.id(), r);
    }
    List<org.languagetool.rules.Rule> out = new ArrayList<>(rules.size());
    for (Rule r : rules.values()) {
      out.add(new MtcleanRule(r, cleaner, messages, enabled.contains(r.id())));
    }
    return out;
  }
}
