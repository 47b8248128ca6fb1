package org.example.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Indices;
import org.mtclean.Rule;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;

/**
 * Rules written outside the project, against the public rule API alone (this package is not
 * org.mtclean's): they scan the read-only marks and word breaks and edit through the context.
 */
class OutsideRuleTest {
  /** Takes out a space before a semicolon, visiting only the marks. */
  static final class SpaceBeforeSemicolon implements Rule {
    @Override
    public String id() {
      return "example.semicolon";
    }

    @Override
    public RuleKind kind() {
      return RuleKind.SAFE;
    }

    @Override
    public String description() {
      return "no space before a semicolon";
    }

    @Override
    public void apply(RuleContext ctx) {
      if (!ctx.mayContain(';')) {
        return;
      }
      String s = ctx.text();
      Indices marks = ctx.marks();
      for (int k = 1; k < marks.size(); k++) {
        int i = marks.get(k);
        if (s.charAt(i) == ';' && marks.get(k - 1) == i - 1 && s.charAt(i - 1) == ' '
            && !ctx.isProtected(i - 1, i + 1)) {
          ctx.replace(i - 1, i, "", "took out the space before a semicolon");
        }
      }
    }
  }

  /** Capitalizes the word {@code i}, going word by word from break to break. */
  static final class LoneI implements Rule {
    @Override
    public String id() {
      return "example.lone-i";
    }

    @Override
    public RuleKind kind() {
      return RuleKind.SAFE;
    }

    @Override
    public String description() {
      return "the pronoun i in capitals";
    }

    @Override
    public void apply(RuleContext ctx) {
      String s = ctx.text();
      int n = ctx.length();
      Indices breaks = ctx.wordBreaks();
      int start = 0;
      for (int k = 0; k <= breaks.size(); k++) {
        int end = k < breaks.size() ? breaks.get(k) : n;
        // the breaks split words only at chars that are not ASCII letters: ié is one word
        if (end - start == 1 && s.charAt(start) == 'i' && (end == n || !Character.isLetter(s.charAt(end)))
            && (start == 0 || !Character.isLetter(s.charAt(start - 1))) && !ctx.isProtected(start)) {
          ctx.replace(start, end, "I", "capitalized the pronoun");
        }
        start = end + 1;
      }
    }
  }

  private static final Cleaner CLEANER =
      Cleaner.builder().disableAll().addRule(new SpaceBeforeSemicolon()).addRule(new LoneI()).build();

  @Test
  void outsideRulesEditThroughTheViews() {
    assertEquals("I came; I saw; then pi.", CLEANER.clean("i came ; i saw ; then pi.").text());
    assertEquals("so I said: I think;\nI know", CLEANER.clean("so i said: i think ;\ni know").text());
    List<String> ids = CLEANER.clean("so i ; said").edits().stream().map(Edit::ruleId).toList();
    assertEquals(List.of("example.lone-i", "example.semicolon"), ids);
  }

  @Test
  void wellWrittenTextStays() {
    for (String same : List.of("I came; I saw.", "pi and xi", "www.i.example; ok", "a; b", "",
        "\u4F60\u597D; i\u00E9")) {
      assertEquals(same, CLEANER.clean(same).text(), same);
    }
  }

  @Test
  void viewsAreReadOnlyCopies() {
    int[] raw = {1, 4, 9};
    Indices v = Indices.of(raw);
    raw[0] = 7;
    assertEquals(1, v.get(0));
    int[] copy = v.toArray();
    copy[1] = 0;
    assertEquals(4, v.get(1));
    assertEquals(3, v.size());
    assertEquals(Indices.of(1, 4, 9), v);
    assertEquals(0, v.firstAtOrAfter(0));
    assertEquals(1, v.firstAtOrAfter(4));
    assertEquals(2, v.firstAtOrAfter(5));
    assertEquals(3, v.firstAtOrAfter(10));
    assertThrows(IndexOutOfBoundsException.class, () -> v.get(3));
    assertThrows(IndexOutOfBoundsException.class, () -> v.get(-1));
    assertThrows(IllegalArgumentException.class, () -> Indices.of(2, 2));
    assertThrows(IllegalArgumentException.class, () -> Indices.of(-1, 2));
    assertEquals(Indices.of(4, 9), Indices.of(new int[] {1, 4, 9, 3}, 1, 3));
    assertEquals(0, Indices.of().size());
  }
}
