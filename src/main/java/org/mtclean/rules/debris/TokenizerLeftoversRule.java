package org.mtclean.rules.debris;

import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Raw;
import org.mtclean.rules.AbstractRule;

/**
 * {@code space.tokenizer}: what a word tokenizer (Moses and the like) leaves in MT output, joined
 * back: {@code 00 @-@ 24} -> {@code 00-24}; {@code a 34 - year - old man} -> {@code 34-year-old};
 * {@code year - on - year}, {@code face - to - face} -> {@code year-on-year}, {@code face-to-face};
 * {@code Holt ' s} -> {@code Holt's}; {@code employees ' pay} -> {@code employees' pay};
 * {@code can n't} -> {@code cannot}; {@code 1980 s}, {@code post-90 s} -> {@code 1980s},
 * {@code post-90s}.
 *
 * <p>A spaced hyphen is a dash in well-written English ({@code Hunan Daily - Headline}), so a
 * chain is joined only when its own shape shows the tokenizer: three or more words with
 * {@code " - "} between them, where every inner word is a short function word
 * ({@code on to in at of and for by the a en}), or a number, a unit of age and {@code old}. A
 * single {@code A - B} is left alone. {@code the 90 s} is reported: it may be a decade or 90
 * seconds.
 */
public final class TokenizerLeftoversRule extends AbstractRule {
  private static final Set<String> INNER =
      org.mtclean.internal.WordFiles.read("tokenizer/chain-words");
  private static final Set<String> AGE_UNITS =
      org.mtclean.internal.WordFiles.read("tokenizer/age-units");
  private static final Set<String> NUMBER_WORDS =
      org.mtclean.internal.WordFiles.read("tokenizer/number-words");

  public TokenizerLeftoversRule() {
    super("space.tokenizer", RuleKind.SAFE,
        "tokenizer leftovers joined: 00 @-@ 24 -> 00-24, a 34 - year - old -> a 34-year-old,"
            + " Holt ' s -> Holt's, employees ' pay -> employees' pay, can n't -> cannot, 1980 s -> 1980s");
  }

  // the chars a tokenizer's leftovers start at: @-@, " - ", apostrophes, 1980 s
  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith("@-'\u20190");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    boolean openSingle = false; // an opening single quote waits for its closing one
    int resume = 0;
    int[] breaks = Raw.wordBreaks(ctx); // every char that is not an ASCII letter
    for (int k = 0, i; (i = breaks[k]) < n; k++) {
      char c = s[i];
      if (c != '@' && c != '-' && c != '\'' && c != '\u2019' && c != '0' || i < resume) {
        continue;
      }
      if (c == '@') {
        resume = atToken(ctx, s, n, i);
      } else if (c == '-' && i > 1 && s[i - 1] == ' ' && i + 2 < n && s[i + 1] == ' ') {
        resume = hyphenChain(ctx, s, n, i);
      } else if (c == '\'' || c == '\u2019') {
        openSingle = apostrophe(ctx, s, n, i, openSingle);
      } else if (Scan.digit(c) && i + 2 < n && s[i + 1] == ' ' && s[i + 2] == 's' && c == '0') {
        decade(ctx, s, n, i);
      }
    }
  }

  /** {@code 00 @-@ 24}, {@code 1 @,@ 000}: one mark between two {@code @}, spaces around. */
  private static int atToken(RuleContext ctx, char[] s, int n, int i) {
    if (i + 2 >= n || s[i + 2] != '@' || "-,./".indexOf(s[i + 1]) < 0) {
      return i + 1;
    }
    int from = i > 0 && s[i - 1] == ' ' ? i - 1 : i;
    int to = i + 3 < n && s[i + 3] == ' ' ? i + 4 : i + 3;
    if (!ctx.isProtected(from, to)) {
      ctx.replace(from, to, String.valueOf(s[i + 1]), "joined a tokenizer's @" + s[i + 1] + "@");
    }
    return to;
  }

  /** A chain {@code w - w - w}; {@code h} is a hyphen with a space either side. Returns where to go on. */
  private static int hyphenChain(RuleContext ctx, char[] s, int n, int h) {
    int w0s = wordStart(s, h - 1);
    if (w0s == h - 1 || (w0s >= 3 && s[w0s - 1] == ' ' && s[w0s - 2] == '-' && s[w0s - 3] == ' ')
        || (w0s > 0 && !boundary(s[w0s - 1]))) {
      return h + 1; // no word before, or not the first hyphen of its chain
    }
    // words[k] = [start, end)
    int[] starts = new int[8];
    int[] ends = new int[8];
    starts[0] = w0s;
    ends[0] = h - 1;
    int count = 1;
    int j = h;
    while (count < 8 && j + 2 < n && s[j] == '-' && s[j - 1] == ' ' && s[j + 1] == ' ') {
      int ws = j + 2;
      int we = wordEnd(s, n, ws);
      if (we == ws) {
        break;
      }
      starts[count] = ws;
      ends[count] = we;
      count++;
      j = we + 1;
      if (we + 1 >= n || s[we] != ' ') {
        break;
      }
    }
    int last = ends[count - 1];
    if (count < 3 || (last < n && !boundary(s[last]) && s[last] != ',' && s[last] != '.')) {
      return last;
    }
    if (!tokenizerShape(s, starts, ends, count)) {
      return last;
    }
    for (int k = 1; k < count; k++) {
      if (ctx.isProtected(ends[k - 1], starts[k])) {
        return last;
      }
    }
    for (int k = 1; k < count; k++) {
      ctx.replace(ends[k - 1], starts[k], "-", "joined a hyphenated word split by a tokenizer");
    }
    return last;
  }

  private static boolean tokenizerShape(char[] s, int[] starts, int[] ends, int count) {
    boolean inner = true;
    for (int k = 1; k < count - 1; k++) {
      inner &= INNER.contains(Scan.lowerWord(s, starts[k], ends[k]));
    }
    if (inner) {
      return true;
    }
    if (count != 3 || !Scan.lowerWord(s, starts[2], ends[2]).equals("old")
        || !AGE_UNITS.contains(Scan.lowerWord(s, starts[1], ends[1]))) {
      return false;
    }
    String first = Scan.lowerWord(s, starts[0], ends[0]);
    boolean digits = true;
    for (int i = starts[0]; i < ends[0]; i++) {
      digits &= Scan.digit(s[i]);
    }
    return digits || NUMBER_WORDS.contains(first);
  }

  private static int wordStart(char[] s, int e) {
    int i = e;
    while (i > 0 && (Scan.letter(s[i - 1]) || Scan.digit(s[i - 1]))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(char[] s, int n, int i) {
    while (i < n && (Scan.letter(s[i]) || Scan.digit(s[i]))) {
      i++;
    }
    return i;
  }

  private static boolean boundary(char c) {
    return c == ' ' || c == '\n' || c == '(' || c == '"' || c == '\u201C' || c == '\u201D' || c == ')'
        || c == ';' || c == ':' || c == '!' || c == '?';
  }

  /**
   * An apostrophe: {@code Holt ' s}, {@code employees ' pay}, {@code can n't}; keeps track of
   * single quotes so that a closing quote is not taken for a possessive. Returns the new state.
   */
  private static boolean apostrophe(RuleContext ctx, char[] s, int n, int a, boolean openSingle) {
    char before = Scan.at(s, n, a - 1);
    char after = Scan.at(s, n, a + 1);
    boolean spaceBefore = before == ' ';
    boolean spaceAfter = after == ' ';
    if (!spaceBefore && !spaceAfter) {
      if (before == 'n' && (after | 0x20) == 't' && a >= 5 && s[a - 2] == ' '
          && Scan.startsWithIgnoreCase(s, n, a - 5, "can") && (a == 5 || !Scan.letter(s[a - 6]))
          && !Scan.wordChar(Scan.at(s, n, a + 2)) && !ctx.isProtected(a - 2, a + 2)) {
        // can n't -> cannot: the n stays (can't would drop it), and cannot is the written form
        ctx.replace(a - 2, a + 2, "not", "joined a contraction split by a tokenizer: can n't -> cannot");
        return openSingle;
      }
      return openSingle;
    }
    if (spaceBefore && !spaceAfter) {
      // an opening quote ('word), not a clitic ('s, 't, 're ...)
      return openSingle || Scan.wordChar(after) && !isClitic(s, n, a);
    }
    if (!spaceBefore) {
      return false; // word' then a space: closes a quote, or a possessive already right
    }
    // a lone apostrophe with a space either side
    if (openSingle) {
      return false; // it closes the quote
    }
    char prev = Scan.at(s, n, a - 2);
    if (!Scan.letter(prev)) {
      return false;
    }
    int w = a + 2;
    int we = Scan.lettersEnd(s, n, w);
    int q = we < n && s[we] == ' ' ? we + 1 : we; // ' s ' is the letter s in quotes
    if (we - w == 1 && s[w] == 's' && !Scan.wordChar(Scan.at(s, n, we)) && Scan.at(s, n, q) != '\''
        && Scan.at(s, n, q) != '\u2019' && !ctx.isProtected(a - 1, we)) {
      // Holt ' s -> Holt's
      ctx.replace(a - 1, a, "", "joined a possessive split by a tokenizer");
      ctx.replace(a + 1, a + 2, "", "joined a possessive split by a tokenizer");
      return false;
    }
    if (prev == 's' && we - w >= 1 && Scan.letter(s[w]) && !ctx.isProtected(a - 1, a)) {
      ctx.replace(a - 1, a, "", "joined a plural possessive split by a tokenizer"); // employees ' pay
    }
    return false;
  }

  private static boolean isClitic(char[] s, int n, int a) {
    int e = Scan.lettersEnd(s, n, a + 1);
    if (e < n && (Scan.wordChar(s[e]) || s[e] == '\'' || s[e] == '\u2019')) {
      return false;
    }
    String w = Scan.lowerWord(s, a + 1, e);
    return w.equals("s") || w.equals("t") || w.equals("d") || w.equals("m") || w.equals("re")
        || w.equals("ve") || w.equals("ll");
  }

  /** {@code 1980 s}, {@code post-90 s}; the 0 at {@code z} ends the number. */
  private static void decade(RuleContext ctx, char[] s, int n, int z) {
    if (z + 3 < n && (Scan.wordChar(s[z + 3]) || s[z + 3] == '\'' || s[z + 3] == '\u2019')) {
      return;
    }
    int d = Scan.digitsStart(s, z + 1);
    int len = z + 1 - d;
    if (d > 0 && (Scan.letter(s[d - 1]) || s[d - 1] == '.' || s[d - 1] == ',')) {
      return;
    }
    boolean post = d >= 5 && s[d - 1] == '-' && Scan.startsWithIgnoreCase(s, n, d - 5, "post");
    boolean apostrophe = d > 0 && (s[d - 1] == '\'' || s[d - 1] == '\u2019');
    int v = Scan.value(s, d, z + 1);
    if (len == 4 && v >= 1000 && v <= 2090 || len == 2 && (post || apostrophe)) {
      if (!ctx.isProtected(d, z + 3)) {
        ctx.replace(z + 1, z + 2, "", "joined a decade split by a tokenizer");
      }
    } else if (len == 2 && d >= 4 && Scan.startsWithIgnoreCase(s, n, d - 4, "the ") && !ctx.isProtected(d, z + 3)) {
      ctx.report(d, z + 3, new String(s, d, len) + "s",
          "a decade split by a tokenizer, or a number of seconds: not joined");
    }
  }
}
