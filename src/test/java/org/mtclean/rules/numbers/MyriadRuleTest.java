package org.mtclean.rules.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;

class MyriadRuleTest {
  private static final Cleaner ONLY = Cleaner.builder().disableAll().enable("numbers.myriad").build();

  private static String clean(String s) {
    return ONLY.clean(s).text();
  }

  @Test
  void tenThousand() {
    assertEquals("shipped 40,000 tons", clean("shipped 4 ten thousand tons"));
    assertEquals("40,000 tons left", clean("4 ten thousand tons left"));
    assertEquals("planted 35,000 trees", clean("planted 3.5 ten thousand trees"));
    assertEquals("raised 30,000 yuan", clean("raised three ten thousand yuan"));
    assertEquals("raised 200,000 yuan", clean("raised twenty ten thousand yuan"));
    assertEquals("moved 2.5 million tons", clean("moved 250 ten thousand tons"));
    assertEquals("moved 12 million tons", clean("moved 1,200 ten thousand tons"));
    assertEquals("paid 12,345.6 yuan", clean("paid 1.23456 ten thousand yuan"));
  }

  @Test
  void aColonAfterAWordIsNoBarButOneAfterADigitIs() {
    // space.after-punct makes one:3 into one: 3; the rule must decide alike before and after
    assertEquals("by one:30,000 tons", clean("by one:3 ten thousand tons"));
    assertEquals("by one: 30,000 tons", clean("by one: 3 ten thousand tons"));
    assertEquals("ratio 2:3 ten thousand", clean("ratio 2:3 ten thousand"));
    assertEquals("one by one: 30,000 tons", Cleaner.defaults().cleanText("one by one:3 ten thousand tons"));
  }

  @Test
  void hundredMillion() {
    assertEquals("cost 150 million yuan", clean("cost 1.5 hundred million yuan"));
    assertEquals("earned 1.2 billion yuan", clean("earned 12 hundred million yuan"));
    assertEquals("earned 1.2 billion yuan", clean("earned twelve hundred million yuan"));
    assertEquals("made 120 million parts", clean("made one point two hundred million parts"));
    assertEquals("held 10 billion yuan", clean("held 100 hundred million yuan"));
    assertEquals("COST 360 MILLION YUAN", clean("COST 3.6 HUNDRED MILLION YUAN"));
    assertEquals("SHIPPED 40,000 TONS", clean("SHIPPED 4 TEN THOUSAND TONS"));
  }

  @Test
  void unitsLeftInChineseAfterDigits() {
    assertEquals("produces 50,000 tons", clean("produces 5\u4E07 tons"));
    assertEquals("invested 320 million yuan, and", clean("invested 3.2\u4EBF\u5143, and"));
    assertEquals("sales of 1.2 billion yuan", clean("sales of 12\u4EBF yuan"));
    assertEquals("about 15 million yuan", clean("about 1,500\u4E07\u5143"));
    assertEquals("earned 25,000 and 80,000 yuan", clean("earned 2.5 \u4E07 and 8\u4E07yuan"));
    assertEquals("total:50,000 50,000", clean("total:5\u4E075\u4E07"));
    assertEquals("50,000 30,000", clean("5\u4E07 3\u4E07"));
    assertEquals("costs,50,000 and .5\u4E07", clean("costs,5\u4E07 and .5\u4E07"));
  }

  @Test
  void unitsInsideChineseOrGluedStay() {
    for (String s : new String[] {
        "5\u4E07\u5428 of steel", "3\u4E07\u4EBF", "\u7EA65\u4E07", "3-5\u4E07 visitors",
        "v2.5\u4E07", "0\u4E07", "09:30\u4E07", "see http://x.cn/5\u4E07 now", "\u5168\u5E745\u4E07\u53F0"}) {
      assertEquals(s, clean(s));
    }
  }

  @Test
  void ordinaryEnglishIsLeftToCardinals() {
    assertEquals("holds seven hundred million yuan", clean("holds seven hundred million yuan"));
    assertEquals("one hundred ten thousand", clean("one hundred ten thousand"));
    assertEquals("ten thousand households", clean("ten thousand households"));
  }

  @Test
  void leftAlone() {
    for (String s : new String[] {
        "In 2019 ten thousand households", "version 1.4.2 ten thousand", "at 09:30 ten thousand",
        "the \"Three Ten Thousand\" plan", "the Three Ten Thousand Plan",
        "4 ten thousand-ton ships", "4 ten thousand five hundred"}) {
      assertEquals(s, clean(s), s);
    }
  }
}
