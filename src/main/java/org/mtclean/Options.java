package org.mtclean;

/**
 * The options of the built-in rules, as typed keys for {@link Cleaner.Builder#option(Option,
 * Object)}; by name ({@link Option#name()}) they are what the command's {@code --option} and the
 * config file's {@code "options"} take.
 *
 * <pre>{@code
 * Cleaner chicago = Cleaner.builder()
 *     .option(Options.NUMBER_THRESHOLD, 101)
 *     .option(Options.PERCENT_STYLE, Options.PercentStyle.SIGN)
 *     .build();
 * }</pre>
 */
public final class Options {
  private Options() {}

  /** Keep U+00A0 NO-BREAK SPACE instead of turning it into a plain space. */
  public static final Option<Boolean> KEEP_NBSP =
      Option.ofBoolean("keep-nbsp", false, "keep no-break spaces (U+00A0) as they are");

  /** Spelled-out numbers below this stay words: 10 is AP style, 101 Chicago. */
  public static final Option<Integer> NUMBER_THRESHOLD =
      Option.ofInt("number-threshold", 10, 0, Integer.MAX_VALUE,
          "spelled-out numbers from this value up become numerals (10 = AP, 101 = Chicago)");

  /** How a percentage is written after a converted number. */
  public enum PercentStyle {
    /** {@code 15 percent} (AP). */
    WORD,
    /** {@code 15%}. */
    SIGN
  }

  /** {@code word}: {@code 15 percent}; {@code sign}: {@code 15%}. */
  public static final Option<PercentStyle> PERCENT_STYLE =
      Option.ofEnum("percent-style", PercentStyle.class, PercentStyle.WORD,
          "after a converted number: word (15 percent) or sign (15%)");

  /** What to do with untranslated text. */
  public enum Untranslated {
    /** Report each run, change nothing. */
    KEEP,
    /** Wrap each run as {@code [untranslated: …]}. */
    MARK,
    /** Romanize short Han runs (names) with ICU's Han-Latin transliterator; report the rest. */
    ROMANIZE,
    /** Delete each run. */
    DROP
  }

  /** What the rule {@code untranslated} does with untranslated CJK text. */
  public static final Option<Untranslated> UNTRANSLATED =
      Option.ofEnum("untranslated", Untranslated.class, Untranslated.KEEP,
          "what to do with untranslated CJK text: keep (report), mark, romanize (short names), drop");

  /** How thousands are separated. */
  public enum Thousands {
    /** {@code 50,763} (AP, Chicago). */
    COMMA,
    /** Digits are not grouped. */
    NONE,
    /** {@code 50 763} with U+2009 THIN SPACE (SI, ISO 80000), from five digits up. */
    THIN
  }

  /** How the rule {@code numbers.thousands} groups the digits of amounts. */
  public static final Option<Thousands> THOUSANDS =
      Option.ofEnum("thousands", Thousands.class, Thousands.COMMA,
          "digit grouping of amounts: comma (50,763), none, or thin (50\u2009763, U+2009, from five digits)");
}
