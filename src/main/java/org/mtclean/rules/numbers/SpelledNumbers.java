package org.mtclean.rules.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The spelled-out English numbers of a text, read with the grammar of the number rules
 * ({@code fifty thousand}, {@code twenty-three}, {@code three point two million},
 * {@code one hundred and fifth}, {@code nineteen ninety-seven}), plus a scale word after
 * {@code a}/{@code an} ({@code a million}) and {@code half a million}. For checks that compare
 * the numbers of a text with another text's; the rules themselves do not use it. Stateless.
 */
public final class SpelledNumbers {
  /**
   * A number found in the text.
   *
   * @param start char offset of its first word
   * @param end char offset after its last word
   * @param value its value ({@code 3200000} for {@code three point two million})
   * @param ordinal whether it ends with an ordinal word ({@code twelfth})
   */
  public record Found(int start, int end, BigDecimal value, boolean ordinal) {}

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private SpelledNumbers() {}

  /** The spelled-out numbers of {@code text}, in text order, none overlapping. */
  public static List<Found> in(String text) {
    List<Found> out = new ArrayList<>();
    if (!mayHoldNumberWord(text)) {
      return out;
    }
    Tokens t = Tokens.of(text);
    PhraseParser parser = new PhraseParser(t);
    int k = 0;
    while (k < t.size) {
      if (t.type[k] != Tokens.WORD) {
        k++;
        continue;
      }
      Phrase p = parser.parse(k);
      if (p != null) {
        out.add(new Found(t.start[k], t.end[p.end() - 1], p.total(), p.ordinal()));
        k = p.end();
        continue;
      }
      int scale = articleScale(t, k);
      if (scale > 0) {
        BigDecimal v = BigDecimal.valueOf(t.value(scale));
        if (t.is(k, "half")) {
          v = v.multiply(HALF);
        }
        out.add(new Found(t.start[k], t.end[scale], v, t.ordinal(scale)));
        k = scale + 1;
        continue;
      }
      k++;
    }
    return out;
  }

  /**
   * The token of the scale word in {@code a million}, {@code an hundred} or {@code half a
   * million} at token {@code k}, or -1.
   */
  private static int articleScale(Tokens t, int k) {
    int a = k;
    if (t.is(k, "half") && t.adjacent(k) && t.is(k + 1, "a")) {
      a = k + 1;
    } else if (!t.is(k, "a") && !t.is(k, "an")) {
      return -1;
    }
    int s = a + 1;
    return t.adjacent(a) && t.kind(s) == NumberWords.SCALE ? s : -1;
  }

  /** A cheap pass: whether the text has an ASCII letter at all. */
  private static boolean mayHoldNumberWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (NumberWords.isAsciiLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
