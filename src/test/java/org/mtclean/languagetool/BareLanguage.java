package org.mtclean.languagetool;

import java.util.List;
import java.util.ResourceBundle;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.language.Contributor;
import org.languagetool.rules.Rule;

/**
 * A LanguageTool language with no rules of its own and LanguageTool's generic tokenizers: stands
 * in for any language a LanguageTool user may have (the English module is not a dependency).
 */
final class BareLanguage extends Language {
  @Override
  public String getShortCode() {
    return "xx";
  }

  @Override
  public String getName() {
    return "Bare test language";
  }

  @Override
  public String[] getCountries() {
    return new String[0];
  }

  @Override
  public Contributor[] getMaintainers() {
    return new Contributor[0];
  }

  @Override
  public List<String> getRuleFileNames() {
    return List.of();
  }

  @Override
  public List<Rule> getRelevantRules(
      ResourceBundle messages, UserConfig userConfig, Language motherTongue,
      List<Language> altLanguages) {
    return List.of();
  }
}
