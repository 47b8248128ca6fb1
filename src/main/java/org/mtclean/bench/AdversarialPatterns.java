package org.mtclean.bench;

import java.util.List;
import java.util.Random;

/**
 * A seeded generator of adversarial paragraphs for {@link AdversarialBench}: each pattern is a
 * template repeated to the size asked, with its placeholders filled at random, so that the text
 * is one long token, one long run or one long chain, the shapes where a rule that looks back or
 * ahead from every char, or a pass per link of a chain, would be quadratic.
 *
 * <p>Placeholders: {@code L} a lower-case letter, {@code U} an upper-case one, {@code D} a digit,
 * {@code W} a lower-case word, {@code H} a CJK letter; any other char stands for itself.
 */
final class AdversarialPatterns {
  private AdversarialPatterns() {}

  /** A named template; {@code newline} ends each repeat with a line break (no blank lines). */
  record Pattern(String name, String template, boolean newline) {
    /** The pattern repeated to {@code size} chars, in one paragraph. */
    String generate(Random random, int size) {
      StringBuilder b = new StringBuilder(size + 64);
      while (b.length() < size) {
        for (int i = 0; i < template.length(); i++) {
          char c = template.charAt(i);
          switch (c) {
            case 'L' -> b.append((char) ('a' + random.nextInt(26)));
            case 'U' -> b.append((char) ('A' + random.nextInt(26)));
            case 'D' -> b.append((char) ('0' + random.nextInt(10)));
            case 'W' -> b.append(WORDS[random.nextInt(WORDS.length)]);
            case 'H' -> b.append(HAN[random.nextInt(HAN.length)]);
            default -> b.append(c);
          }
        }
        if (newline) {
          b.append('\n');
        }
      }
      return b.toString();
    }
  }

  private static final String[] WORDS = {"word", "data", "plan", "city", "river", "report"};
  private static final char[] HAN = "中国人民经济发展的了在是".toCharArray();

  private static Pattern p(String name, String template) {
    return new Pattern(name, template, false);
  }

  static List<Pattern> all() {
    return List.of(
        p("comma-no-space", "L,L,"),
        p("x,y", "x,y "),
        p("semicolon", "L;L"),
        p("colon", "L:L"),
        p("bang", "L!L"),
        p("dot-capital", "LL.ULL"),
        p("word.Word", "W.UW"),
        p("dots", "."),
        p("ellipsis-ascii", "......"),
        p("ellipsis-cjk", "\u2026\u2026"),
        p("digits", "D"),
        p("digit-commas", "D,"),
        p("digit-dots", "D."),
        p("digit-colons", "DD:"),
        p("digit-hyphens", "D-"),
        p("straight-quotes", "\"\"\""),
        p("curly-quotes", "\u201C\u201D"),
        p("quoted-words", "\"W\" "),
        p("cjk-run", "H"),
        p("cjk-punct", "H\uFF0C"),
        p("cjk-full-stops", "\u3002"),
        p("cjk-brackets", "\uFF08L\uFF09"),
        p("cjk-open-brackets", "\u3010"),
        p("dash-spaced", "- "),
        p("hyphens", "-"),
        p("words-repeated", "W "),
        p("same-word", "the "),
        p("capital-words", "UL "),
        p("number-words", "one hundred "),
        p("spaces-tabs", " \t"),
        p("slashes", "L/"),
        p("at-signs", "L@L."),
        p("url-like", "http://L.com/"),
        p("initials", "U."),
        p("abbreviations", "Mr.No."),
        p("backticks-open", "`L "),
        p("untranslated-open", "[untranslated: "),
        p("parens-open", "("),
        p("year-chain", "2022\u5E74 "),
        p("date-chain", "1\u67081\u65E5 "),
        p("myriad-chain", "5\u4E07 "),
        p("myriad-date-chain", "5\u4E07 1\u67081\u65E5 "),
        p("myriad-year-chain", "5\u4E07 2022\u5E74 "),
        p("literal-dates", "Four month Twenty-four day "),
        p("mixed-han-latin", "HL"),
        p("question-marks", "L?L"),
        p("fullwidth-letters", "\uFF21\uFF42"),
        p("sentence-no-space", "W.W"),
        new Pattern("short-lines", "W W.", true),
        new Pattern("cjk-lines", "HH\u3002", true));
  }
}
