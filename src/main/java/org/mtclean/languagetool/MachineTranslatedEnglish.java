package org.mtclean.languagetool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.language.Contributor;
import org.languagetool.rules.CommaWhitespaceRule;
import org.languagetool.rules.DoublePunctuationRule;
import org.languagetool.rules.GenericUnpairedBracketsRule;
import org.languagetool.rules.GenericUnpairedQuotesRule;
import org.languagetool.rules.Rule;
import org.languagetool.rules.UppercaseSentenceStartRule;
import org.languagetool.rules.WordRepeatRule;
import org.languagetool.tokenizers.SentenceTokenizer;
import org.languagetool.tokenizers.Tokenizer;
import org.mtclean.Cleaner;

/**
 * A LanguageTool {@link Language} for machine-translated (Chinese-to-English) English, built on
 * languagetool-core alone: no English module, no dictionaries, no pattern rules
 * ({@code grammar.xml}). Its rules are mtclean's (see {@link MtcleanLanguageToolRules}) plus a
 * few language-independent core rules, see {@link #coreRules}. Its tokenizers know the CJK
 * punctuation: {@link CjkWordTokenizer} and {@link CjkSentenceTokenizer}.
 *
 * <pre>{@code
 * JLanguageTool lt = new JLanguageTool(new MachineTranslatedEnglish());  // one per thread
 * for (RuleMatch m : lt.check(text)) { ... }
 * }</pre>
 *
 * <p>The short code is {@value #SHORT_CODE}, a private-use tag in LanguageTool's own style (as
 * {@code de-DE-x-simple-language}), so it never shadows the English module's {@code en}; the
 * locale is {@link Locale#ENGLISH}, so LanguageTool's English messages are used. The language is
 * not registered in {@code language-module.properties}: create it directly, or register it at
 * run time with {@code Languages.getOrAddLanguageByClassName}.
 *
 * <p>Like every {@code Language}, an instance may be shared between threads, but each thread
 * needs its own {@code JLanguageTool}.
 */
public class MachineTranslatedEnglish extends Language {
  /** The LanguageTool short code of this language. */
  public static final String SHORT_CODE = "en-x-mt";

  /** Id of the unpaired-bracket rule, limited to <code>( [ {</code>. */
  public static final String UNPAIRED_BRACKETS_ID = "MT_UNPAIRED_BRACKETS";
  /** Id of the unpaired-quote rule; its findings have no suggestion. */
  public static final String UNPAIRED_QUOTES_ID = "MT_UNPAIRED_QUOTES";

  private static final SentenceTokenizer SENTENCES = new CjkSentenceTokenizer();
  private static final Tokenizer WORDS = new CjkWordTokenizer();

  private final Cleaner cleaner;

  /** The language with the mtclean rules of {@link Cleaner#defaults()} and the core rules. */
  public MachineTranslatedEnglish() {
    this(Cleaner.defaults());
  }

  /**
   * The language with the mtclean rules of {@code cleaner} (none if {@code null}) and the core
   * rules.
   */
  public MachineTranslatedEnglish(Cleaner cleaner) {
    this.cleaner = cleaner;
  }

  /** The language with the core rules only, no mtclean rule. */
  public static MachineTranslatedEnglish coreRulesOnly() {
    return new MachineTranslatedEnglish(null);
  }

  @Override
  public String getShortCode() {
    return SHORT_CODE;
  }

  @Override
  public String getName() {
    return "English (machine-translated)";
  }

  @Override
  public String[] getCountries() {
    return new String[0];
  }

  @Override
  public Locale getLocale() {
    return Locale.ENGLISH;
  }

  @Override
  public Contributor[] getMaintainers() {
    return new Contributor[] {new Contributor("mtclean")};
  }

  /** No pattern-rule files: this language has no {@code grammar.xml}. */
  @Override
  public List<String> getRuleFileNames() {
    return List.of();
  }

  @Override
  public SentenceTokenizer createDefaultSentenceTokenizer() {
    return SENTENCES;
  }

  @Override
  public Tokenizer createDefaultWordTokenizer() {
    return WORDS;
  }

  @Override
  public List<Rule> getRelevantRules(
      ResourceBundle messages, UserConfig userConfig, Language motherTongue,
      List<Language> altLanguages) {
    List<Rule> rules = new ArrayList<>(coreRules(messages, this));
    if (cleaner != null) {
      rules.addAll(MtcleanLanguageToolRules.all(cleaner, messages));
    }
    return rules;
  }

  /**
   * The language-independent core rules this language runs: word repeat
   * ({@code WORD_REPEAT_RULE}), sentence start case ({@code UPPERCASE_SENTENCE_START}), comma
   * and parenthesis whitespace ({@code COMMA_PARENTHESIS_WHITESPACE}), double punctuation
   * ({@code DOUBLE_PUNCTUATION}), unpaired brackets limited to <code>( [ {</code>
   * ({@value #UNPAIRED_BRACKETS_ID}) and unpaired quotes ({@value #UNPAIRED_QUOTES_ID},
   * report-only).
   */
  public static List<Rule> coreRules(ResourceBundle messages, Language language) {
    return List.of(
        new WordRepeatRule(messages, language),
        new UppercaseSentenceStartRule(messages, language, null, null),
        new CommaWhitespaceRule(messages, null, null),
        new DoublePunctuationRule(messages),
        new GenericUnpairedBracketsRule(
            UNPAIRED_BRACKETS_ID, messages, List.of("(", "[", "{"), List.of(")", "]", "}")),
        new GenericUnpairedQuotesRule(
            UNPAIRED_QUOTES_ID, messages, List.of("\u201C", "\""), List.of("\u201D", "\"")));
  }
}
