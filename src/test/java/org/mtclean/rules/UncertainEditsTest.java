package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.rules.RuleTesting.assertRule;
import static org.mtclean.rules.RuleTesting.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtclean.CleanResult;
import org.mtclean.Edit;
import org.mtclean.RuleKind;

/** Safe rules edit only where the evidence is unambiguous; elsewhere they report, or say nothing. */
class UncertainEditsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    // a capital after a closing quote or bracket, or an abbreviation, is only proposed
    "'\"Why?\" the agent replied.'|t|closing quote",
    "'a \u201CHot Mom!\u201D and more'|a|closing quote",
    "'Sen. Cole (R-Ala.) said so.'|s|closing quote",
    "'from Seattle, Wash. to Austin'|t|\"Wash.\"",
    "'a Ph.D. of Law'|o|\"Ph.D.\"",
    "'in Tulsa, Okla. on Friday'|o|\"Okla.\"",
    "'the Wis. team'|t|\"Wis.\"",
  })
  void sentenceCaseReportsWhereTheSentenceMayGoOn(String in, String letter, String reason) {
    CleanResult r = only("case.sentence-start", in);
    assertEquals(in, r.text());
    assertEquals(1, r.edits().size(), r.edits().toString());
    Edit e = r.edits().get(0);
    assertEquals(RuleKind.REPORT, e.kind());
    assertEquals(letter, e.original());
    assertEquals(letter.toUpperCase(), e.replacement());
    assertTrue(e.message().contains(reason), e.message());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'use #BRAND #! again'",
    "'the state of S? o Paulo'",
    "'read it on Qunar. com today'",
    "'the U.S. team'",
    "'Mr. wang'",
    "'on Sept. the vote'",
    "'plan B. the next'",
    "'done... then'",
  })
  void sentenceCaseSaysNothingWhereNoSentenceEnds(String in) {
    CleanResult r = only("case.sentence-start", in);
    assertEquals(in, r.text());
    assertEquals(List.of(), r.edits());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'done. it works'|'done. It works'",
    "'done. \"next one'|'done. \"Next one'",
    "'up 5%. the rest'|'up 5%. The rest'",
    "'the workers''. the rest'|'the workers''. The rest'",
    "'see example.org. next'|'see example.org. Next'",
    "'fell. net profit rose'|'fell. Net profit rose'",
    "'what? a shame'|'what? A shame'",
  })
  void sentenceCaseStillCapitalizesPlainSentenceStarts(String in, String out) {
    assertRule("case.sentence-start", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'on DailyMail. com today'|'on DailyMail.com today'",
    "'by Zhongxin. com, Hainan'|'by Zhongxin.com, Hainan'",
    "'\"Qunar. com\" said'|'\"Qunar.com\" said'",
    "'Sina. com. cn and gov. cn'|'Sina.com.cn and gov.cn'",
    "'(www. example.cn)'|'(www.example.cn)'",
    "'the dot. com era'|'the dot.com era'",
    "'fell. net profit'|'fell. net profit'",
    "'the U.S. com-sector'|'the U.S. com-sector'",
    "'it rose 5. com'|'it rose 5. com'",
  })
  void splitDomainsAreJoinedWhenCertain(String in, String out) {
    assertRule("space.after-punct", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'Xinhua. net reported'|'.net'",
    "'the site Qunar. Com said'|'.com'",
  })
  void splitDomainsThatMayBeSentencesAreReported(String in, String proposal) {
    CleanResult r = only("space.after-punct", in);
    assertEquals(in, r.text());
    assertEquals(1, r.edits().size());
    assertEquals(RuleKind.REPORT, r.edits().get(0).kind());
    assertEquals(proposal, r.edits().get(0).replacement());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'the state of S?o Paulo'|'the state of S?o Paulo'",
    "'BRAS?LIA airport'|'BRAS?LIA airport'",
    "'stop?because it failed'|'stop?because it failed'",
    "'open today?Yes, all day'|'open today? Yes, all day'",
    "'really?I think so'|'really? I think so'",
  })
  void questionMarkInsideAWordIsLeftAlone(String in, String out) {
    assertRule("space.after-punct", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    // out of step: a quote glued to the word before it cannot open, one glued to the word after cannot close
    "'Hello readers\" next week we review the \"science fair'",
    "'the film \"Long March\" in 1990. \"After years, the film \"Long March\" moves me. It is great.\"'",
    "'said,\" The goal is clear,\" said the minister. \"'",
    // inch marks, and the doubled quotes of a CSV export
    "'the price of 70\" can buy a 50\" set'",
    "'They said \"\"yes\"\" to the \" new plan \".'",
    // facing outwards around more than a short title: two halves of two quotations
    "'the teacher\" will go online next week with \"new lessons'",
  })
  void straightQuotesWhosePairingIsNotCertainAreLeft(String in) {
    CleanResult r = only("quotes.padding", in);
    assertEquals(in, r.text());
    assertTrue(r.edits().stream().noneMatch(Edit::applied), r.edits().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'A 65\" TV with the \" smart \" mode'|'A 65\" TV with the \"smart\" mode'",
    "'Staff follow the\" Eight Rules \"closely.'|'Staff follow the \"Eight Rules\" closely.'",
    "'asked: \"Is it safe? \" She said, \" Yes. \"'|'asked: \"Is it safe?\" She said, \"Yes.\"'",
    "'the masses \" running at both ends \"-Daily'|'the masses \"running at both ends\"-Daily'",
    "'a number (\" App report \") and a site'|'a number (\"App report\") and a site'",
    // line by line when every line holds an even number: the second line is cleaned
    "'Hello readers\" next week the \"fair\n the \" Green Factory \" award'|'Hello readers\" next week the \"fair\n the \"Green Factory\" award'",
  })
  void straightQuotesWhosePairingIsCertainAreCleaned(String in, String out) {
    assertRule("quotes.padding", in, out);
  }

  @Test
  void quotesOutOfStepAreReportedOnce() {
    CleanResult r = only("quotes.padding", "Hello readers\" next week we review the \"science fair");
    assertEquals(1, r.edits().size());
    assertEquals(RuleKind.REPORT, r.edits().get(0).kind());
    assertTrue(r.edits().get(0).message().startsWith("straight quotes out of step"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'(Lin Hao) \u3010Daily News\u3011'|'(Lin Hao) [Daily News]'",
    "'(Lin Hao)\u3010Daily News\u3011'|'(Lin Hao)[Daily News]'",
    "'( \u3010Draft\u3011)'|'([Draft])'",
    "'the report \u3010Draft\u3011 is'|'the report [Draft] is'",
  })
  void aSpaceBeforeAChineseBracketStays(String in, String out) {
    assertRule("punct.cjk", in, out);
  }
}
