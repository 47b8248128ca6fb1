package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mtclean.rules.RuleTesting.assertRule;
import static org.mtclean.rules.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtclean.CleanResult;
import org.mtclean.Edit;
import org.mtclean.RuleKind;

class QuoteAndCaseRulesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'the \" Green Factory \" award'|'the \"Green Factory\" award'",
    "'the\" Green \"award'|'the \"Green\" award'",
    "'\u201C Zero Waste \u201D'|'\u201CZero Waste\u201D'",
    "'\u201Cok\u201D and \u201C more \u201D'|'\u201Cok\u201D and \u201Cmore\u201D'",
    "'it\u2019s fine'|'it\u2019s fine'",
    "'`\" a \"`'|'`\" a \"`'",
    "'He said:\"We will work hard!\"'|'He said: \"We will work hard!\"'",
    "'He left.\u201CNext time,\u201D she said.'|'He left. \u201CNext time,\u201D she said.'",
    "'\"Yes,\"he said,\"go.\"'|'\"Yes,\" he said, \"go.\"'",
    "'See http://x.org/?q=\"a\" now'|'See http://x.org/?q=\"a\" now'",
    // straight and curly marks mixed: the quotes pair up in turn when their places agree
    "'He said \u201C we win \" and left.'|'He said \u201Cwe win\" and left.'",
    "'the \"Three Rules\u201C campaign and the \" Two Studies \u201D plan'|'the \"Three Rules\u201C campaign and the \"Two Studies\u201D plan'",
    "'\u201CHe said \"no\" to me,\u201D she said.'|'\u201CHe said \"no\" to me,\u201D she said.'",
    "'\u201C Zero \u201D and \" Green \"'|'\u201CZero\u201D and \"Green\"'",
    // curly single quotes, nested in double ones by Chinese MT; ’ is also the apostrophe
    "'\u201Cdo the \u2018 Six Stability \u2019 work\u201D'|'\u201Cdo the \u2018Six Stability\u2019 work\u201D'",
    "'the \u2018 don\u2019t stop \u2019 campaign'|'the \u2018don\u2019t stop\u2019 campaign'",
    "'the workers\u2019 union'|'the workers\u2019 union'",
    "'a \u2018  \u2019 gap'|'a \u2018  \u2019 gap'",
    "'a \u2018 lone quote'|'a \u2018 lone quote'",
    "'the \u2018 one\n\u2019 two'|'the \u2018 one\n\u2019 two'",
    // a \u2019 with a word right after it never closes, so removing the space before one that
    // does cannot make it look like an apostrophe on a second run (found by the long-paragraph fuzz)
    "'the \u2018 x one \u2019etc. The \u2019 ca'|'the \u2018x one \u2019etc. The\u2019 ca'",
    "'\u2018 we \u2019ll go \u2019.'|'\u2018we \u2019ll go\u2019.'",
  })
  void padding(String in, String out) {
    assertRule("quotes.padding", in, out);
  }

  @Test
  void unpairedQuotesAreReportedNotChanged() {
    CleanResult r = only("quotes.padding", "the \" Green Factory award");
    assertEquals("the \" Green Factory award", r.text());
    Edit e = r.edits().get(0);
    assertEquals(RuleKind.REPORT, e.kind());
    assertEquals(false, e.applied());
    assertEquals(5, e.start().column());
  }

  @Test
  void mixedMarksThatMayNotBelongTogetherAreLeftAndReported() {
    // read in turn, the last mark would close with space on both sides, facing the wrong way; read
    // by style, the straight pair would hold the words between two quotations
    String in = "The \u201CBelt and Road\" plan and the \" Made in China \u201C plan.";
    CleanResult r = only("quotes.padding", in);
    assertEquals(in, r.text());
    assertEquals(true, r.edits().stream().allMatch(e -> e.kind() == RuleKind.REPORT && !e.applied()));
    assertEquals(true, r.edits().stream().anyMatch(e -> e.message().contains("quotes left as they are")));
  }

  @Test
  void aPairOfMismatchedMarksIsReported() {
    CleanResult r = only("quotes.padding", "The \u201CBelt and Road\" plan.");
    assertEquals("The \u201CBelt and Road\" plan.", r.text());
    assertEquals(1, r.edits().size());
    assertEquals("the quote marks of this pair do not match", r.edits().get(0).message());
    assertEquals(19, r.edits().get(0).start().column());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'done. it works'|'done. It works'",
    "'done! what? yes'|'done! What? Yes'",
    "'done.\" next'|'done.\" next'",
    "'done. \"next'|'done. \"Next'",
    "'the U.S. team'|'the U.S. team'",
    "'e.g. this'|'e.g. this'",
    "'Mr. wang'|'Mr. wang'",
    "'wait... then'|'wait... then'",
    "'done. iPhone sales'|'done. iPhone sales'",
    "'see example.org. next'|'see example.org. Next'",
    "'done. \u00E9t\u00E9'|'done. \u00C9t\u00E9'",
  })
  void sentenceCase(String in, String out) {
    assertRule("case.sentence-start", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'a,, b'|'a, b'",
    "'end.. Next'|'end. Next'",
    "'end... Next'|'end... Next'",
    "'end,. Next'|'end. Next'",
    "'etc., and'|'etc., and'",
    "'a;; b'|'a; b'",
    "'cd ../up'|'cd ../up'",
    "'glass, etc.. Next'|'glass, etc. Next'",
    "'the U.S.. Next'|'the U.S. Next'",
    "'etc... and'|'etc... and'",
  })
  void doubled(String in, String out) {
    assertRule("punct.doubled", in, out);
  }
}
