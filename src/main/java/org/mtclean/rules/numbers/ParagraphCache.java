package org.mtclean.rules.numbers;

import java.util.Arrays;
import org.mtclean.CarriedState;
import org.mtclean.Options;
import org.mtclean.RuleContext;
import org.mtclean.WordList;
import org.mtclean.internal.Raw;

/**
 * What the number rules share about the paragraph they run on: the pre-check flags of
 * {@link NumberScan#scan}, the text as a String, its tokens and its context. The rules run one
 * after another and mostly edit nothing, and the rules before them mostly change a few chars, so
 * the cache keeps a copy of the last text seen and compares by content (a vectorized compare).
 * When the text changed within the same paragraph, only the changed stretch and a word on either
 * side are scanned again, and their flags are added to the old ones: the flags may then claim a
 * word that is gone (a pre-check may say "maybe"), never miss one that is there. One instance per
 * document (from {@link RuleContext#state}); used by one thread at a time.
 */
final class ParagraphCache implements CarriedState, NumberScan.Hits {
  // the key is the factory too: a method reference would be the run's first lambda, and the
  // first costs milliseconds of start-up
  private static final java.util.function.Supplier<ParagraphCache> KEY = new java.util.function.Supplier<>() {
    @Override
    public ParagraphCache get() {
      return new ParagraphCache();
    }
  };

  private RuleContext ctx;
  private char[] copy = new char[256];
  private int length = -1;
  private long paragraph = -1;
  private long version = -1; // Raw.textVersion of the text last synced, -1 when unknown
  private int flags = -1; // of NumberScan.scan, -1 while unknown
  private String text;
  private Tokens tokens;
  private NumberContext context;
  // in a long paragraph, the word starts that NumberScan.scan told of when it made the flags
  // from scratch, for the windowed tokens (one walk over the words instead of two); -1 when not
  private int[] hits = new int[16];
  private int hitCount = -1;
  private int threshold = Integer.MIN_VALUE; // the document's Options.NUMBER_THRESHOLD, once asked

  @Override
  public boolean settled() {
    return false;
  }

  @Override
  public boolean cache() {
    return true;
  }

  static ParagraphCache of(RuleContext ctx) {
    ParagraphCache c = ctx.state(KEY, KEY);
    c.ctx = ctx;
    long version = Raw.textVersion(ctx);
    if (version < 0 || version != c.version || ctx.paragraphIndex() != c.paragraph) {
      c.sync(Raw.chars(ctx), ctx.length(), ctx.paragraphIndex(), Raw.wordBreaks(ctx));
      c.version = version; // the number rules run one after another and mostly change nothing
    }
    return c;
  }

  private void sync(char[] s, int n, long index, int[] breaks) {
    if (index != paragraph) {
      paragraph = index;
      flags = -1;
      hitCount = -1;
    } else {
      int common = Arrays.mismatch(copy, 0, length, s, 0, n);
      if (common < 0) {
        return; // the same text
      }
      if (flags >= 0) {
        int suffix = commonSuffix(s, n, common);
        int lo = wordStartBefore(s, common);
        int hi = wordEndAfter(s, n, n - suffix);
        flags = hi - lo > n / 2 ? -1 : flags | scanWindow(s, lo, hi, n, breaks);
      }
    }
    if (copy.length < n) {
      copy = new char[Math.max(n, copy.length * 2)];
    }
    System.arraycopy(s, 0, copy, 0, n);
    length = n;
    hitCount = -1;
    text = null;
    tokens = null;
    context = null;
  }

  /** The length of the common end of the old copy and {@code s}, not reaching into {@code common}. */
  private int commonSuffix(char[] s, int n, int common) {
    int max = Math.min(length, n) - common;
    int k = 0;
    while (k + 32 <= max && Arrays.equals(copy, length - k - 32, length - k, s, n - k - 32, n - k)) {
      k += 32; // a vectorized compare a block at a time, then char by char
    }
    while (k < max && copy[length - 1 - k] == s[n - 1 - k]) {
      k++;
    }
    return k;
  }

  /** The start of the word before the one at {@code i}: a unit word there pairs with what follows. */
  private static int wordStartBefore(char[] s, int i) {
    while (i > 0 && NumberWords.isAsciiLetter(s[i - 1])) {
      i--;
    }
    while (i > 0 && !NumberWords.isAsciiLetter(s[i - 1])) {
      i--;
    }
    while (i > 0 && NumberWords.isAsciiLetter(s[i - 1])) {
      i--;
    }
    return i;
  }

  /** The end of the word after the one at {@code i}. */
  private static int wordEndAfter(char[] s, int n, int i) {
    while (i < n && NumberWords.isAsciiLetter(s[i])) {
      i++;
    }
    while (i < n && !NumberWords.isAsciiLetter(s[i])) {
      i++;
    }
    while (i < n && NumberWords.isAsciiLetter(s[i])) {
      i++;
    }
    return i;
  }

  /** The flags of {@code s[lo, hi)}, {@code lo} a word start, from the paragraph's word breaks. */
  private static int scanWindow(char[] s, int lo, int hi, int n, int[] breaks) {
    int k = 0;
    while (breaks[k] < lo) {
      k++;
    }
    return NumberScan.scan(s, lo, hi, n, breaks, k);
  }

  private int flags() {
    // the rules after the first ask again: the cached flags, without fetching the arrays
    return flags >= 0 ? flags : flags(Raw.chars(ctx), ctx.length(), Raw.wordBreaks(ctx));
  }

  private int flags(char[] s, int n, int[] breaks) {
    if (flags < 0) {
      if (n >= windowedFrom) {
        hitCount = 0;
        flags = NumberScan.scan(s, 0, n, n, breaks, 0, this);
      } else {
        flags = NumberScan.scan(s, 0, n, n, breaks, 0);
      }
    }
    return flags;
  }

  @Override
  public void at(int wordStart) {
    if (hitCount == hits.length) {
      hits = Arrays.copyOf(hits, hitCount * 2);
    }
    hits[hitCount++] = wordStart;
  }

  /** The flags after a sync with {@code s}, as {@link #of} then a pre-check would see them (tests). */
  int flagsOf(char[] s, int n, long index, int[] breaks) {
    sync(s, n, index, breaks);
    return flags(s, n, breaks);
  }

  /**
   * Whether the paragraph may have a number word that could be edited. {@code smallUnits}:
   * whether lone unit words count (a threshold below 10).
   */
  boolean hasNumberWords(boolean smallUnits) {
    return (flags() & (smallUnits ? NumberScan.COUNTING_SMALL : NumberScan.COUNTING)) != 0;
  }

  /**
   * Whether the paragraph may have a number that {@code numbers.cardinal} could edit with a
   * threshold of 10 or more ({@link NumberScan#CARDINAL}, {@link NumberScan#LOWER}).
   */
  boolean mayHaveCardinal() {
    return has(NumberScan.COUNTING | NumberScan.CARDINAL | NumberScan.LOWER);
  }

  /** Whether the paragraph may have a spelled-out year: two number words in a row ({@link NumberScan#PAIR}). */
  boolean mayHaveSpelledYear() {
    return has(NumberScan.COUNTING | NumberScan.PAIR);
  }

  /** Whether the paragraph may have {@code ten thousand} or {@code hundred million}. */
  boolean mayHaveMyriad() {
    return has(NumberScan.COUNTING | NumberScan.MYRIAD);
  }

  /**
   * Whether the flags have all of {@code both}: {@link NumberScan#COUNTING}, on which the rules
   * have always relied, and the narrower flags of one rule (the two differ for words apart by tabs).
   */
  private boolean has(int both) {
    int f = flags();
    return narrowFlags ? (f & both) == both : (f & NumberScan.COUNTING) != 0;
  }

  /** Whether the paragraph may have {@code year} right after four digits ({@code in 2019 year,}). */
  boolean hasLiteralYear() {
    return (flags() & NumberScan.LITERAL_YEAR) != 0;
  }

  /**
   * Whether the paragraph may have the word {@code month}, in any case, right after a number that
   * could be a month ({@link NumberScan#MONTH}).
   */
  boolean hasNumberedMonth() {
    return (flags() & NumberScan.MONTH) != 0;
  }

  /** {@link Options#NUMBER_THRESHOLD}, asked of the context once per document. */
  int threshold() {
    if (threshold == Integer.MIN_VALUE) {
      threshold = ctx.option(Options.NUMBER_THRESHOLD);
    }
    return threshold;
  }

  /** The text as a String: the same instance for all the rules while it does not change. */
  String text() {
    if (text == null) {
      text = ctx.text();
    }
    return text;
  }

  NumberContext context() {
    if (context == null) {
      context = new NumberContext(text(), ctx.words(WordList.COUNT_NOUNS));
    }
    return context;
  }

  /**
   * The tokens the number rules need. A long paragraph gets only those within {@link #REACH}
   * tokens of a number word that could change, of {@code month} or of a literal year (the rules
   * look at most 16 tokens away from one), so that a number in a 5 MB paragraph does not cost a
   * tokenization of all of it.
   */
  Tokens tokens() {
    if (tokens == null) {
      // a threshold below 10 makes lone unit words count: then every number word matters
      if (length < windowedFrom || threshold() < 10) {
        tokens = Tokens.of(text(), copy);
      } else {
        if (hitCount < 0) { // the flags were added up window by window: the hits come from scratch
          flags = -1;
          flags();
        }
        tokens = Tokens.near(text(), copy, hits, hitCount, REACH);
      }
    }
    return tokens;
  }

  static final int REACH = 24;
  /** Whether the rules ask their narrower flags; tests clear it to compare with {@link NumberScan#COUNTING} alone. */
  static volatile boolean narrowFlags = true;
  /** Paragraph length from which tokens are windowed; tests set it to 0 to compare both ways. */
  static volatile int windowedFrom = 4096;
}
