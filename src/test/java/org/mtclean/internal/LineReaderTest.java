package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines, terminators and low-surrogate counts, whatever the buffer size, the input and the chars. */
class LineReaderTest {
  private static final String[] ATOMS = {"a", "word ", "\n", "\r", "\r\n", "\t", "\u0001", "\u000E", "。",
      "\uD83D\uDE00", "\uDE00", "\uD83D", "\uD7FF", "\uE000", "\uFF0C", "\u2028", "北京", "  "};

  @Test
  void linesAsSplitByHand() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("LineReaderTest");
    Random rnd = new Random(seed);
    LineReader lines = new LineReader();
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      for (int n = rnd.nextInt(round < 150 ? 30 : 3000); n > 0; n--) {
        b.append(ATOMS[rnd.nextInt(rnd.nextInt(3) == 0 ? ATOMS.length : 2)]);
      }
      String text = b.toString();
      List<String> expected = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          String term = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : String.valueOf(c);
          expected.add(describe(text.substring(start, i), term));
          i += term.length() - 1;
          start = i + 1;
        }
      }
      if (start < text.length()) {
        expected.add(describe(text.substring(start), ""));
      }
      lines.reset(rnd.nextBoolean() ? new StringReader(text) : inPlace(text, rnd), 16 + rnd.nextInt(100));
      List<String> got = new ArrayList<>();
      while (lines.next()) {
        String line = new String(lines.content, 0, lines.length);
        assertEquals(line.length() - line.codePointCount(0, line.length()) + countLoneLows(line),
            lines.lowSurrogates, "seed " + seed);
        got.add(describe(line, lines.terminator));
      }
      assertEquals(expected, got, "seed " + seed + ", round " + round);
    }
  }

  /** The text at the start of a longer array, the rest of which is no part of it. */
  private static LineReader.InPlace inPlace(String text, Random rnd) {
    char[] chars = java.util.Arrays.copyOf(text.toCharArray(), text.length() + rnd.nextInt(3));
    java.util.Arrays.fill(chars, text.length(), chars.length, '\n');
    return new LineReader.InPlace(chars, text.length());
  }

  /** Low surrogates that are no part of a pair, which codePointCount counts as code points. */
  private static int countLoneLows(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowSurrogate(s.charAt(i)) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        n++;
      }
    }
    return n;
  }

  private static String describe(String content, String terminator) {
    return content + "|" + terminator.replace("\r", "CR").replace("\n", "LF");
  }
}
