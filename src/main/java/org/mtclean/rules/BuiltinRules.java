package org.mtclean.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtclean.Option;
import org.mtclean.Rule;
import org.mtclean.rules.debris.CompanyNameRule;
import org.mtclean.rules.debris.HtmlEntityRule;
import org.mtclean.rules.debris.OrdinalDateRule;
import org.mtclean.rules.debris.PunctuationLeftoversRule;
import org.mtclean.rules.debris.SplitTimeRule;
import org.mtclean.rules.debris.ThousandsRule;
import org.mtclean.rules.debris.TokenizerLeftoversRule;
import org.mtclean.rules.debris.UnitRules;
import org.mtclean.rules.numbers.LiteralDateRule;
import org.mtclean.rules.numbers.MyriadRule;
import org.mtclean.rules.numbers.SpelledNumberRules;

/** The built-in rules, in the order they run. */
public final class BuiltinRules {
  private static final List<Rule> ALL = build();
  private static final Set<String> IDS = ids(ALL);

  private BuiltinRules() {}

  /** Every built-in rule, enabled by default or not, in pipeline order. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The ids of {@link #all()}, in order. */
  public static Set<String> ids() {
    return IDS;
  }

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    // characters first, so that later rules see plain ASCII forms and spaces
    rules.add(new CharacterRules.Invisible());
    rules.add(new CharacterRules.FullWidth());
    // HTML references before the punctuation rules read their ; and the spacing rules their &
    rules.add(new HtmlEntityRule());
    rules.add(new UnitRules.Symbols());
    // indentation and trailing space go before wide spaces are converted, so that an NBSP or
    // U+3000 indent is reported once, as indentation
    rules.add(new SpacingRules.Indent());
    rules.add(new SpacingRules.Trailing());
    rules.add(new CharacterRules.WideSpace());
    // Chinese punctuation, before spacing so that spacing sees English marks
    rules.add(new ChinesePunctuationRule());
    // numbers and dates: dates and myriads before the plain numbers they contain
    rules.add(new LiteralDateRule());
    rules.add(new MyriadRule());
    rules.add(new SpelledNumberRules.Year());
    rules.add(new SpelledNumberRules.Cardinal());
    // after the spelled numbers have become digits: times, ordinal dates, units, then grouping
    rules.add(new SplitTimeRule());
    rules.add(new OrdinalDateRule());
    rules.add(new UnitRules.Glued());
    rules.add(new ThousandsRule());
    // untranslated CJK text: after punct.cjk, so that a mark still Chinese there is inside a run
    // and a converted one (the . of a 。 before English) stays with the English sentence;
    // after the number rules, which turn leftover Chinese dates into English; before spacing,
    // repetition and case, which then tidy what a dropped or romanized run leaves behind
    rules.add(new UntranslatedRule());
    // spacing
    rules.add(new SpacingRules.Runs());
    rules.add(new SpacingRules.BlankLines());
    rules.add(new TokenizerLeftoversRule());
    rules.add(new PunctuationSpacingRules.BeforePunct());
    rules.add(new DoubledPunctuationRule());
    // before space.after-punct, which would space Co.,Ltd as Co., Ltd
    rules.add(new PunctuationLeftoversRule());
    rules.add(new CompanyNameRule());
    rules.add(new PunctuationSpacingRules.AfterPunct());
    rules.add(new PunctuationSpacingRules.Brackets());
    rules.add(new QuoteRule());
    // repetition
    rules.add(new RepetitionRules.Word());
    rules.add(new RepetitionRules.And());
    rules.add(new RepeatedTitleRule());
    // case
    rules.add(new SentenceCaseRule());
    // leftovers and reports
    rules.add(new RunOnSentenceRule());
    return Collections.unmodifiableList(rules);
  }

  // Built-in rules that a change of spacing only (spaces and tabs put in or taken out) cannot
  // give work: the character rules do not look at plain spaces, and the number rules only ask
  // whether words are apart, which no spacing rule changes.
  private static final Set<String> SPACING_BLIND = Set.of(
      "chars.invisible", "chars.fullwidth", "numbers.myriad", "numbers.year",
      "numbers.cardinal");

  // Built-in rules that a change of spacing only cannot give work unless the paragraph has one of
  // some chars: the date rule, whose English dates ask only whether words are apart, while its
  // CJK dates (2019 \u5E74 11 \u6708) look at the spaces they touch, and need \u5E74 or \u6708.
  private static final Map<String, String> SPACING_MATTERS_ONLY_WITH =
      Map.of("numbers.date", "\u5E74\u6708");

  // Built-in rules for which a capital at the start of a sentence only ever keeps something as it
  // is: a Title Case number phrase or name, a capitalized Year, a reduplicated name (Li Li), a
  // capitalized And. They compare words ignoring case otherwise, and the second word of a pair
  // never starts a sentence, so capitalizing the first letter of sentences (what
  // case.sentence-start does) cannot give them more to do.
  private static final Set<String> CAPITALIZING_BLIND = Set.of(
      "numbers.date", "numbers.myriad", "numbers.year", "numbers.cardinal", "repeat.word",
      "repeat.and");

  // Built-in rules that never look at the case of a letter.
  private static final Set<String> CASE_BLIND = Set.of(
      "chars.invisible", "chars.fullwidth", "chars.space", "space.indent", "space.trailing",
      "space.runs", "space.before-punct", "punct.doubled", "space.brackets");

  /**
   * Whether {@code rule} is a built-in rule that edits which only put in or take out spaces and
   * tabs cannot give more to do (the engine then need not run it again after them).
   */
  public static boolean ignoresSpacingChanges(Rule rule) {
    return isBuiltin(rule) && SPACING_BLIND.contains(rule.id());
  }

  /**
   * The chars without which edits that only put in or take out spaces and tabs cannot give the
   * built-in rule {@code rule} more to do, or null when there are none such.
   */
  public static String spacingMattersOnlyWith(Rule rule) {
    return isBuiltin(rule) ? SPACING_MATTERS_ONLY_WITH.get(rule.id()) : null;
  }

  /**
   * Whether {@code rule} is a built-in rule that edits which only capitalize the first letter of
   * sentences (as {@code case.sentence-start} does) cannot give more to do.
   */
  public static boolean ignoresCapitalizing(Rule rule) {
    return isBuiltin(rule) && (CASE_BLIND.contains(rule.id()) || CAPITALIZING_BLIND.contains(rule.id()));
  }

  /**
   * Whether {@code rule} is a built-in rule that edits which only change the case of letters
   * cannot give more to do.
   */
  public static boolean ignoresCaseChanges(Rule rule) {
    return isBuiltin(rule) && CASE_BLIND.contains(rule.id());
  }

  /**
   * Whether {@code rule} is a built-in rule that cannot change text under these settings: its
   * edits are not applied ({@code applies} false), or it only reports ({@code untranslated} with
   * the policy {@code keep}).
   */
  public static boolean changesNoText(Rule rule, boolean applies, Map<Option<?>, Object> options) {
    if (!isBuiltin(rule)) {
      return false;
    }
    return !applies || (rule instanceof UntranslatedRule
        && options.getOrDefault(UntranslatedRule.POLICY, UntranslatedRule.POLICY.defaultValue())
            == UntranslatedRule.Policy.KEEP);
  }

  private static boolean isBuiltin(Rule rule) {
    return ALL.contains(rule);
  }

  private static Set<String> ids(List<Rule> rules) {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalStateException("duplicate rule id " + r.id());
      }
    }
    return Collections.unmodifiableSet(ids);
  }
}
