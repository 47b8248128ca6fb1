package org.mtclean.rules;

import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.internal.Chars;

/**
 * {@code case.sentence-start}: a lower-case letter that starts a sentence after {@code . ! ?}
 * is capitalized, unless the period ends an abbreviation or an ellipsis.
 */
public final class SentenceCaseRule extends AbstractRule {
  public SentenceCaseRule() {
    super("case.sentence-start", RuleKind.SAFE,
        "capitalize a lower-case letter that starts a sentence after . ! ?");
  }

  @Override
  public void apply(RuleContext ctx) {
    if (!ctx.mayContainAny(".!?")) {
      return;
    }
    char[] s = ctx.chars();
    int n = ctx.length();
    int[] marks = ctx.marks();
    for (int m = 0, i; (i = marks[m]) < n; m++) {
      char c = s[i];
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      if (c == '.' && ((i > 0 && s[i - 1] == '.') || (i + 1 < n && s[i + 1] == '.'))) {
        continue; // ellipsis
      }
      if (i == 0 || s[i - 1] == ' ') {
        continue;
      }
      int k = i + 1;
      while (k < n && isCloser(s[k])) {
        k++;
      }
      int spaceStart = k;
      while (k < n && (s[k] == ' ' || s[k] == '\n')) {
        k++;
      }
      if (k == spaceStart || k >= n) {
        continue;
      }
      while (k < n && isOpener(s[k])) {
        k++;
      }
      int cp = Chars.at(s, n, k);
      if (cp < 0 || !Character.isLowerCase(cp) || !Chars.isWordLetter(cp)) {
        continue;
      }
      int nextCp = Chars.at(s, n, k + Character.charCount(cp));
      if (nextCp >= 0 && Character.isUpperCase(nextCp)) {
        continue; // iPhone, eBay
      }
      if (ctx.isProtected(i) || ctx.isProtected(k)) {
        continue;
      }
      ctx.replace(k, k + Character.charCount(cp),
          new String(Character.toChars(Character.toUpperCase(cp))),
          "capitalized the first letter of a sentence");
    }
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[';
  }
}
