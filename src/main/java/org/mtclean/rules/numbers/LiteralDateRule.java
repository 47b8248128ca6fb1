package org.mtclean.rules.numbers;

import java.math.BigDecimal;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;
import org.mtclean.rules.AbstractRule;

/**
 * {@code numbers.date}: Chinese dates translated word by word, {@code Four month Twenty-four}
 * (4月24日) → {@code April 24}, {@code 11 month 9 day} → {@code November 9}, with a year before
 * them ({@code Two thousand and nineteen year Eleven month Nine day}) → {@code November 9, 2019};
 * and leftover CJK dates {@code 2019年11月9日} → {@code November 9, 2019}, {@code 11月9日} →
 * {@code November 9}, {@code 2019年} → {@code 2019}.
 *
 * <p>Safe: the pattern {@code <1-12> month <1-31>} with a valid day for the month has no other
 * reading; {@code a three month pilot} (no day), {@code 12 months} (plural) and counts such as
 * {@code 3 month 20 percent} are not dates. A CJK date inside untranslated Chinese text stays.
 * Immutable and thread-safe.
 */
public final class LiteralDateRule extends AbstractRule {
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  public LiteralDateRule() {
    super("numbers.date", RuleKind.SAFE,
        "literal Chinese dates: Four month Twenty-four -> April 24, 2019\u5E7411\u67089\u65E5 -> November 9, 2019");
  }

  // its English dates ask only whether words are apart, which no spacing change alters, while
  // its CJK dates (2019 \u5E74 11 \u6708) look at the spaces they touch, and need \u5E74 or
  // \u6708; a capital at the start of a sentence only ever keeps a Title Case phrase as it is
  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.spacingOnlyWith("\u5E74\u6708").exceptCapitalizing();
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.CARRIED;
  }

  @Override
  public void apply(RuleContext ctx) {
    ParagraphCache cache = ParagraphCache.of(ctx);
    boolean cjk = (ctx.mayContain('\u6708') || ctx.mayContain('\u5E74')) && hasYearOrMonthChar(ctx);
    if (cache.hasNumberedMonth()) {
      english(ctx, cache);
    }
    if (cache.hasLiteralYear()) {
      literalYears(ctx, cache);
    }
    if (cjk) {
      new CjkDates(ctx, cache.text()).scan();
    }
  }

  /** Whether \u6708 or \u5E74 is in the paragraph: they are marks (see {@link RuleContext#marks}). */
  private static boolean hasYearOrMonthChar(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      if (s[i] == '\u6708' || s[i] == '\u5E74') {
        return true;
      }
    }
    return false;
  }

  private static void english(RuleContext ctx, ParagraphCache cache) {
    String s = cache.text();
    Tokens t = cache.tokens();
    PhraseParser parser = new PhraseParser(t);
    NumberContext c = cache.context();
    for (int k = 1; k < t.size; k++) {
      if (!t.is(k, "month") || !t.adjacent(k - 1)) {
        continue;
      }
      int month = smallNumber(t, k - 1, 12);
      if (month <= 0) {
        continue;
      }
      int start = t.start[k - 1];
      String year = null;
      if (t.adjacent(k - 2)) {
        if (t.is(k - 2, "year") && t.adjacent(k - 3)) {
          int yearStart = yearEndingAt(t, parser, k - 3);
          if (yearStart >= 0) {
            start = yearStart;
            year = yearText(t, parser, k - 3);
          }
        }
        boolean andAfterNumber = t.kind(k - 2) == NumberWords.AND
            && !(t.adjacent(k - 3) && t.kind(k - 3) != NumberWords.NONE);
        if (year == null && !andAfterNumber
            && (t.kind(k - 2) != NumberWords.NONE || t.type[k - 2] == Tokens.DIGITS
            || t.is(k - 2, "a") || t.is(k - 2, "an") || t.is(k - 2, "per") || t.is(k - 2, "every")
            || t.is(k - 2, "each"))) {
          continue; // a three month pilot, twenty three month
        }
      }
      int d = k + 1;
      int day;
      int dayEnd;
      if (!t.adjacent(k)) {
        day = 0;
        dayEnd = d;
      } else if (t.type[d] == Tokens.DIGITS) {
        day = smallNumber(t, d, 31);
        dayEnd = d + 1;
      } else {
        Phrase p = parser.parse(d);
        boolean ok = p != null && p.form() == Phrase.CARDINAL && !p.decimal() && p.scale() == 0
            && p.value().compareTo(BigDecimal.valueOf(31)) <= 0 && p.confirmed();
        day = ok ? p.value().intValue() : 0;
        dayEnd = ok ? p.end() : d;
      }
      if (day == 0 && year != null && (!t.adjacent(k) || (t.type[d] == Tokens.WORD
          && !parser.isNumberish(d))) && !ctx.isProtected(start, t.end[k])) {
        ctx.replace(start, t.end[k], Spellout.month(month) + " " + year,
            "literal Chinese year and month to an English date");
        continue;
      }
      if (day <= 0 || day > DAYS[month - 1]) {
        continue;
      }
      int end = t.end[dayEnd - 1];
      if (t.adjacent(dayEnd - 1) && t.is(dayEnd, "day")) {
        end = t.end[dayEnd];
      } else if ((t.adjacent(dayEnd - 1) && (numberAfter(t, parser, dayEnd) || t.type[dayEnd] == Tokens.DIGITS))
          || c.pluralNounAfter(end) || c.percentAfter(end) >= 0 || c.glued(t.start[d], end)) {
        continue; // 3 month 20 percent, 12 month 5 years: counts, not a day
      }
      if (ctx.isProtected(start, end) || c.glued(start, t.end[k - 1])) {
        continue;
      }
      String date = Spellout.month(month) + " " + day + (year == null ? "" : ", " + year);
      int in = inBeforeDay(ctx, s, start, end);
      if (in >= 0) {
        ctx.replace(in, end, on(s, in) + " " + date, "literal Chinese date to an English date, on before a day");
      } else {
        ctx.replace(start, end, date, "literal Chinese date to an English date");
      }
      k = t.tokenAtOrAfter(end) - 1;
    }
  }

  /**
   * {@code in 2019 year,} → {@code in 2019,}: the word {@code year} (年 read literally) after a year
   * from 1900 to 2100, when punctuation or the end of a line follows (past spaces); not {@code a 2000 year old
   * tree}, {@code the 2019 year-end review}, a capitalized {@code Year} (a name), quoted text or
   * a year glued to a path.
   */
  private static void literalYears(RuleContext ctx, ParagraphCache cache) {
    String s = cache.text();
    Tokens t = cache.tokens();
    NumberContext c = cache.context();
    for (int k = 1; k < t.size; k++) {
      if (!t.is(k, "year") || t.capitalized(k) || !t.adjacent(k - 1) || !fourDigitYear(t, k - 1)) {
        continue;
      }
      int value = Integer.parseInt(t.word(k - 1));
      int end = t.end[k];
      int after = end;
      while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\t')) {
        after++; // past spaces, so that a spacing rule's later change cannot give this rule work
      }
      char next = after < s.length() ? s.charAt(after) : '\n';
      if (value < 1900 || value > 2100 || ",.;:!?)]\"\u201D\u2019\n".indexOf(next) < 0) {
        continue;
      }
      int start = t.start[k - 1];
      if (ctx.isProtected(start, end) || c.quoted(start, end) || c.glued(start, end)) {
        continue; // a path (example.org/2019 year), quoted text, untranslated Chinese
      }
      ctx.replace(t.end[k - 1], end, "", "literal Chinese year (\u5E74) after a year");
    }
  }

  /** A number word at {@code k}; "and" counts only when a number follows it ("and ended" does not). */
  private static boolean numberAfter(Tokens t, PhraseParser parser, int k) {
    if (k < t.size && t.kind(k) == NumberWords.AND) {
      return t.adjacent(k) && (parser.isNumberish(k + 1) || t.type[k + 1] == Tokens.DIGITS);
    }
    return parser.isNumberish(k);
  }

  /** A digit run or single number word from 1 to {@code max} at token {@code k}, else 0. */
  static int smallNumber(Tokens t, int k, int max) {
    if (k < 0 || k >= t.size) {
      return 0;
    }
    if (t.type[k] == Tokens.DIGITS) {
      int len = t.end[k] - t.start[k];
      if (len > 2) {
        return 0;
      }
      int v = 0;
      for (int i = t.start[k]; i < t.end[k]; i++) {
        char ch = t.text.charAt(i);
        if (ch < '0' || ch > '9') {
          return 0;
        }
        v = v * 10 + (ch - '0');
      }
      return v <= max ? v : 0;
    }
    int kind = t.kind(k);
    if ((kind != NumberWords.UNIT && kind != NumberWords.TEEN) || t.ordinal(k) || t.hyphenated(k)) {
      return 0;
    }
    long v = t.value(k);
    return v <= max ? (int) v : 0;
  }

  /** Start of a year (four digits, or a spelled-out year) ending with token {@code k}, or -1. */
  private static int yearEndingAt(Tokens t, PhraseParser parser, int k) {
    if (t.type[k] == Tokens.DIGITS) {
      return fourDigitYear(t, k) ? t.start[k] : -1;
    }
    Phrase p = parser.endingAt(k);
    return p != null && p.yearLike() && p.confirmed() ? t.start[p.first()] : -1;
  }

  private static String yearText(Tokens t, PhraseParser parser, int k) {
    return t.type[k] == Tokens.DIGITS ? t.word(k) : parser.endingAt(k).value().toPlainString();
  }

  private static boolean fourDigitYear(Tokens t, int k) {
    if (t.end[k] - t.start[k] != 4) {
      return false;
    }
    char first = t.text.charAt(t.start[k]);
    for (int i = t.start[k]; i < t.end[k]; i++) {
      if (!Chars.isAsciiDigit(t.text.charAt(i))) {
        return false;
      }
    }
    return first == '1' || first == '2';
  }

  /**
   * Where the word {@code in} right before a date with a day begins ({@code held in 2022年10月16日}
   * becomes {@code held on October 16, 2022}, as English says), or -1: one space between, no word
   * glued before it, not protected, and the date not a possessive ({@code in March 15's}).
   */
  static int inBeforeDay(RuleContext ctx, String s, int start, int end) {
    int w = start - 3;
    if (w < 0 || s.charAt(start - 1) != ' ' || (s.charAt(w) | 0x20) != 'i' || (s.charAt(w + 1) | 0x20) != 'n'
        || Chars.isWordChar(Chars.before(s, w)) || Chars.before(s, w) == '-') {
      return -1;
    }
    int after = Chars.at(s, end);
    if (after == '\'' || after == '\u2019' || ctx.isProtected(w, start)) {
      return -1;
    }
    return w;
  }

  /** {@code on} in the case of the {@code in} at {@code w}. */
  static String on(String s, int w) {
    return (s.charAt(w) == 'I' ? "O" : "o") + (s.charAt(w + 1) == 'N' ? "N" : "n");
  }

  static int daysIn(int month) {
    return DAYS[month - 1];
  }
}
