package org.mtclean.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.mtclean.Cleaner;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.rules.BuiltinRules;

class MtcleanLanguageToolRulesTest {

  private static JLanguageTool toolWith(List<Rule> rules) {
    JLanguageTool lt = new JLanguageTool(new BareLanguage());
    rules.forEach(lt::addRule);
    return lt;
  }

  /** "ruleId [from,to) 'covered' -> [suggestions]" for each match, in text order. */
  private static List<String> describe(String text, List<RuleMatch> matches) {
    return matches.stream()
        .map(m -> m.getRule().getId() + " [" + m.getFromPos() + "," + m.getToPos() + ") '"
            + text.substring(m.getFromPos(), m.getToPos()) + "' -> " + m.getSuggestedReplacements())
        .toList();
  }

  @Test
  void cjkPunctuationAndPaddedQuoteGiveMatchesWithOffsetsAndSuggestions() throws IOException {
    String text = "Results follow\uFF1Atwo regions\u3002The \" Green Factory \" award went to Wuhan.";
    JLanguageTool lt = toolWith(MtcleanLanguageToolRules.all());
    List<RuleMatch> matches = lt.check(text);
    assertEquals(
        List.of(
            "punct.cjk [14,15) '\uFF1A' -> [: ]",
            "punct.cjk [26,27) '\u3002' -> [. ]",
            "quotes.padding [32,33) ' ' -> []",
            "quotes.padding [46,47) ' ' -> []"),
        describe(text, matches));
    RuleMatch colon = matches.get(0);
    assertEquals(BuiltinRules.all().stream().filter(r -> r.id().equals("punct.cjk")).findFirst()
        .orElseThrow().description(), colon.getRule().getDescription());
    assertFalse(colon.getMessage().isBlank());
    assertEquals(MtcleanRule.CATEGORY.getId(), colon.getRule().getCategory().getId());
    // the suggestions really fix the text
    assertEquals("Results follow: two regions. The \"Green Factory\" award went to Wuhan.",
        applyFirstSuggestions(text, matches));
  }

  @Test
  void anInsertionIsWidenedToTheCharacterBeforeIt() throws IOException {
    String text = "Location:Wuhan, costs;Revenue grew.";
    List<RuleMatch> matches = toolWith(MtcleanLanguageToolRules.all()).check(text);
    int semicolon = text.indexOf(';');
    assertEquals(
        List.of(
            "space.after-punct [8,9) ':' -> [: ]",
            "space.after-punct [" + semicolon + "," + (semicolon + 1) + ") ';' -> [; ]"),
        describe(text, matches));
    assertEquals("Location: Wuhan, costs; Revenue grew.", applyFirstSuggestions(text, matches));
  }

  @Test
  void offsetsAreInTheWholeTextAcrossSentencesAndParagraphs() throws IOException {
    String text = "First paragraph ends here.\n\nThe second one has a gap , here.\nAnd a third line\u3002";
    List<RuleMatch> matches = toolWith(MtcleanLanguageToolRules.all()).check(text);
    int gap = text.indexOf(" ,");
    int stop = text.indexOf('\u3002');
    assertEquals(
        List.of(
            "space.before-punct [" + gap + "," + (gap + 1) + ") ' ' -> []",
            "punct.cjk [" + stop + "," + (stop + 1) + ") '\u3002' -> [.]"),
        describe(text, matches));
  }

  @Test
  void everyBuiltinRuleIsExposedAndCleanerSelectionDecidesWhatIsOn() throws IOException {
    Cleaner cleaner = Cleaner.builder().disable("punct.cjk").build();
    List<Rule> rules = MtcleanLanguageToolRules.all(cleaner, JLanguageTool.getMessageBundle());
    assertEquals(BuiltinRules.ids(), rules.stream().map(Rule::getId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    Rule cjk = rules.stream().filter(r -> r.getId().equals("punct.cjk")).findFirst().orElseThrow();
    assertTrue(cjk.isDefaultOff());

    String text = "Results follow\uFF1Atwo regions.";
    JLanguageTool lt = toolWith(rules);
    assertEquals(List.of(), lt.check(text));
    lt.enableRule("punct.cjk");
    assertEquals(1, lt.check(text).size());
    lt.disableRule("punct.cjk");
    assertEquals(List.of(), lt.check(text));
  }

  @Test
  void reportOnlyFindingsHaveNoSuggestion() throws IOException {
    // a custom rule: the adapter is generic over org.mtclean.Rule
    org.mtclean.Rule shout =
        new org.mtclean.Rule() {
          @Override
          public String id() {
            return "test.shout";
          }

          @Override
          public RuleKind kind() {
            return RuleKind.REPORT;
          }

          @Override
          public String description() {
            return "reports words in capitals";
          }

          @Override
          public void apply(RuleContext ctx) {
            String s = ctx.text();
            int i = s.indexOf("LOUD");
            if (i >= 0) {
              ctx.report(i, i + 4, null, "a word in capitals");
            }
          }
        };
    Cleaner cleaner = Cleaner.builder().disableAll().addRule(shout).build();
    List<Rule> rules = MtcleanLanguageToolRules.all(cleaner);
    Set<String> on = rules.stream().filter(r -> !r.isDefaultOff()).map(Rule::getId)
        .collect(Collectors.toSet());
    assertEquals(Set.of("test.shout"), on);
    String text = "This is LOUD news.";
    List<RuleMatch> matches = toolWith(rules).check(text);
    assertEquals(List.of("test.shout [8,12) 'LOUD' -> []"), describe(text, matches));
    assertEquals("a word in capitals", matches.get(0).getMessage());
  }

  @Test
  void worksNextToTheCoreRulesOfTheMtLanguage() throws IOException {
    JLanguageTool lt = new JLanguageTool(MachineTranslatedEnglish.coreRulesOnly());
    MtcleanLanguageToolRules.all().forEach(lt::addRule);
    lt.setCleanOverlappingMatches(false);
    String text = "It was was agreed\u3002";
    Set<String> ids = lt.check(text).stream().map(m -> m.getRule().getId())
        .collect(Collectors.toSet());
    assertEquals(Set.of("WORD_REPEAT_RULE", "repeat.word", "punct.cjk"), ids);
  }

  private static String applyFirstSuggestions(String text, List<RuleMatch> matches) {
    StringBuilder b = new StringBuilder(text);
    for (int k = matches.size() - 1; k >= 0; k--) {
      RuleMatch m = matches.get(k);
      b.replace(m.getFromPos(), m.getToPos(), m.getSuggestedReplacements().get(0));
    }
    return b.toString();
  }
}
