package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectedSpansTest {
  /** The part between the brackets must be protected, as a whole. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "see [https://example.org/a?b=1] now",
    "go to [www.example.org].",
    "write to [press@example.com].",
    "at [09:30] today",
    "ratio [3:1] now",
    "rose [3.75] percent",
    "sold [12,500] tons",
    "version [1.4.2] out",
    "on [2022-05-09] we",
    "the [U.S.] team",
    "[e.g.] this",
    "meet [Mr.] Wang",
    "[No.] 5 Road",
    "Co., [Ltd.] branch",
    "runs [Node.js] well",
    "read [config.yaml] first",
    "run [`a , b`] here",
    "at [15:08:11] today",
  })
  void protects(String marked) {
    int start = marked.indexOf('[');
    int end = marked.indexOf(']') - 1;
    String text = marked.substring(0, start) + marked.substring(start + 1, end + 1) + marked.substring(end + 2);
    ProtectedSpans spans = ProtectedSpans.of(text);
    for (int i = start; i < end; i++) {
      assertTrue(spans.contains(i), "index " + i + " of '" + text + "'");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Location:Wuhan",
    "a,b",
    "closed.The",
    "plain words here.",
  })
  void leavesOrdinaryTextOpen(String text) {
    ProtectedSpans spans = ProtectedSpans.of(text);
    for (int i = 0; i < text.length(); i++) {
      assertFalse(spans.contains(i), "index " + i + " of '" + text + "'");
    }
  }

  /** The one-token answer agrees with the whole-paragraph scan, on seeded random text. */
  @Test
  void tokenContainsAgreesWithTheParagraphScan() {
    String[] pieces = {
      "see", "https://example.org/a?b=1", "www.example.org", "press@example.com", "09:30", "3:1",
      "3.75", "12,500", "1.4.2", "2022-05-09", "U.S.", "e.g.", "Mr.", "No.", "Co.,", "Ltd.",
      "Node.js", "config.yaml", "word.The", " ", " ", "\n", ",", ".", ":", "/", "-", "(", ")",
      "\"", "\u201C", "\u3002", "\u4E2D\u6587", "\uD842\uDFB7", "\u00A0", "a", "5", "x@",
    };
    long seed = org.mtclean.TestSeeds.seed("ProtectedSpansTest");
    Random random = new Random(seed);
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      char[] text = b.toString().toCharArray();
      ProtectedSpans spans = ProtectedSpans.of(text, text.length);
      for (int i = 0; i < text.length; i++) {
        assertEquals(spans.contains(i), ProtectedSpans.tokenContains(text, text.length, i),
            "seed " + seed + ", index " + i + " of " + b);
      }
    }
  }
}
