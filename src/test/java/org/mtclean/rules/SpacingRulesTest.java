package org.mtclean.rules;

import static org.mtclean.rules.RuleTesting.assertRule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpacingRulesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'a   b'|'a b'",
    "'a\tb'|'a b'",
    "'a \t b'|'a b'",
    "'`a   b`'|'`a   b`'",
  })
  void runs(String in, String out) {
    assertRule("space.runs", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'  a'|'a'",
    "'\u3000\u3000a\n\u00A0b'|'a\nb'",
  })
  void indentation(String in, String out) {
    assertRule("space.indent", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'a  \nb\t'|'a\nb'",
    "'a\u3000'|'a'",
  })
  void trailing(String in, String out) {
    assertRule("space.trailing", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'the board , in principle , agreed .'|'the board, in principle, agreed.'",
    "'why ? yes !'|'why? yes!'",
    "'a ; b : c'|'a; b: c'",
    "'won 3 : 1 at 09 : 30, 16 :9 screens'|'won 3:1 at 09:30, 16:9 screens'",
    "'Item 3: 1 apple; at 3 : noon; the 1990s : 2 wars'|'Item 3: 1 apple; at 3: noon; the 1990s: 2 wars'",
    "'in 2019 : 320 million; 3 : 1.5; on 2022-05-09 : 1. Plan; 12,500 : 3; A4 : 3; 3 : 4th; b=1 :8; 24 :8%'|'in 2019: 320 million; 3: 1.5; on 2022-05-09: 1. Plan; 12,500: 3; A4: 3; 3: 4th; b=1 :8; 24 :8%'",

    "'uses .NET today'|'uses .NET today'",
    "'and so on ...'|'and so on ...'",
    "'smile :)'|'smile :)'",
    "'up 12 % over 2022, 20 % to 30 %.'|'up 12% over 2022, 20% to 30%.'",
    "'the % sign and 5 %x'|'the % sign and 5 %x'",
    // clitics split by a tokenizer
    "'the group ''s work'|'the group''s work'",
    "'it does n''t, ca n''t, wo n''t, don ''t'|'it doesn''t, can''t, won''t, don''t'",
    "'they ''re, we ''ve, I ''m, she ''d, he ''ll, China \u2019s'|'they''re, we''ve, I''m, she''d, he''ll, China\u2019s'",
    "'it ''shoddy'', the ''s'' key, rock ''n'' roll, the ''90s, 2 ''s'|'it ''shoddy'', the ''s'' key, rock ''n'' roll, the ''90s, 2 ''s'",
    "'an n''t, so n''t'|'an n''t, so n''t'",

  })
  void beforePunct(String in, String out) {
    assertRule("space.before-punct", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'Location:Wuhan'|'Location: Wuhan'",
    "'costs;Revenue'|'costs; Revenue'",
    "'a,b'|'a, b'",
    "'yes!No'|'yes! No'",
    "'why?Because'|'why? Because'",
    "'Time:2023-08-08'|'Time: 2023-08-08'",
    "'at 09:30 today'|'at 09:30 today'",
    "'ratio 4:3'|'ratio 4:3'",
    "'see https://example.org/a?page=2,b'|'see https://example.org/a?page=2,b'",
    "'12,500 tons'|'12,500 tons'",
    "'closed.The next'|'closed. The next'",
    "'uses Node.js daily'|'uses Node.js daily'",
    "'rose 8.5%year-on-year'|'rose 8.5% year-on-year'",
    "'rose 8.3%to 2.1 billion'|'rose 8.3% to 2.1 billion'",
    "'50%OFF and 5%a'|'50%OFF and 5%a'",
    "'see %2Fpath and 3%2F'|'see %2Fpath and 3%2F'",
    "'at http://x.org/?q=5%off now'|'at http://x.org/?q=5%off now'",
    "'is \"encouraging\".he said'|'is \"encouraging\". he said'",
    "'the map).then'|'the map). then'",
    "'run $(\".item\").hide()'|'run $(\".item\").hide()'",
    "'see (Fig. 2).next'|'see (Fig. 2). next'",
    "'call foo().bar'|'call foo().bar'",
    "'Keywords=audio;music;player;'|'Keywords=audio;music;player;'",
    "'We met;then we left.'|'We met; then we left.'",
  })
  void afterPunct(String in, String out) {
    assertRule("space.after-punct", in, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'company(Group)said'|'company (Group) said'",
    "'( a b )'|'(a b)'",
    "'[ x]'|'[x]'",
    "'employee(s) sign'|'employee(s) sign'",
    "'(a )'|'(a)'",
    "'item a ) first'|'item a ) first'",
    "'( )'|'()'",
    "'see printf(3) and ls(1)'|'see printf(3) and ls(1)'",
    "'under Article 5(1)(a) of'|'under Article 5(1)(a) of'",
    "'where f(x) holds'|'where f(x) holds'",
    "'GDP(gross domestic product)rose'|'GDP (gross domestic product) rose'",
    "'the plan(2021-2025)ends'|'the plan (2021-2025) ends'",
    "'the Treaty(PCT), with'|'the Treaty (PCT), with'",
    "'Radio(NPR)reported'|'Radio (NPR) reported'",
    "'Section 2(iii) says'|'Section 2(iii) says'",
  })
  void brackets(String in, String out) {
    assertRule("space.brackets", in, out);
  }
}
