package org.mtclean.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtclean.DocumentMemory;
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

/**
 * The built-in rules, in the order they run. Each rule declares everything else about itself in
 * its own class (id, kind, options, what wakes it, its document memory).
 */
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

  private static Set<String> ids(List<Rule> rules) {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalStateException("duplicate rule id " + r.id());
      }
      if (r.memory() == DocumentMemory.IN_ORDER) {
        // a built-in rule says whether it keeps state, or -j would run on one thread
        throw new IllegalStateException("built-in rule " + r.id() + " must declare its memory()");
      }
    }
    return Collections.unmodifiableSet(ids);
  }
}
