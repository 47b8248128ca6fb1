package org.mtclean.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CjkSentenceTokenizerTest {
  private final CjkSentenceTokenizer tokenizer = new CjkSentenceTokenizer();

  @Test
  void splitsAfterChineseAndEnglishSentenceMarks() {
    assertEquals(List.of("The survey started\u3002", "Results follow. ", "the end"),
        tokenizer.tokenize("The survey started\u3002Results follow. the end"));
    assertEquals(List.of("Did it work\uFF1F", "Yes\uFF01 ", "It did."),
        tokenizer.tokenize("Did it work\uFF1FYes\uFF01 It did."));
    assertEquals(List.of("He said \u201CWe agree.\u201D ", "Then he left."),
        tokenizer.tokenize("He said \u201CWe agree.\u201D Then he left."));
  }

  @Test
  void keepsAbbreviationsDecimalsInitialsAndEllipses() {
    assertEquals(List.of("See e.g. the annex. ", "U.S. officials came. ", "Dr. Li spoke."),
        tokenizer.tokenize("See e.g. the annex. U.S. officials came. Dr. Li spoke."));
    assertEquals(List.of("It rose 3.5 percent. ", "Then it fell to No. 4 in 2022."),
        tokenizer.tokenize("It rose 3.5 percent. Then it fell to No. 4 in 2022."));
    assertEquals(List.of("It worked!", "Then it stopped?", "It did."),
        tokenizer.tokenize("It worked!Then it stopped?It did."));
    assertEquals(List.of("J. Smith waited... and waited\u2026 ", "Then rain."),
        tokenizer.tokenize("J. Smith waited... and waited\u2026 Then rain."));
  }

  @Test
  void blankLinesEndParagraphsAndSingleBreaksOnlyWhenAsked() {
    String text = "One line\nsecond line\r\n\r\nNew para";
    assertEquals(List.of("One line\nsecond line\r\n\r\n", "New para"), tokenizer.tokenize(text));
    CjkSentenceTokenizer single = new CjkSentenceTokenizer();
    single.setSingleLineBreaksMarksParagraph(true);
    assertEquals(List.of("One line\n", "second line\r\n\r\n", "New para"), single.tokenize(text));
    assertEquals(List.of("Ends here.\n\n", "No. 5 starts here."),
        tokenizer.tokenize("Ends here.\n\nNo. 5 starts here."));
    assertEquals(List.of("Item No.\n\n", "Next"), tokenizer.tokenize("Item No.\n\nNext"));
  }

  @Test
  void sentencesAlwaysConcatenateToTheInput() {
    long seed = org.mtclean.TestSeeds.seed("CjkSentenceTokenizerTest");
    Random random = new Random(seed);
    String[] parts = {"a", "B", " ", ".", "!", "?", "\u3002", "\uFF01", "\n", "\r\n", "\u2026",
        "\"", "\u201D", ")", "e.g.", "3.5", "\uD842\uDFB7", "\u3000", "U.S."};
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(30);
      for (int k = 0; k < len; k++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      List<String> sentences = tokenizer.tokenize(text);
      assertEquals(text, String.join("", sentences), "seed " + seed);
      sentences.forEach(s -> assertEquals(false, s.isEmpty(), "empty sentence, seed " + seed));
    }
  }
}
