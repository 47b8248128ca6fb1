package org.mtclean.rules.numbers;

import static org.mtclean.rules.numbers.NumberWords.AND;
import static org.mtclean.rules.numbers.NumberWords.POINT;
import static org.mtclean.rules.numbers.NumberWords.SCALE;
import static org.mtclean.rules.numbers.NumberWords.TEEN;
import static org.mtclean.rules.numbers.NumberWords.TENS;
import static org.mtclean.rules.numbers.NumberWords.TENS_UNIT;
import static org.mtclean.rules.numbers.NumberWords.UNIT;
import static org.mtclean.rules.numbers.NumberWords.ZERO;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Finds the longest well-formed spelled-out number at a token: an English cardinal or ordinal
 * ({@code one hundred and six}, {@code twenty-five hundred}, {@code three point five million},
 * {@code twelfth}) or a spoken year ({@code nineteen ninety-seven}, {@code two zero one nine}).
 *
 * <p>The grammar here decides where a phrase starts and ends (ICU's parser accepts word salad
 * such as {@code five twenty} as 520); before a phrase is edited, ICU's strict spellout parser
 * must read it to the same value ({@link Phrase#confirmed()}). A spoken year is not a spellout
 * number, so its value is computed here. One instance per paragraph; not thread-safe.
 */
final class PhraseParser {
  private final Tokens t;
  // result of group() / below100()
  private long gv;
  private int gnext;
  private boolean gord;
  private boolean gTeenHundreds;

  PhraseParser(Tokens tokens) {
    this.t = tokens;
  }

  Tokens tokens() {
    return t;
  }

  /** The longest phrase starting at token {@code i}, or null. */
  Phrase parse(int i) {
    if (i >= t.size || t.kind(i) == NumberWords.NONE) {
      return null;
    }
    Phrase best = cardinal(i);
    Phrase pair = yearPair(i);
    if (pair != null && (best == null || pair.end() > best.end())) {
      best = pair;
    }
    Phrase digits = yearDigits(i);
    if (digits != null && (best == null || digits.end() > best.end())) {
      best = digits;
    }
    return best;
  }

  /** The longest phrase that ends with token {@code last} and starts where no number word is. */
  Phrase endingAt(int last) {
    for (int s = Math.max(0, last - 12); s <= last; s++) {
      if (t.adjacent(s - 1) && isNumberish(s - 1)) {
        continue;
      }
      Phrase p = parse(s);
      if (p != null && p.end() == last + 1) {
        return p;
      }
    }
    return null;
  }

  /** Whether token {@code k} is a number word, {@code and} or {@code point}. */
  boolean isNumberish(int k) {
    return k >= 0 && k < t.size && t.kind(k) != NumberWords.NONE;
  }

  /** Whether token {@code k} is a number word proper (not {@code and} or {@code point}). */
  boolean isNumberWord(int k) {
    int kind = k >= 0 && k < t.size ? t.kind(k) : NumberWords.NONE;
    return kind != NumberWords.NONE && kind != AND && kind != POINT;
  }

  private Phrase cardinal(int i) {
    if (!group(i, true)) {
      return null;
    }
    boolean teenHundreds = gTeenHundreds;
    long total = 0;
    long cur = gv;
    int k = gnext;
    boolean ord = gord;
    long lastScale = Long.MAX_VALUE;
    long closingScale = 0;
    boolean firstGroupOnly = true;
    while (!ord && !teenHundreds && cur < 1000 && t.adjacent(k - 1) && t.kind(k) == SCALE
        && t.value(k) >= 1000 && t.value(k) < lastScale) {
      firstGroupOnly = false;
      lastScale = t.value(k);
      total += cur * lastScale;
      cur = 0;
      closingScale = lastScale;
      ord = t.ordinal(k);
      k++;
      if (ord) {
        break;
      }
      int m = k;
      if (t.adjacent(m - 1) && t.kind(m) == AND && t.adjacent(m)) {
        m++;
      }
      if (t.adjacent(m - 1) && group(m, false)) {
        cur = gv;
        k = gnext;
        ord = gord;
        closingScale = 0;
      }
    }
    total += cur;
    if (firstGroupOnly && !ord && cur < 1000 && t.adjacent(k - 1) && t.kind(k) == POINT
        && t.adjacent(k)) {
      Phrase d = decimal(i, k, cur);
      if (d != null) {
        return d;
      }
    }
    if (closingScale < 1_000_000) {
      closingScale = 0;
    }
    return new Phrase(i, k, Phrase.CARDINAL, BigDecimal.valueOf(total), ord, false, closingScale,
        normalize(i, k));
  }

  private Phrase decimal(int i, int point, long whole) {
    StringBuilder digits = new StringBuilder();
    int m = point + 1;
    while (m < t.size && (m == point + 1 || t.adjacent(m - 1)) && !t.ordinal(m)
        && ((t.kind(m) == UNIT && !t.hyphenated(m)) || t.kind(m) == ZERO)) {
      digits.append(t.value(m));
      m++;
    }
    if (digits.length() == 0) {
      return null;
    }
    BigDecimal value = new BigDecimal(whole + "." + digits);
    String normalized = normalize(i, m);
    long scale = 0;
    if (t.adjacent(m - 1) && t.kind(m) == SCALE && t.value(m) >= 1000 && !t.ordinal(m)) {
      scale = t.value(m);
      m++;
    }
    return new Phrase(i, m, Phrase.CARDINAL, value, false, true, scale, normalized);
  }

  /** {@code nineteen ninety-seven}, {@code twenty twenty-one}: 1910-1999 and 2010-2099. */
  private Phrase yearPair(int i) {
    long head = t.value(i);
    if (t.ordinal(i) || !((t.kind(i) == TEEN && head == 19) || (t.kind(i) == TENS && head == 20))
        || !t.adjacent(i) || !below100(i + 1) || gord || gv < 10) {
      return null;
    }
    int end = gnext;
    if (t.adjacent(end - 1) && isNumberWord(end)) {
      return null;
    }
    return new Phrase(i, end, Phrase.YEAR_PAIR, BigDecimal.valueOf(head * 100 + gv), false, false, 0,
        null);
  }

  /** {@code two zero one nine}: four digit words making a year from 1900 to 2100. */
  private Phrase yearDigits(int i) {
    long v = 0;
    for (int k = i; k < i + 4; k++) {
      if (k >= t.size || (k > i && !t.adjacent(k - 1)) || t.ordinal(k) || t.hyphenated(k)
          || !(t.kind(k) == UNIT || t.kind(k) == ZERO)) {
        return null;
      }
      v = v * 10 + t.value(k);
    }
    if (v < 1900 || v > 2100 || (t.adjacent(i + 3) && isNumberWord(i + 4))) {
      return null;
    }
    return new Phrase(i, i + 4, Phrase.YEAR_DIGITS, BigDecimal.valueOf(v), false, false, 0, null);
  }

  /** One group below 1000: {@code six hundred and five}, {@code forty-two}, {@code nineteen hundred}. */
  private boolean group(int k, boolean first) {
    gTeenHundreds = false;
    int kind = t.kind(k);
    if (kind == UNIT) {
      long v = t.value(k);
      if (t.ordinal(k) || !(t.adjacent(k) && t.kind(k + 1) == SCALE && t.value(k + 1) == 100)) {
        gv = v;
        gnext = k + 1;
        gord = t.ordinal(k);
        return true;
      }
      return hundreds(v, k + 1);
    }
    if (!below100(k)) {
      return false;
    }
    long v = gv;
    if (first && !gord && v >= 11 && (v < 20 || v % 10 != 0) && t.adjacent(gnext - 1)
        && t.kind(gnext) == SCALE && t.value(gnext) == 100
        && !(t.adjacent(gnext) && t.kind(gnext + 1) == SCALE)) {
      // twenty-five hundred, nineteen hundred; not twelve hundred million (a myriad form)
      hundreds(v, gnext);
      gTeenHundreds = true;
    }
    return true;
  }

  /** {@code v hundred [and] [below 100]} where token {@code h} is {@code hundred(th)}. */
  private boolean hundreds(long v, int h) {
    gv = v * 100;
    gnext = h + 1;
    gord = t.ordinal(h);
    if (gord) {
      return true;
    }
    int m = h + 1;
    if (t.adjacent(m - 1) && t.kind(m) == AND && t.adjacent(m)) {
      m++;
    }
    long base = gv;
    if (t.adjacent(m - 1) && below100(m)) {
      gv += base;
    } else {
      gv = base;
      gnext = h + 1;
      gord = false;
    }
    return true;
  }

  /** A number below 100 at token {@code k}: unit, teen, {@code forty-two} or {@code forty two}. */
  private boolean below100(int k) {
    int kind = t.kind(k);
    if (kind != UNIT && kind != TEEN && kind != TENS && kind != TENS_UNIT) {
      return false;
    }
    gv = t.value(k);
    gnext = k + 1;
    gord = t.ordinal(k);
    if (kind == TENS && !gord && t.adjacent(k) && t.kind(k + 1) == UNIT && !t.hyphenated(k + 1)
        && !t.is(k + 1, "second")) {
      gv += t.value(k + 1);
      gord = t.ordinal(k + 1);
      gnext = k + 2;
    }
    return true;
  }

  /** ICU's form of tokens {@code [from, to)}: lower case, {@code forty-two}, no {@code and}. */
  private String normalize(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (t.kind(k) == AND) {
        continue;
      }
      if (b.length() > 0) {
        boolean join = t.kind(k - 1) == TENS && t.kind(k) == UNIT && !t.ordinal(k - 1);
        b.append(join ? '-' : ' ');
      }
      b.append(t.word(k).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
