package org.mtclean.rules;

import org.mtclean.DocumentMemory;
import org.mtclean.Options;
import org.mtclean.Options.Untranslated;
import org.mtclean.OptionValues;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.WordList;
import org.mtclean.internal.Chars;
import org.mtclean.internal.ProtectedSpans;
import org.mtclean.internal.Raw;

/**
 * {@code untranslated}: runs of Han, Hiragana, Katakana and Hangul left in the English text are
 * reported with their position and length, or handled by the {@link org.mtclean.Options#UNTRANSLATED} option.
 *
 * <p>A run goes from its first to its last East Asian letter on one line. Between two letters it
 * takes in punctuation (Chinese or ASCII), digits, spaces, and a Latin word glued to the letters
 * without spaces ({@code 用AI技术}); a gap that holds a space and also a Latin letter or an ASCII
 * sentence mark is English typography and ends it ({@code 张伟 and 李明}, {@code 张伟, 李明}). Chinese marks glued to either end belong to the run: as the
 * rule runs after {@code punct.cjk}, a mark still Chinese there sits in Chinese context, while a
 * {@code 。} that became {@code .} before English belongs to the English sentence and stays out.
 * Digits glued to the front belong to it too ({@code 2022年}).
 *
 * <p>Policies: {@code keep} (default) reports each run; {@code mark} wraps it as
 * {@code [untranslated: …]} (a protected span, so no rule edits it and it is not marked again);
 * {@code romanize} writes a run of at most {@value #ROMANIZE_MAX} Han characters as a Chinese name
 * ({@code 张伟} becomes {@code Zhang Wei}, see {@link HanRomanizer}), and reports longer runs,
 * kana, Hangul and characters without a known reading; {@code drop} deletes the run (each drop is
 * an edit in the change log), but never a whole line. The rule's kind is safe because it changes
 * text only under a policy the user chose; under {@code keep} every finding is report-only.
 *
 * <p>Stateless and thread-safe.
 */
public final class UntranslatedRule extends AbstractRule {
  /** Longest Han run that {@link Untranslated#ROMANIZE} treats as a name. */
  static final int ROMANIZE_MAX = 4;

  private static final int MAX_GAP = 24;

  public UntranslatedRule() {
    super("untranslated", RuleKind.SAFE,
        "report untranslated Chinese, Japanese or Korean text; option untranslated=keep|mark|romanize|drop",
        Options.UNTRANSLATED);
  }

  @Override
  public boolean onlyReports(OptionValues options) {
    return options.option(Options.UNTRANSLATED) == Untranslated.KEEP;
  }

  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith("\u1100\u3041\u4E00\uAC00\uD800\uF900\u3005");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    char[] c = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    int k = 0;
    while (marks[k] < n && c[marks[k]] < 0x1100) {
      k++;
    }
    if (marks[k] >= n) {
      return; // no East Asian letter: the common case
    }
    String s = ctx.text();
    Untranslated policy = null;
    UntranslatedDrops drops = null;
    int lastEnd = 0;
    int resume = 0;
    for (int i; (i = marks[k]) < n; k++) {
      if (i < resume || c[i] < 0x1100) {
        continue;
      }
      int cp = s.codePointAt(i);
      if (!Chars.isCjkLetter(cp) || ctx.isProtected(i)) {
        continue;
      }
      int core = i;
      int coreEnd = lettersEnd(ctx, s, i);
      int start = core;
      while (start > lastEnd && isRunMark(s.charAt(start - 1))) {
        start--;
      }
      start = gluedDigitsStart(ctx, s, start, lastEnd);
      int end = coreEnd;
      while (end < n && isRunMark(s.charAt(end))) {
        end++;
      }
      if (policy == null) {
        policy = ctx.option(Options.UNTRANSLATED);
      }
      if (policy == Untranslated.DROP && drops == null) {
        drops = new UntranslatedDrops();
      }
      handle(ctx, policy, s, start, core, coreEnd, end, drops);
      lastEnd = end;
      resume = end;
    }
  }

  /** End of the run of letters that starts at {@code i}, across the gaps a run takes in. */
  private static int lettersEnd(RuleContext ctx, String s, int i) {
    int n = s.length();
    int end = i + Character.charCount(s.codePointAt(i));
    while (end < n) {
      boolean space = false;
      boolean english = false; // a Latin letter or an ASCII sentence mark
      int g = end;
      int cp = -1;
      while (g < n && g - end <= MAX_GAP) {
        cp = s.codePointAt(g);
        if (Chars.isCjkLetter(cp) || cp == '\n' || cp == '[' || cp == ']') {
          break;
        }
        space |= cp == ' ' || cp == '\t';
        english |= Chars.isWordLetter(cp) || (cp < 0x80 && ",.;:!?".indexOf(cp) >= 0);
        g += Character.charCount(cp);
      }
      if (g >= n || !Chars.isCjkLetter(cp) || (space && english)
          || (g > end && ctx.isProtected(end, g))) {
        return end;
      }
      end = g + Character.charCount(cp);
    }
    return end;
  }

  /** Chinese marks that may open or close a run (not the wide space, dash or ellipsis). */
  private static boolean isRunMark(char c) {
    return Chars.isCjkPunct(c) && c != '\u3000' && c != '\u2014' && c != '\u2026';
  }

  /** Start of ASCII digits glued before {@code start} ({@code 2022年}), unless part of a number. */
  private static int gluedDigitsStart(RuleContext ctx, String s, int start, int floor) {
    int d = start;
    while (d > floor && Chars.isAsciiDigit(s.charAt(d - 1))) {
      d--;
    }
    if (d == start) {
      return start;
    }
    int before = Chars.before(s, d);
    if (Chars.isWordChar(before) || (before >= 0 && ".,:/-".indexOf(before) >= 0)
        || ctx.isProtected(d, start)) {
      return start;
    }
    return d;
  }

  private static void handle(RuleContext ctx, Untranslated policy, String s, int start, int core,
      int coreEnd, int end, UntranslatedDrops drops) {
    String run = s.substring(start, end);
    String what = describe(run);
    switch (policy) {
      case KEEP -> ctx.report(start, end, null, what);
      case MARK -> ctx.replace(start, end,
          padBefore(s, start) + ProtectedSpans.UNTRANSLATED_MARK + run + "]" + padAfter(s, end),
          "marked " + what);
      case ROMANIZE -> romanize(ctx, s, start, core, coreEnd, end, what);
      case DROP -> drops.drop(ctx, s, start, end, what);
      default -> throw new AssertionError(policy);
    }
  }

  private static void romanize(RuleContext ctx, String s, int start, int core, int coreEnd,
      int end, String what) {
    String han = s.substring(core, coreEnd);
    int count = han.codePointCount(0, han.length());
    boolean allHan = han.codePoints().allMatch(UntranslatedRule::isHan);
    if (!allHan || count > ROMANIZE_MAX) {
      ctx.report(start, end, null, what + "; kept: only names of at most " + ROMANIZE_MAX
          + " Han characters are romanized");
      return;
    }
    String before = englishMarks(s, start, core, ctx.documentQuoteStyle());
    String after = englishMarks(s, coreEnd, end, ctx.documentQuoteStyle());
    String name = HanRomanizer.romanize(han, ctx.words(WordList.COMPOUND_SURNAMES));
    if (name == null || before == null || after == null) {
      ctx.report(start, end, null, what + "; kept: "
          + (name == null ? "no known reading for a character" : "digits or marks around it"));
      return;
    }
    ctx.replace(start, end, padBefore(s, start) + before + name + after + padAfter(s, end),
        "romanized the Chinese name " + han + " as " + name);
  }

  /**
   * The English form of the Chinese marks in {@code [from, to)} beside a romanized name (they
   * were Chinese only because the name was), or null for a mark not mapped here.
   */
  private static String englishMarks(String s, int from, int to, int quoteStyle) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u3002', '\uFF0E' -> b.append('.');
        case '\uFF0C', '\u3001' -> b.append(',');
        case '\uFF1B' -> b.append(';');
        case '\uFF1A' -> b.append(':');
        case '\uFF01' -> b.append('!');
        case '\uFF1F' -> b.append('?');
        case '\uFF08' -> b.append('(');
        case '\uFF09' -> b.append(')');
        case '\u3010', '\u3014' -> b.append('[');
        case '\u3011', '\u3015' -> b.append(']');
        case '\u300A', '\u3008', '\u300C', '\u300E' ->
            b.append(ChinesePunctuationRule.openQuote(quoteStyle));
        case '\u300B', '\u3009', '\u300D', '\u300F' ->
            b.append(ChinesePunctuationRule.closeQuote(quoteStyle));
        default -> {
          return null;
        }
      }
    }
    return b.toString();
  }

  private static String padBefore(String s, int start) {
    return Chars.isWordChar(Chars.before(s, start)) ? " " : "";
  }

  private static String padAfter(String s, int end) {
    return Chars.isWordChar(Chars.at(s, end)) ? " " : "";
  }

  /** "untranslated Chinese text (5 characters)"; kana makes it Japanese, Hangul Korean. */
  static String describe(String run) {
    boolean kana = false;
    boolean hangul = false;
    int count = 0;
    for (int i = 0; i < run.length(); ) {
      int cp = run.codePointAt(i);
      kana |= (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB) || (cp >= 0x31F0 && cp <= 0x31FF);
      hangul |= (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF)
          || (cp >= 0x3130 && cp <= 0x318F);
      count++;
      i += Character.charCount(cp);
    }
    String language = kana ? "Japanese" : hangul ? "Korean" : "Chinese";
    return "untranslated " + language + " text (" + count + (count == 1 ? " character)" : " characters)");
  }

  private static boolean isHan(int cp) {
    return Chars.isCjkLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
