package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarksTest {
  @Test
  void listsPunctuationSpacingAndNonAsciiButNotPlainWordSpaces() {
    assertArrayEquals(new int[] {7, 8, 9, 11, 13, 14, 16}, list("The end.  A\tb ，x "));
    assertArrayEquals(new int[] {0}, list(" a b"));
    assertArrayEquals(new int[] {}, list("plain words only"));
    int[] breaks = Marks.breaksOf("a b, c\u3002".toCharArray(), 7);
    assertArrayEquals(new int[] {1, 3, 4, 6}, Arrays.copyOf(breaks, count(breaks, 7)));
    // digits break words (they are not letters) but a space between digits is no mark
    assertArrayEquals(new int[] {}, list("12 500"));
    int[] digits = Marks.breaksOf("a1 b".toCharArray(), 4);
    assertArrayEquals(new int[] {1, 2}, Arrays.copyOf(digits, count(digits, 4)));
  }

  /** The one scan of both lists says what isMark and isBreak say of each char. */
  @Test
  void buildAgreesWithTheDefinitionOfEachChar() {
    long seed = org.mtclean.TestSeeds.seed("MarksTest");
    Random random = new Random(seed);
    String alphabet = "aAzZ@[`{ 09/:\u0141\uFF41\u0001\u3002\uD83D\uDE00";
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(random.nextInt(3) > 0 ? 'q' : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      char[] s = text.toString().toCharArray();
      int n = s.length;
      int[] marks = Marks.of(s, n);
      int[] breaks = Marks.breaksOf(s, n);
      int[] expectedMarks = IntStream.range(0, n).filter(i -> Marks.isMark(s, n, i)).toArray();
      int[] expectedBreaks = IntStream.range(0, n).filter(i -> Marks.isBreak(s, i)).toArray();
      assertArrayEquals(expectedMarks, Arrays.copyOf(marks, count(marks, n)), "seed " + seed + ": " + text);
      assertArrayEquals(expectedBreaks, Arrays.copyOf(breaks, count(breaks, n)), "seed " + seed + ": " + text);
    }
  }

  /** An update after edits gives the same list as a fresh scan of the new text. */
  @Test
  void updateAgreesWithAFreshScan() {
    long seed = org.mtclean.TestSeeds.seed("MarksTest");
    Random random = new Random(seed);
    String alphabet = "ab  ,.\n\u30027x";
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      char[] s = text.toString().toCharArray();
      boolean breaks = random.nextBoolean();
      Marks marks = new Marks(breaks);
      Marks other = new Marks(!breaks);
      Marks.build(breaks ? other : marks, breaks ? marks : other, s, s.length);
      int edits = random.nextInt(4);
      int[] starts = new int[edits];
      int[] ends = new int[edits];
      int[] lens = new int[edits];
      StringBuilder out = new StringBuilder();
      int at = 0;
      int k = 0;
      for (; k < edits && at <= s.length; k++) {
        int start = at + random.nextInt(s.length - at + 1);
        int end = start + random.nextInt(Math.min(3, s.length - start) + 1);
        String replacement = alphabet.substring(0, random.nextInt(4));
        out.append(s, at, start - at).append(replacement);
        starts[k] = start;
        ends[k] = end;
        lens[k] = replacement.length();
        at = end;
        if (at == s.length) {
          k++;
          break;
        }
      }
      out.append(s, at, s.length - at);
      char[] t = out.toString().toCharArray();
      marks.update(t, t.length, starts, ends, lens, k);
      int[] expected = breaks ? Marks.breaksOf(t, t.length) : Marks.of(t, t.length);
      String context = "seed " + seed + " round " + round + ": " + text + " -> " + out;
      assertArrayEquals(Arrays.copyOf(expected, count(expected, t.length)),
          Arrays.copyOf(marks.array(), marks.count()), context);
      if (!breaks && hasDigit(t)) {
        // a list of marks may say "maybe" for a digit that is gone, never "no" for one that is there
        assertEquals(true, marks.mayHoldDigits(), context);
      }
    }
  }

  @Test
  void buildingBothListsInOneScanGivesEachList() {
    assertBuildAgreesWithTheCharTests("A  b,c \u30027d e 12 x\n".toCharArray());
    // chars next to the letters in the code table, and letters outside ASCII
    long seed = org.mtclean.TestSeeds.seed("MarksTest");
    Random random = new Random(seed);
    String alphabet = "aAzZ09 @[`{/:\u00C1\u00E1\u0141\u3002\uFF41 \t\n";
    for (int round = 0; round < 2000; round++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      assertBuildAgreesWithTheCharTests(text);
    }
  }

  private static void assertBuildAgreesWithTheCharTests(char[] text) {
    int n = text.length;
    Marks marks = new Marks(false);
    Marks breaks = new Marks(true);
    Marks.build(marks, breaks, text, n);
    int[] expectedMarks = IntStream.range(0, n).filter(i -> Marks.isMark(text, n, i)).toArray();
    int[] expectedBreaks = IntStream.range(0, n).filter(i -> Marks.isBreak(text, i)).toArray();
    String context = new String(text);
    assertEquals(hasDigit(text), marks.mayHoldDigits(), context);
    assertArrayEquals(expectedMarks, Arrays.copyOf(marks.array(), marks.count()), context);
    assertArrayEquals(expectedBreaks, Arrays.copyOf(breaks.array(), breaks.count()), context);
    Marks alone = new Marks(true);
    Marks.buildBreaks(alone, text, n);
    assertArrayEquals(expectedBreaks, Arrays.copyOf(alone.array(), alone.count()), context);
    assertEquals(n, alone.array()[alone.count()], context);
    CharPresence inScan = new CharPresence();
    Marks.build(new Marks(false), new Marks(true), text, n, inScan);
    CharPresence after = new CharPresence();
    after.addMarks(text, marks.array(), n, marks.mayHoldDigits());
    for (int c = 0; c <= 0xFFFF; c += c < 0x80 ? 1 : 31) {
      assertEquals(after.mayContain((char) c), inScan.mayContain((char) c), context + ": presence of " + c);
    }
    for (char c : text) {
      assertEquals(after.mayContain(c), inScan.mayContain(c), context + ": presence of " + (int) c);
    }
  }

  private static int[] list(String text) {
    int[] m = Marks.of(text.toCharArray(), text.length());
    return Arrays.copyOf(m, count(m, text.length()));
  }

  private static int count(int[] marks, int n) {
    int k = 0;
    while (marks[k] < n) {
      k++;
    }
    return k;
  }

  private static boolean hasDigit(char[] s) {
    for (char c : s) {
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
