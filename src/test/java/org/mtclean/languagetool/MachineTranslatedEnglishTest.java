package org.mtclean.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

class MachineTranslatedEnglishTest {
  // a made-up garbled paragraph: padded commas, a doubled word, a Chinese full stop, a sentence
  // that starts in lower case, doubled periods and a bracket that is never closed
  static final String GARBLED =
      "The committee , after long talks , approved the the new budget. the plan covers three"
          + " cities\u3002Work starts in May.. Details follow (see the annex for costs.";

  private static String describe(String text, RuleMatch m) {
    return m.getRule().getId() + " '" + text.substring(m.getFromPos(), m.getToPos()) + "'@"
        + m.getFromPos() + " -> " + m.getSuggestedReplacements();
  }

  @Test
  void coreRulesFindTheArtifactsOfAGarbledParagraph() throws IOException {
    JLanguageTool lt = new JLanguageTool(MachineTranslatedEnglish.coreRulesOnly());
    List<String> found = lt.check(GARBLED).stream().map(m -> describe(GARBLED, m)).toList();
    String t = GARBLED;
    assertEquals(
        List.of(
            "COMMA_PARENTHESIS_WHITESPACE ' ,'@" + t.indexOf(" ,") + " -> [,]",
            "COMMA_PARENTHESIS_WHITESPACE ' ,'@" + t.indexOf(" ,", t.indexOf(" ,") + 1) + " -> [,]",
            "WORD_REPEAT_RULE 'the the'@" + t.indexOf("the the") + " -> [the]",
            "UPPERCASE_SENTENCE_START 'the'@" + t.indexOf("the plan") + " -> [The]",
            "DOUBLE_PUNCTUATION '..'@" + t.indexOf("..") + " -> [., \u2026]",
            "MT_UNPAIRED_BRACKETS '('@" + t.indexOf('(') + " -> []"),
        found);
  }

  @Test
  void theFullLanguageAddsTheMtcleanRules() throws IOException {
    JLanguageTool lt = new JLanguageTool(new MachineTranslatedEnglish());
    lt.setCleanOverlappingMatches(false);
    List<RuleMatch> matches = lt.check(GARBLED);
    Set<String> ids = matches.stream().map(m -> m.getRule().getId()).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("punct.cjk", "space.before-punct", "punct.doubled",
        "WORD_REPEAT_RULE", "UPPERCASE_SENTENCE_START")), ids.toString());
    RuleMatch stop = matches.stream().filter(m -> m.getRule().getId().equals("punct.cjk"))
        .findFirst().orElseThrow();
    assertEquals(GARBLED.indexOf('\u3002'), stop.getFromPos());
    assertEquals(List.of(". "), stop.getSuggestedReplacements());
  }

  @Test
  void unpairedBracketsAreLimitedToRoundSquareAndCurly() throws IOException {
    JLanguageTool lt = new JLanguageTool(MachineTranslatedEnglish.coreRulesOnly());
    assertEquals(List.of(), lt.check("A list: 1) first, 2) second. Prices \u00ABrose sharply."));
    List<RuleMatch> m = lt.check("Costs [in yuan rose. Then {all fell.");
    assertEquals(2, m.size());
  }

  @Test
  void unpairedQuotesAreReportedWithoutSuggestion() throws IOException {
    JLanguageTool lt = new JLanguageTool(MachineTranslatedEnglish.coreRulesOnly());
    String text = "He called it \u201Cthe green plan and left.";
    List<RuleMatch> m = lt.check(text);
    assertEquals(1, m.size());
    assertEquals(MachineTranslatedEnglish.UNPAIRED_QUOTES_ID, m.get(0).getRule().getId());
    assertEquals(text.indexOf('\u201C'), m.get(0).getFromPos());
    assertEquals(List.of(), LanguageToolCheck.check(text).stream()
        .filter(e -> e.replacement() != null).toList());
  }

  @Test
  void noPatternRulesAndEnglishMessages() {
    Language lang = new MachineTranslatedEnglish();
    assertEquals(List.of(), lang.getRuleFileNames());
    assertEquals(Locale.ENGLISH, lang.getLocale());
    ResourceBundle messages = JLanguageTool.getMessageBundle(lang);
    assertEquals("Possible typo: you repeated a word", messages.getString("repetition").replace(".", ""));
    JLanguageTool lt = new JLanguageTool(lang);
    assertTrue(lt.getAllRules().stream().noneMatch(r -> r.getClass().getName().contains("PatternRule")));
  }

  @Test
  void theShortCodeDoesNotShadowEnglish() {
    Language mt = Languages.getOrAddLanguageByClassName(MachineTranslatedEnglish.class.getName());
    assertInstanceOf(MachineTranslatedEnglish.class, Languages.getLanguageForShortCode("en-x-mt"));
    assertEquals(mt, Languages.getLanguageForShortCode("en-x-mt"));
    // "en" still means the English module (absent from this class path), never this language
    assertFalse(Languages.isLanguageSupported("en"));
  }

  @Test
  void wordTokenizerSplitsAtCjkPunctuation() {
    assertEquals(List.of("started", "\u3002", "Results", "\uFF0C", "two", "\u3001", "three"),
        new CjkWordTokenizer().tokenize("started\u3002Results\uFF0Ctwo\u3001three"));
    assertEquals(List.of("\u300A", "Title", "\u300B", " ", "(", "x", ")"),
        new CjkWordTokenizer().tokenize("\u300ATitle\u300B (x)"));
  }
}
