package org.mtclean.rules.numbers;

import org.mtclean.RuleContext;

/**
 * The number rules run one after another on the same paragraph, and most of them edit nothing, so
 * the text object they see is often the very same. This per-document holder keeps the pre-check
 * result and the tokens of the last text seen, compared by identity, so that a paragraph is
 * scanned and tokenized once for all four rules. One instance per document (from
 * {@link RuleContext#state}); used by one thread at a time.
 */
final class ParagraphCache {
  private static final Object KEY = new Object();

  private String text;
  private int hasNumberWords; // -1 unknown, 0 no, 1 yes
  private Tokens tokens;
  private NumberContext context;

  static ParagraphCache of(RuleContext ctx) {
    ParagraphCache c = ctx.state(KEY, ParagraphCache::new);
    String s = ctx.text();
    if (c.text != s) {
      c.text = s;
      c.hasNumberWords = -1;
      c.tokens = null;
      c.context = null;
    }
    return c;
  }

  /**
   * Whether the paragraph has a number word that could be edited: one cheap scan, shared by the
   * rules ({@code ctx} is the context whose text this cache holds). {@code smallUnits}: whether lone unit words count (a threshold below 10).
   */
  boolean hasNumberWords(RuleContext ctx, boolean smallUnits) {
    if (smallUnits) {
      return NumberWords.containsNumberWord(ctx.chars(), ctx.length(), ctx.wordBreaks(), true);
    }
    if (hasNumberWords < 0) {
      hasNumberWords = NumberWords.containsNumberWord(ctx.chars(), ctx.length(), ctx.wordBreaks(), false) ? 1 : 0;
    }
    return hasNumberWords == 1;
  }

  NumberContext context() {
    if (context == null) {
      context = new NumberContext(text);
    }
    return context;
  }

  Tokens tokens() {
    if (tokens == null) {
      tokens = Tokens.of(text);
    }
    return tokens;
  }
}
