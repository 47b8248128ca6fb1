package org.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.TestSeeds;

/** {@link SplitDomains#at} answers as the straightforward version with Strings and sets does. */
class SplitDomainsTest {
  private static final String[] PIECES = {
    "Qunar", "qunar", "Sina", "sina", "www", "WWW", "Www", "xinhua", "Xinhua", "XinHua", "site", "a",
    "ab", "12", "a1", "com", "Com", "COM", "cOm", "cn", "Cn", "net", "Net", "NET", "org", "gov", "edu",
    "hk", "tw", "uk", "jp", "jpg", "co", "the", "The", "in", "In", "it", "c0m", "x", "comm", "1",
    ".", ". ", " ", "-", "@", "\u4E2D", "\u00E9", "\u00C9", "\n", "sina.", "a-", "www.", "..",
  };

  private static int at(String text, int dot) {
    return SplitDomains.at(text.toCharArray(), text.length(), dot);
  }

  @Test
  void casesFromTheRuleDocumentation() {
    assertEquals(SplitDomains.JOIN, at("Qunar. com", 5));
    assertEquals(SplitDomains.JOIN, at("see www. example.cn", 7));
    assertEquals(SplitDomains.UNSURE, at("Xinhua. net", 6));
    assertEquals(SplitDomains.NONE, at("sales fell. net profit rose", 10));
    assertEquals(SplitDomains.UNSURE, at("Qunar. Com", 5));
    assertEquals(SplitDomains.NONE, at("it fell. The", 7));
    assertEquals(SplitDomains.JOIN, at("Sina. com. cn", 9));
  }

  @Test
  void answersAsTheReferenceOnRandomText() {
    long seed = TestSeeds.seed("SplitDomainsTest");
    Random random = new Random(seed);
    for (int doc = 0; doc < 20000; doc++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      char[] s = text.toCharArray();
      for (int i = 0; i < s.length; i++) {
        assertEquals(SplitDomainsReference.at(s, s.length, i), SplitDomains.at(s, s.length, i),
            "seed " + seed + ", text '" + text + "', at " + i);
      }
    }
  }
}
