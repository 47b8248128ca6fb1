package org.mtclean.rules;

import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.WordList;
import org.mtclean.internal.Chars;
import org.mtclean.internal.Raw;
import org.mtclean.internal.SentenceStarts;

/**
 * {@code case.sentence-start}: a lower-case letter that starts a sentence after {@code . ! ?}
 * is capitalized when the mark certainly ends a sentence: it follows a word, and a space (maybe
 * an opening quote or bracket) stands between it and the letter. Where the sentence may go on,
 * the capital is only reported: after a closing quote or bracket ({@code "Why?" the agent
 * replied}, {@code (R-Ala.) said}) and after an abbreviation that is often inside a sentence
 * ({@code Wash.}, {@code Sen.}, {@code Jan.}, {@code Ph.D.}). Nothing is proposed after an
 * ellipsis, a mark that does not follow a word ({@code #! again}), a lone letter
 * ({@code S? o Paulo}), in a split domain ({@code Qunar. com}), or in a protected span.
 */
public final class SentenceCaseRule extends AbstractRule {
  public SentenceCaseRule() {
    super("case.sentence-start", RuleKind.SAFE,
        "capitalize a lower-case letter that starts a sentence after . ! ? (only reported after a closing quote or bracket, or an abbreviation)");
  }

  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptOwnChanges().onlyWith(".!?");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    Set<String> abbreviations = ctx.words(WordList.ABBREVIATIONS);
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    for (int m = 0, i; (i = marks[m]) < n; m++) {
      char c = s[i];
      if (!SentenceStarts.isMark(c)) {
        continue;
      }
      if (c == '.' && ((i > 0 && s[i - 1] == '.') || (i + 1 < n && s[i + 1] == '.'))) {
        continue; // ellipsis
      }
      if (i == 0 || !endsWord(s[i - 1])) {
        continue; // a mark after a space or a symbol (#! again) ends no sentence for sure
      }
      int k = ctx.sentenceStartAfter(i);
      if (k < 0) {
        continue;
      }
      boolean closed = SentenceStarts.isCloser(s[i + 1]); // "Why?" the agent replied
      int cp = Chars.at(s, n, k);
      if (cp < 0 || !Character.isLowerCase(cp) || !Chars.isWordLetter(cp)) {
        continue;
      }
      int after = k + Character.charCount(cp);
      int nextCp = Chars.at(s, n, after);
      if (nextCp >= 0 && Character.isUpperCase(nextCp)) {
        continue; // iPhone, eBay
      }
      if (ctx.isProtected(i) || ctx.isProtected(k)) {
        continue;
      }
      if (c == '?' && cp != 'a' && cp != 'i' && (nextCp < 0 || !Character.isLetter(nextCp))) {
        continue; // S? o Paulo: a letter lost in encoding, not a question
      }
      if (c == '.' && !closed && SplitDomains.at(s, n, i) != SplitDomains.NONE) {
        continue; // Qunar. com: space.after-punct joins or reports it
      }
      String capital = new String(Character.toChars(Character.toUpperCase(cp)));
      String abbreviation = c == '.' ? Abbreviations.before(s, i, abbreviations) : null;
      if (closed || abbreviation != null) {
        ctx.report(k, after, capital, closed
            ? "a sentence may go on after a closing quote or bracket (\"Why?\" the agent replied): capital not applied"
            : "the period may end the abbreviation \"" + abbreviation + "\" inside a sentence: capital not applied");
        continue;
      }
      ctx.replace(k, after, capital, "capitalized the first letter of a sentence");
    }
  }

  /**
   * What a sentence mark can follow when it ends a sentence: a word, a number, a percent, a
   * closing quote or bracket, an apostrophe ({@code the workers'.}).
   */
  private static boolean endsWord(char c) {
    return Chars.isWordChar(c) || c == '%' || c == '\'' || SentenceStarts.isCloser(c);
  }
}
