package org.mtclean.rules.debris;

import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Raw;
import org.mtclean.internal.WordFiles;
import org.mtclean.rules.AbstractRule;

/**
 * {@code punct.leftovers}: punctuation that MT leaves behind from Chinese marks.
 * <ul>
 *   <li>An ASCII ellipsis of five dots or more ({@code ......}, a converted {@code ……}) becomes
 *       {@code ...}; four dots are reported: an ellipsis then a period is correct English.
 *   <li>{@code growth.,} / {@code growth. ,} / {@code body.;}: one mark stays, the comma or
 *       semicolon before a lower-case word, the period before a capital. Not after an
 *       abbreviation ({@code etc.,}, {@code Inc.,}, {@code a.m.,}), which is correct English; before a
 *       digit it is reported.
 *   <li>{@code ?" ?}: a question or exclamation mark repeated after the closing quote goes.
 *   <li>A {@code ”} after a quotation that is already closed is reported.
 * </ul>
 */
public final class PunctuationLeftoversRule extends AbstractRule {
  /** Lower-case abbreviations that end in a period and may take a comma: etc., approx., ... */
  private static final Set<String> ABBREVIATIONS = WordFiles.read("comma-abbreviations");

  public PunctuationLeftoversRule() {
    super("punct.leftovers", RuleKind.SAFE,
        "punctuation leftovers: ...... -> ..., growth., -> growth, (not etc., or Inc.,), ?\" ? -> ?\";"
            + " a stray closing quote is reported");
  }

  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.onlyWith(".?!\u201D");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int[] marks = Raw.marks(ctx);
    int resume = 0;
    int depth = 0; // curly double quotes open
    boolean closedOne = false;
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      if (i < resume) {
        continue;
      }
      char c = s[i];
      if (c == '.') {
        resume = period(ctx, s, n, i);
      } else if (c == '?' || c == '!') {
        repeatedAfterQuote(ctx, s, n, i);
      } else if (c == '\u201C') {
        depth++;
      } else if (c == '\u201D') {
        if (depth > 0) {
          depth--;
          closedOne = true;
        } else if (closedOne && !ctx.isProtected(i)) {
          ctx.report(i, i + 1, "", "a closing quote after a quotation that is already closed: a stray mark, or an opening one is missing");
        }
      }
    }
  }

  private static int period(RuleContext ctx, char[] s, int n, int i) {
    int e = i;
    while (e < n && s[e] == '.') {
      e++;
    }
    if (i > 0 && s[i - 1] == '.') {
      return e;
    }
    if (e - i >= 5) {
      if (!ctx.isProtected(i, e)) {
        ctx.replace(i, e, "...", "an ellipsis of " + (e - i) + " periods to three");
      }
      return e;
    }
    if (e - i == 4) {
      if (!ctx.isProtected(i, e)) {
        ctx.report(i, e, null, "four periods: an ellipsis and a period, or an over-long ellipsis");
      }
      return e;
    }
    if (e - i == 1) {
      periodThenComma(ctx, s, n, i);
    }
    return e;
  }

  /** {@code growth.,}, {@code growth. ,}, {@code body.;} after a lower-case word. */
  private static void periodThenComma(RuleContext ctx, char[] s, int n, int p) {
    int m = p + 1;
    if (m < n && s[m] == ' ') {
      m++;
    }
    if (m >= n || (s[m] != ',' && s[m] != ';')) {
      return;
    }
    int w = Scan.lettersStart(s, p);
    if (p - w < 2 || !Scan.lower(s[w]) || (w > 0 && (Scan.wordChar(s[w - 1]) || s[w - 1] == '.'
        || s[w - 1] == '-' || s[w - 1] == '@' || s[w - 1] == '/'))) {
      return; // a capital (Calif., Inc.), a.m., e.g., a domain or a code
    }
    for (int i = w; i < p; i++) {
      if (!Scan.lower(s[i])) {
        return;
      }
    }
    if (ABBREVIATIONS.contains(new String(s, w, p - w))) {
      return;
    }
    int a = m + 1;
    while (a < n && s[a] == ' ') {
      a++;
    }
    char next = Scan.at(s, n, a);
    if (ctx.isProtected(p, m + 1)) {
      return;
    }
    if (next == 0 || next == '\n' || Scan.upper(next)) {
      ctx.replace(p + 1, m + 1, "", "a comma or semicolon after a period: the period stays before a new sentence");
    } else if (Scan.lower(next)) {
      ctx.replace(p, p + 1, "", "a period before a comma or semicolon: the sentence goes on");
    } else {
      ctx.report(p, m + 1, null, "a period and a comma or semicolon: one of them is a leftover");
    }
  }

  /** {@code ?" ?}, {@code !” !}: the repeated mark after the closing quote goes. */
  private static void repeatedAfterQuote(RuleContext ctx, char[] s, int n, int i) {
    int q = i + 1;
    if (q >= n || (s[q] != '"' && s[q] != '\u201D')) {
      return;
    }
    int m = q + 1;
    if (m < n && s[m] == ' ') {
      m++;
    }
    if (m >= n || s[m] != s[i] || (m + 1 < n && s[m + 1] != ' ' && s[m + 1] != '\n')) {
      return;
    }
    if (!ctx.isProtected(q + 1, m + 1)) {
      ctx.replace(q + 1, m + 1, "", "a mark repeated after the closing quote");
    }
  }
}
