package org.mtclean.rules.numbers;

import java.math.BigDecimal;
import org.mtclean.RuleContext;

/**
 * Approximate ranges for {@code numbers.cardinal}: two spelled-out numbers joined by {@code or},
 * {@code to} or {@code between ... and}, written alike, both as numerals or both as words.
 * <ul>
 *   <li>The first borrows the scale of the second when it is smaller than the number before the
 *       scale: {@code five or six hundred meters} is {@code 500 or 600 meters}, {@code two or
 *       three million} is {@code 2 million or 3 million} (AP repeats the scale word);
 *       {@code ninety or one hundred} is two numbers of their own. After {@code from} the first may be a number of its own
 *       ({@code grew from five to six hundred}: 5 or 500?), so the range is reported, not changed;
 *       likewise when the second is not a plain multiple of its scale ({@code five or six hundred
 *       and fifty}).
 *   <li>Without a scale, a range that straddles the threshold stays in words:
 *       {@code nine or ten days}, {@code eight to twelve people} (one style within a range); a
 *       percentage is always in numerals: {@code five to fifteen percent} is
 *       {@code 5 to 15 percent}.
 *   <li>A range at a sentence start, in quotes, in a Title Case name or glued to other text stays
 *       as it is, as a single number would.
 * </ul>
 * Stateless and thread-safe.
 */
final class NumberRanges {
  private NumberRanges() {}

  /** What the caller does next. */
  static final int NOT_A_RANGE = -1;

  /**
   * Handles the range that starts with phrase {@code a}, if any: edits, reports or leaves both
   * numbers, and returns the token after the range; {@link #NOT_A_RANGE} when {@code a} starts
   * none that needs handling as a whole (the numbers are then taken one by one).
   */
  static int handle(RuleContext ctx, Tokens t, NumberContext c, PhraseParser parser, Phrase a,
      int threshold, boolean sign) {
    int conn = a.end();
    if (a.form() != Phrase.CARDINAL || a.ordinal() || a.decimal() || !plainGroup(t, a.first(), conn)
        || !t.adjacent(conn - 1) || !t.adjacent(conn) || !connector(t, a.first(), conn)) {
      return NOT_A_RANGE;
    }
    Phrase b = parser.parse(conn + 1);
    if (b == null || b.form() != Phrase.CARDINAL || b.ordinal() || b.decimal()) {
      return NOT_A_RANGE;
    }
    long av = a.value().longValue();
    long bv = b.value().longValue();
    long scale = scaleOf(t, b);
    int aStart = t.start[a.first()];
    int aEnd = t.end[conn - 1];
    int bStart = t.start[b.first()];
    int bEnd = t.end[b.end() - 1];
    boolean asIs = c.sentenceStart(aStart) || c.glued(aStart, aEnd) || c.glued(bStart, bEnd)
        || c.quoted(aStart, bEnd) || titleCase(t, a.first(), b.end())
        || ctx.isProtected(aStart, bEnd);
    if (scale < 0) {
      if (bv < threshold || av >= threshold) {
        return NOT_A_RANGE;
      }
      if (asIs) {
        return b.end();
      }
      ctx.report(aStart, bEnd, null, "kept: in '" + t.text.substring(aStart, bEnd) + "' the first"
          + " number may share the scale of the second or not; write both alike");
      return b.end();
    }
    if (scale > 1 && av >= bv / scale) {
      return NOT_A_RANGE; // ninety or one hundred: 90 or 100, each a number of its own
    }
    if (scale > 1) {
      BigDecimal first = BigDecimal.valueOf(av * scale);
      if (asIs || first.longValue() < threshold || !a.confirmed() || !b.confirmed()
          || c.percentAfter(bEnd) >= 0) {
        return b.end();
      }
      if (t.is(a.first() - 1, "from") && t.is(conn, "to")) {
        ctx.report(aStart, bEnd, null, "kept: after 'from', '" + t.word(a.first())
            + "' may be a number of its own or share the scale of '" + t.word(b.end() - 1)
            + "'; write both alike");
        return b.end();
      }
      String message = "spelled-out range to numerals, the first number sharing the scale of the"
          + " second (five or six hundred = 500 or 600)";
      ctx.replace(aStart, aEnd, numeral(first, b), message);
      ctx.replace(bStart, bEnd, numeral(b.value(), b), message);
      return b.end();
    }
    int percentEnd = c.percentAfter(bEnd);
    if (percentEnd >= 0) {
      if (asIs || !a.confirmed() || !b.confirmed()) {
        return b.end();
      }
      String message = "spelled-out percentage range to numerals";
      if (sign) {
        ctx.replace(aStart, aEnd, Numerals.grouped(av) + "%", message);
        ctx.replace(bStart, percentEnd, Numerals.grouped(bv) + "%", message);
      } else {
        ctx.replace(aStart, aEnd, Numerals.grouped(av), message);
        ctx.replace(bStart, bEnd, Numerals.grouped(bv), message);
      }
      return b.end();
    }
    if (av < threshold && bv >= threshold) {
      return b.end(); // nine or ten days: one style within a range, and the first stays a word
    }
    return NOT_A_RANGE;
  }

  /** {@code or}, {@code to}, or {@code and} after {@code between}, at token {@code conn}. */
  private static boolean connector(Tokens t, int first, int conn) {
    return t.is(conn, "or") || t.is(conn, "to") || (t.is(conn, "and") && t.is(first - 1, "between"));
  }

  /** Whether tokens {@code [from, to)} are a number below 100 without a scale word. */
  private static boolean plainGroup(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      int kind = t.kind(k);
      if (kind != NumberWords.UNIT && kind != NumberWords.TEEN && kind != NumberWords.TENS
          && kind != NumberWords.TENS_UNIT) {
        return false;
      }
    }
    return true;
  }

  /**
   * The multiplier of {@code b} when it is a plain number times scale words ({@code six hundred}:
   * 100, {@code three hundred million}: 100,000,000), 1 when it has no scale word, -1 otherwise
   * ({@code six hundred and fifty}).
   */
  private static long scaleOf(Tokens t, Phrase b) {
    int k = b.first();
    while (k < b.end() && t.kind(k) != NumberWords.SCALE) {
      k++;
    }
    if (k == b.end()) {
      return 1;
    }
    if (!plainGroup(t, b.first(), k)) {
      return -1;
    }
    long scale = 1;
    for (; k < b.end(); k++) {
      if (t.kind(k) != NumberWords.SCALE || t.ordinal(k)) {
        return -1;
      }
      scale *= t.value(k);
    }
    return scale;
  }

  /** Whether every word from {@code from} to {@code to} is capitalized (a name or a title). */
  private static boolean titleCase(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.capitalized(k)) {
        return false;
      }
    }
    return true;
  }

  /** The numeral of {@code v} written like {@code b} would be: {@code 600}, {@code 3 million}. */
  private static String numeral(BigDecimal v, Phrase b) {
    return b.scale() != 0 ? Numerals.withScale(v) : Numerals.grouped(v);
  }
}
