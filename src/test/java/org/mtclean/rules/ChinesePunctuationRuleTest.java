package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtclean.rules.RuleTesting.assertRule;
import static org.mtclean.rules.RuleTesting.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtclean.Edit;

class ChinesePunctuationRuleTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "started。Results|started. Results",
    "started 。 Results|started. Results",
    "a，b|a, b",
    "，The line goes on。|The line goes on.",
    "、 Also|Also",
    "，1. Plan|, 1. Plan",
    "a、b、c|a, b, c",
    "1、Strengthen leadership。2、Improve efficiency。|1. Strengthen leadership. 2. Improve efficiency.",
    "Measures：1、plan；2、act|Measures: 1. plan; 2. act",
    "in 2020、2021 and 2022|in 2020, 2021 and 2022",
    "items 1、2 and 3|items 1, 2 and 3",
    "2024、Plans|2024, Plans",
    "costs；revenue|costs; revenue",
    "follow：two|follow: two",
    "great！Next|great! Next",
    "why？Because|why? Because",
    "end。|end.",
    "end。”|end.”",
    "9：30|9:30",
    "12，500|12,500",
    "3．5|3.5",
    "company（Group）said|company (Group) said",
    "（一）Strengthen leadership|(1) Strengthen leadership",
    "（十二）Keep records|(12) Keep records",
    "一、Strengthen leadership。二、Improve efficiency。|1. Strengthen leadership. 2. Improve efficiency.",
    "Tasks：十、plan；二十一、act|Tasks: 10. plan; 21. act",
    "第一、Work|第一, Work",
    "（一百）Text|(一百) Text",
    "Text（中文）|Text (中文)",
    "See 《规划》now|See \"规划\" now",
    "中文（注释）中文|中文（注释）中文",
    "（二）加强领导|（二）加强领导",
    "Items（一）and（二）follow|Items (1) and (2) follow",
    "Tasks：①improve quality；②cut costs。|Tasks: (1) improve quality; (2) cut costs.",
    "①Improve quality|(1) Improve quality",
    "Steps:⑴plan, ⒉act|Steps: (1) plan, (2) act",
    "⒈Plan the work|(1) Plan the work",
    "⑳ Last item|(20) Last item",
    "①加强领导；②完善制度|①加强领导；②完善制度",
    "see ⑩.|see ⑩.",
    "Hello，%s！You have {0} new messages，{1}。|Hello, %s! You have {0} new messages, {1}.",
    "Cost：$5 or 50，%|Cost: $5 or 50,%",
    "deal【draft】now|deal [draft] now",
    "fund〔2021〕|fund [2021]",
    "wait……then|wait... then",
    "more，and more…|more, and more...",
    "Item 0 ， %s done|Item 0, %s done",
    "per transaction...…|per transaction......",
    "plan——now|plan\u2014now",
    "plan —— now|plan\u2014now",
    "3～5 days|3-5 days",
    "about ～ ten|about ~ ten",
    "Karl·Weber|Karl Weber",
    "Anna・Schmidt|Anna Schmidt",
    "a · b|a · b",
    "the paper《Green Steel》won|the paper \"Green Steel\" won",
    "the film「New Roads」|the film \"New Roads\"",
  })
  void convertsInEnglishContext(String in, String out) {
    assertRule("punct.cjk", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "中文，中文",
    "这是中文句子。",
    "绿色发展，共建未来",
    "卡尔·韦伯",
    "《红楼梦》",
    "一、二、三",
    "一、加强领导",
    "（一）加强领导",
  })
  void leavesChineseRunsAlone(String in) {
    assertRule("punct.cjk", in, in);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Open File…",
    "Wait… what",
    "He paused — then left.",
  })
  void leavesEnglishTypographyAlone(String in) {
    assertRule("punct.cjk", in, in); // a lone … or — is English; the Chinese marks come in pairs
  }

  @Test
  void keepsTheSpaceBeforeAnInlineCodeAsItWas() {
    assertRule("punct.cjk", "Click，\uFFFCSave\uFFFC now", "Click, \uFFFCSave\uFFFC now");
    assertRule("punct.cjk", "\uFFFCHello，\uFFFC world", "\uFFFCHello,\uFFFC world");
    assertRule("punct.cjk", "Click ， \uFFFCSave\uFFFC now", "Click, \uFFFCSave\uFFFC now");
  }

  @Test
  void titleMarksFollowTheDocumentsCurlyQuotes() {
    assertRule("punct.cjk", "the \u201cyear\u201d and 《Plan》", "the \u201cyear\u201d and \u201cPlan\u201d");
  }

  @Test
  void reportsWhatItChanged() {
    Edit e = only("punct.cjk", "a，b").edits().get(0);
    assertEquals("punct.cjk", e.ruleId());
    assertEquals("，", e.original());
    assertEquals(", ", e.replacement());
    assertTrue(e.message().contains("comma"), e.message());
  }

  @Test
  void aCommaThatBeginsALineIsDropped() {
    RuleTesting.assertRule("punct.cjk", "Done\u3002\n\uFF0C then more", "Done.\nthen more");
    RuleTesting.assertRule("punct.cjk", "\u3000\u3000\uFF0CThe line", "\u3000\u3000The line");
  }

  @Test
  void surrogatePairsCountAsChinese() {
    String extB = "\uD842\uDFB7";
    assertRule("punct.cjk", extB + "，" + extB, extB + "，" + extB);
  }
}
