package org.mtclean.rules.numbers;

import org.mtclean.DocumentMemory;
import org.mtclean.Options;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.rules.AbstractRule;

/**
 * Spelled-out years and numbers to numerals. Both rules are safe: they change how a number is
 * written, never its value, and every doubtful context (quotes, Title Case names, compounds,
 * a sentence start, fixed phrases, word salad next to other numbers) is left alone. The rules are
 * immutable and thread-safe.
 */
public final class SpelledNumberRules {
  private SpelledNumberRules() {}

  /** {@code numbers.year}: a spelled-out year from 1900 to 2100 becomes digits, {@code 2019}. */
  public static final class Year extends AbstractRule {
    public Year() {
      super("numbers.year", RuleKind.SAFE,
          "spelled-out years to digits: two thousand and nineteen -> 2019, nineteen ninety-seven -> 1997");
    }

    // it only asks whether words are apart, which no spacing change alters, and a capital at
    // the start of a sentence only ever keeps a Title Case phrase or a capitalized Year as
    // it is
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptSpacing().exceptCapitalizing();
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.CARRIED;
    }

    @Override
    public void apply(RuleContext ctx) {
      scan(ctx, true);
    }
  }

  /** {@code numbers.cardinal}: spelled-out cardinals and ordinals from the threshold up. */
  public static final class Cardinal extends AbstractRule {
    public Cardinal() {
      super("numbers.cardinal", RuleKind.SAFE,
          "spelled-out numbers from the threshold up to numerals: forty-two -> 42, twelfth -> 12th",
          Options.NUMBER_THRESHOLD, Options.PERCENT_STYLE);
    }

    // it only asks whether words are apart, which no spacing change alters, and a capital at
    // the start of a sentence only ever keeps a Title Case phrase as it is
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptSpacing().exceptCapitalizing();
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.CARRIED;
    }

    @Override
    public void apply(RuleContext ctx) {
      scan(ctx, false);
    }
  }

  private static void scan(RuleContext ctx, boolean years) {
    ParagraphCache cache = ParagraphCache.of(ctx);
    if (years ? !cache.mayHaveSpelledYear()
        : cache.threshold() < 10 ? !cache.hasNumberWords(true) : !cache.mayHaveCardinal()) {
      return;
    }
    Tokens t = cache.tokens();
    PhraseParser parser = new PhraseParser(t);
    NumberContext c = cache.context();
    int threshold = years ? 0 : Math.max(1, cache.threshold());
    boolean sign = !years && ctx.option(Options.PERCENT_STYLE) == Options.PercentStyle.SIGN;
    int i = 0;
    while (i < t.size) {
      int kind = t.kind(i);
      if (kind == NumberWords.NONE || kind == NumberWords.AND || kind == NumberWords.POINT) {
        i++;
        continue;
      }
      Phrase p = parser.parse(i);
      if (p == null) {
        i++;
        continue;
      }
      if (!years) {
        int next = NumberRanges.handle(ctx, t, c, parser, p, threshold, sign);
        if (next != NumberRanges.NOT_A_RANGE) {
          i = next;
          continue;
        }
      }
      if (years ? yearCandidate(p) : cardinalCandidate(ctx, t, c, p)) {
        if (!leftAlone(t, c, p)) {
          if (years) {
            year(ctx, t, c, p);
          } else {
            cardinal(ctx, t, c, p);
          }
        }
      }
      i = p.end();
    }
  }

  /** Cheap value checks first, so that small numbers never cost a context check. */
  private static boolean yearCandidate(Phrase p) {
    return p.form() != Phrase.CARDINAL || p.yearLike();
  }

  private static boolean cardinalCandidate(RuleContext ctx, Tokens t, NumberContext c, Phrase p) {
    if (p.form() != Phrase.CARDINAL || p.decimal()) {
      return p.form() == Phrase.CARDINAL;
    }
    return p.value().longValue() >= Math.max(1, ctx.option(Options.NUMBER_THRESHOLD))
        || (!p.ordinal() && c.percentAfter(t.end[p.end() - 1]) >= 0);
  }

  /**
   * The contexts shared by both rules in which a phrase is never touched (cheap checks; the
   * quotes, which take a look at the whole paragraph, last).
   */
  private static boolean leftAlone(Tokens t, NumberContext c, Phrase p) {
    int first = p.first();
    int last = p.end() - 1;
    int start = t.start[first];
    int end = t.end[last];
    if (c.glued(start, end)) {
      return true;
    }
    if (t.adjacent(first - 1)) {
      int prev = t.kind(first - 1);
      if (t.type[first - 1] == Tokens.DIGITS || prev == NumberWords.POINT
          || (prev != NumberWords.NONE && prev != NumberWords.AND)
          || (prev == NumberWords.AND && t.adjacent(first - 2) && t.kind(first - 2) == NumberWords.SCALE)) {
        return true; // a hundred and twenty, five twenty: part of something that did not parse
      }
    }
    if (p.ordinal() && t.value(last) % 10 == 2 && t.word(last).toLowerCase(java.util.Locale.ROOT)
        .endsWith("second") && t.adjacent(first - 1)
        && (t.is(first - 1, "a") || t.is(first - 1, "an") || t.is(first - 1, "each")
            || t.is(first - 1, "per"))) {
      return true; // a twenty-second pause: seconds, not an ordinal
    }
    if (t.adjacent(last) && (t.type[last + 1] == Tokens.DIGITS
        || (t.kind(last + 1) != NumberWords.NONE && t.kind(last + 1) != NumberWords.AND))) {
      return true;
    }
    boolean allCapitals = true;
    for (int k = first; k <= last && allCapitals; k++) {
      int kind = t.kind(k);
      allCapitals = kind == NumberWords.AND || kind == NumberWords.POINT || t.capitalized(k);
    }
    return (allCapitals && (!c.sentenceStart(start) || c.capitalizedAfter(end))) || c.quoted(start, end);
  }

  /**
   * {@code Double Twelve}, {@code the double eleven} (the shopping festivals and holidays named by
   * date), and {@code ten and a half months} ({@code 10 and a half} mixes the styles): left as
   * words.
   */
  private static boolean namedOrFractional(Tokens t, Phrase p) {
    int first = p.first();
    int last = p.end() - 1;
    if (t.adjacent(first - 1) && t.is(first - 1, "double")) {
      return true;
    }
    return t.adjacent(last) && t.is(last + 1, "and") && t.adjacent(last + 1) && t.is(last + 2, "a")
        && t.adjacent(last + 2) && (t.is(last + 3, "half") || t.is(last + 3, "quarter"));
  }

  /** Last checks before an edit: protected spans (computed lazily by the core) and ICU. */
  private static boolean editable(RuleContext ctx, Tokens t, Phrase p, int end) {
    return !ctx.isProtected(t.start[p.first()], end) && p.confirmed();
  }

  /** Whether a phrase of year value is used as a count: a plural noun, percent or money sign. */
  private static boolean countContext(Tokens t, NumberContext c, Phrase p) {
    int end = t.end[p.end() - 1];
    if (c.pluralNounAfter(end) || c.percentAfter(end) >= 0) {
      return true;
    }
    int first = p.first();
    if (t.adjacent(first - 1) && (t.is(first - 1, "RMB") || t.is(first - 1, "USD")
        || t.is(first - 1, "HKD") || t.is(first - 1, "EUR"))) {
      return true;
    }
    int start = t.start[first];
    int before = start > 0 ? t.text.charAt(start - 1) : -1;
    if (before == ' ' && start > 1) {
      before = t.text.charAt(start - 2);
    }
    return before == '$' || before == '\u00A5' || before == '\u20AC' || before == '\u00A3';
  }

  private static void year(RuleContext ctx, Tokens t, NumberContext c, Phrase p) {
    // a plural noun after it makes any year-shaped phrase a count (spec): a cardinal goes to the
    // cardinal rule, a pair such as "twenty twenty-four hours" is no number an editor would write
    if ((p.form() == Phrase.CARDINAL && !p.yearLike()) || countContext(t, c, p)) {
      return;
    }
    if (!editable(ctx, t, p, t.end[p.end() - 1])) {
      return;
    }
    ctx.replace(t.start[p.first()], t.end[p.end() - 1], p.value().toPlainString(),
        "spelled-out year to digits");
  }

  private static void cardinal(RuleContext ctx, Tokens t, NumberContext c, Phrase p) {
    if (p.form() != Phrase.CARDINAL || (p.yearLike() && !countContext(t, c, p))) {
      return; // a year: numbers.year's business
    }
    int start = t.start[p.first()];
    int end = t.end[p.end() - 1];
    if (c.sentenceStart(start) || namedOrFractional(t, p)) {
      return;
    }
    int percentEnd = p.ordinal() ? -1 : c.percentAfter(end);
    long v = p.value().longValue();
    if (p.end() - p.first() == 1 && !p.decimal()
        && (t.is(p.first(), "second") || (percentEnd < 0 && v == 1))) {
      return; // one of, one by one, no one, first of all, second to none, a second
    }
    if (!p.decimal() && percentEnd < 0 && v < Math.max(1, ctx.option(Options.NUMBER_THRESHOLD))) {
      return;
    }
    if (!editable(ctx, t, p, percentEnd >= 0 ? percentEnd : end)) {
      return;
    }
    String numeral;
    if (p.ordinal()) {
      numeral = Numerals.ordinal(v);
    } else if (p.decimal() && p.scale() >= 1_000_000) {
      numeral = Numerals.grouped(p.value()) + " " + Numerals.scaleName(p.scale());
    } else if (p.decimal()) {
      numeral = Numerals.grouped(p.total());
    } else if (p.scale() != 0) {
      numeral = Numerals.withScale(p.value());
    } else {
      numeral = Numerals.grouped(p.value());
    }
    if (percentEnd >= 0 && ctx.option(Options.PERCENT_STYLE) == Options.PercentStyle.SIGN) {
      ctx.replace(start, percentEnd, numeral + "%", "spelled-out percentage to numerals");
    } else {
      ctx.replace(start, end, numeral, "spelled-out number to numerals");
    }
  }
}
