package org.mtclean.rules.numbers;

import java.math.BigDecimal;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Chars;
import org.mtclean.internal.WordFiles;
import org.mtclean.rules.AbstractRule;

/**
 * {@code numbers.myriad}: Chinese myriad units translated word by word. {@code 万} (10,000) comes
 * out as {@code ten thousand} and {@code 亿} (100 million) as {@code hundred million} after the
 * multiplier: {@code 4 ten thousand tons} → {@code 40,000 tons}, {@code 1.5 hundred million yuan}
 * → {@code 150 million yuan}, {@code 12 hundred million} → {@code 1.2 billion}; and the units
 * left in Chinese after digits ({@code 5万 tons}, {@code 3.2亿元}: see {@link CjkMyriads}).
 *
 * <p>Safe: a multiplier before {@code ten thousand} or {@code hundred million} has one reading,
 * and the value is kept exactly. A word multiplier that is ordinary English together with the
 * unit ({@code one hundred ten thousand} = 110,000, {@code three hundred million}) is left to
 * {@code numbers.cardinal}. A digit multiplier may be a protected decimal or thousands number
 * ({@code 1.5}, {@code 1,200}): reading it is this rule's own concern; other protected spans
 * (versions, times, dates) are not numbers and stay. A year-like number (four digits, 1900 to
 * 2100) before a capitalized unit ({@code 2022 Ten Thousand Students}) reads as a year and a
 * title, and is only reported. Immutable and thread-safe.
 */
public final class MyriadRule extends AbstractRule {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  private static final java.util.Set<String> YEAR_PREPOSITIONS =
      WordFiles.read("year-words-before");

  public MyriadRule() {
    super("numbers.myriad", RuleKind.SAFE,
        "Chinese myriad units read literally: 4 ten thousand tons -> 40,000 tons, "
            + "1.5 hundred million yuan -> 150 million yuan, 3.2\u4EBF\u5143 -> 320 million yuan");
  }

  private static final char WAN = '\u4E07';
  private static final char YI = '\u4EBF';
  private static final long TEN = entry("ten");
  private static final long HUNDRED = entry("hundred");
  private static final long THOUSAND = entry("thousand");
  private static final long MILLION_WORD = entry("million");

  private static long entry(String word) {
    return NumberWords.lookup(word.toCharArray(), 0, word.length());
  }

  // for English myriads it only asks whether words are apart, which no spacing change alters;
  // around \u4E07 and \u4EBF spacing counts (a chain of numbers 5  ,1, \u4E07 3.2\u4EBF is
  // read as one once the spaces go); a capital at the start of a sentence only ever keeps a
  // Title Case phrase as it is
  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.spacingOnlyWith("\u4E07\u4EBF").exceptCapitalizing();
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.CARRIED;
  }

  @Override
  public void apply(RuleContext ctx) {
    if (ctx.mayContain(WAN) || ctx.mayContain(YI)) { // the same block as all Han: look at the marks
      CjkMyriads.scan(ctx);
    }
    ParagraphCache cache = ParagraphCache.of(ctx);
    if (!cache.mayHaveMyriad()) {
      return;
    }
    String s = cache.text();
    Tokens t = cache.tokens();
    PhraseParser parser = null;
    NumberContext c = cache.context();
    int lastEnd = 0;
    for (int k = 1; k + 1 < t.size; k++) {
      long unit;
      long here = t.entry[k];
      if (here != TEN && here != HUNDRED) {
        continue; // one compare for most tokens
      }
      if (here == TEN && t.entry[k + 1] == THOUSAND && t.adjacent(k)) {
        unit = 10_000L;
      } else if (here == HUNDRED && t.entry[k + 1] == MILLION_WORD && t.adjacent(k)) {
        unit = 100_000_000L;
      } else {
        continue;
      }
      if (!t.adjacent(k - 1) || t.start[k - 1] < lastEnd) {
        continue;
      }
      int unitEnd = t.end[k + 1];
      if ((t.adjacent(k + 1) && (t.kind(k + 2) != NumberWords.NONE || t.type[k + 2] == Tokens.DIGITS))
          || c.glued(t.start[k], unitEnd)) {
        continue; // more number words follow, or a compound: not a plain myriad
      }
      int start;
      BigDecimal multiplier;
      if (t.type[k - 1] == Tokens.DIGITS) {
        start = t.start[k - 1];
        multiplier = Numerals.parsePlain(s, start, t.end[k - 1]);
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        // a colon blocks only after a digit (2:3, a ratio): after a word, space.after-punct puts a
        // space after it (one:3 -> one: 3), and the rule must decide alike with or without it
        if (multiplier == null || "-/.,".indexOf(before) >= 0
            || (before == ':' && start > 1 && Chars.isAsciiDigit(s.charAt(start - 2)))
            || (start > 0 && ctx.isProtected(start - 1))
            || (t.adjacent(k - 2) && t.type[k - 2] == Tokens.DIGITS)
            || yearBeforeCount(t, k - 1, multiplier)) {
          continue;
        }
        if (yearLike(t, k - 1, multiplier) && t.capitalized(k)) {
          ctx.report(start, unitEnd, null, "kept: a year before Title Case '" + s.substring(t.start[k],
              unitEnd) + "' is more likely a title ('2022 Ten Thousand Students') than "
              + Numerals.withScale(multiplier.multiply(BigDecimal.valueOf(unit))));
          continue;
        }
      } else {
        if (parser == null) {
          parser = new PhraseParser(t);
        }
        Phrase p = parser.endingAt(k - 1);
        if (p == null || p.form() != Phrase.CARDINAL || p.ordinal() || p.scale() != 0) {
          continue;
        }
        start = t.start[p.first()];
        if (ctx.isProtected(start, t.end[k - 1]) || c.quoted(start, unitEnd)
            || c.glued(start, t.end[k - 1]) || allCapitals(t, p.first(), k + 1)
            || !p.confirmed()) {
          continue;
        }
        multiplier = p.value();
      }
      BigDecimal value = multiplier.multiply(BigDecimal.valueOf(unit));
      String numeral = value.compareTo(MILLION) < 0 ? Numerals.grouped(value) : Numerals.withScale(value);
      if (isUpperCase(t.word(k + 1))) {
        numeral = numeral.toUpperCase(java.util.Locale.ROOT); // 3.6 HUNDRED MILLION -> 360 MILLION
      }
      ctx.replace(start, unitEnd, numeral,
          unit == 10_000L
              ? "Chinese myriad unit (\u4E07, 10,000) read literally"
              : "Chinese myriad unit (\u4EBF, 100 million) read literally");
      lastEnd = unitEnd;
      k++;
    }
  }

  /** Whether token {@code k}, read as {@code multiplier}, is four digits from 1900 to 2100. */
  private static boolean yearLike(Tokens t, int k, BigDecimal multiplier) {
    return t.end[k] - t.start[k] == 4 && multiplier.scale() <= 0
        && multiplier.compareTo(BigDecimal.valueOf(1900)) >= 0
        && multiplier.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  /** {@code in 2019 ten thousand households}: a year, then a count, not 2019 ten-thousands. */
  private static boolean yearBeforeCount(Tokens t, int k, BigDecimal multiplier) {
    if (!yearLike(t, k, multiplier)) {
      return false;
    }
    if (!t.isWord(k - 1)) {
      return true;
    }
    String prev = t.word(k - 1).toLowerCase(java.util.Locale.ROOT);
    return YEAR_PREPOSITIONS.contains(prev);
  }

  private static boolean isUpperCase(String word) {
    return word.equals(word.toUpperCase(java.util.Locale.ROOT))
        && !word.equals(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean allCapitals(Tokens t, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (t.kind(k) != NumberWords.AND && t.kind(k) != NumberWords.POINT && !t.capitalized(k)) {
        return false;
      }
    }
    return true;
  }
}
