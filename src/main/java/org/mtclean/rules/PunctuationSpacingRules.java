package org.mtclean.rules;

import java.util.Locale;
import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Chars;
import org.mtclean.internal.ProtectedSpans;
import org.mtclean.internal.Raw;

/** English spacing around punctuation and brackets. */
public final class PunctuationSpacingRules {
  private PunctuationSpacingRules() {}

  /** {@code space.before-punct}: no space before {@code , . ; : ! ?} ({@code ) ]}: see {@link Brackets}). */
  public static final class BeforePunct extends AbstractRule {
    public BeforePunct() {
      super("space.before-punct", RuleKind.SAFE,
          "no space before , . ; : ! ?, between a number and %, around the colon of a split ratio or time (3 : 1 -> 3:1), or before a split clitic: \"the board , in principle\" -> \"the board, in principle\"");
    }

    // it never looks at the case of letters; not also "only with a space": a single space between
    // two letters is no mark, so a paragraph whose spaces are all such (He does n't know.) would
    // be skipped. Its own change may give it more: a mark it takes for one standing alone can
    // join others once the spaces between them go (?" ?\t . .. -> ?" ?... -> ?"?...)
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCase().onlyWith(",.;:!?%'\u2019");
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
      for (int k = 0, start; (start = marks[k]) < n; k++) {
        char c = s[start];
        if (isApostrophe(c) && start >= 3 && (s[start - 1] | 0x20) == 'n' && s[start - 2] == ' ') {
          splitNot(ctx, s, n, start); // does n't: a space between two letters is not a mark
          continue;
        }
        if ((c != ' ' && c != '\t') || start == 0 || s[start - 1] == ' ' || s[start - 1] == '\t'
            || s[start - 1] == '\n') {
          continue;
        }
        int i = start + 1;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) {
          i++;
        }
        if (i >= n) {
          continue;
        }
        char mark = s[i];
        int ratioEnd = mark == ':' ? splitRatioEnd(s, n, start, i) : -1;
        if (ratioEnd > 0) {
          if (!ctx.isProtected(start) && !ctx.isProtected(ratioEnd - 1)) {
            ctx.replace(start, ratioEnd, ":", "joined a ratio or time split by a tokenizer");
          }
          continue;
        }
        // a mark right after a space starts a token: only backtick code can protect it, and
        // asking about the space is the cheaper question
        boolean percent = mark == '%';
        boolean clitic = !percent && isSplitClitic(s, n, start, i);
        if (!clitic && (percent ? !percentAfterNumber(s, n, start, i) : !movable(s, n, i, mark))) {
          continue;
        }
        if (ctx.isProtected(start)) {
          continue;
        }
        ctx.replace(start, i, "", percent ? "removed space between a number and %"
            : clitic ? "joined a contraction or possessive split by a tokenizer" : "removed space before punctuation");
      }
    }

    /**
     * {@code the group 's work}, {@code they 're}, {@code don 't}: a word, spaces, then an English
     * clitic ({@code 's 're 've 'll 'd 'm}, {@code 't} after an n) that ends there, as a tokenizer
     * splits them. Not an opening quote: {@code 'shoddy'}, {@code 's'}.
     */
    private static boolean isSplitClitic(char[] s, int n, int start, int a) {
      if (!isApostrophe(s[a]) || !Character.isLetter(s[start - 1])) {
        return false;
      }
      String clitic = cliticAfter(s, n, a);
      return switch (clitic) {
        case "s", "re", "ve", "ll", "d", "m" -> true;
        case "t" -> (s[start - 1] | 0x20) == 'n';
        default -> false;
      };
    }

    /** The letters after the apostrophe at {@code a}, lower-cased, when one or two end the word there; else "". */
    private static String cliticAfter(char[] s, int n, int a) {
      int e = a + 1;
      while (e < n && e - a <= 2 && Character.isLetter(s[e])) {
        e++;
      }
      if (e < n && (Character.isLetterOrDigit(s[e]) || isApostrophe(s[e]))) {
        return "";
      }
      return new String(s, a + 1, e - a - 1).toLowerCase(Locale.ROOT);
    }

    /** The words a tokenizer splits from {@code n't}: {@code ca n't} is {@code can't}. */
    private static final Set<String> NOT_HOSTS = org.mtclean.internal.WordFiles.read("nt-hosts");

    /** {@code does n't}, {@code ca n't}: the apostrophe at {@code a} after a lone n that spaces part from its word. */
    private static void splitNot(RuleContext ctx, char[] s, int n, int a) {
      int start = a - 2;
      while (start > 0 && (s[start - 1] == ' ' || s[start - 1] == '\t')) {
        start--;
      }
      int host = start;
      while (host > 0 && Character.isLetter(s[host - 1])) {
        host--;
      }
      if (!NOT_HOSTS.contains(new String(s, host, start - host).toLowerCase(Locale.ROOT))
          || !cliticAfter(s, n, a).equals("t") || ctx.isProtected(start, a + 2)) {
        return;
      }
      ctx.replace(start, a - 1, "", "joined a contraction or possessive split by a tokenizer");
    }

    private static boolean isApostrophe(char c) {
      return c == '\'' || c == '\u2019';
    }

    /**
     * {@code 3 : 1}, {@code 09 : 30}, {@code 3 :1}: one or two digits, spaces, the colon at
     * {@code colon}, maybe spaces, one or two digits, as a tokenizer splits a ratio, a score or a
     * time; returns the index of the digit after it, or -1. Not {@code 3: 1} (a list item and its
     * count), nor a longer number on either side: {@code in 2019 : 320 million} is a year and a
     * colon, {@code 3 : 1.5} and {@code 2022-05-09 : 1} are not ratios.
     */
    private static int splitRatioEnd(char[] s, int n, int start, int colon) {
      int d = start;
      while (d > 0 && Chars.isAsciiDigit(s[d - 1])) {
        d--;
      }
      // the numbers stand alone: after a space, a line start or an opening bracket or quote,
      // and before a space, the end or a closing mark (not 1:8%, not a?b=1 : 2)
      if (start - d < 1 || start - d > 2 || (d > 0 && " \t\n(\"\u201C[".indexOf(s[d - 1]) < 0)) {
        return -1;
      }
      int j = colon + 1;
      while (j < n && (s[j] == ' ' || s[j] == '\t')) {
        j++;
      }
      int e = j;
      while (e < n && Chars.isAsciiDigit(s[e])) {
        e++;
      }
      if (e - j < 1 || e - j > 2 || (e < n && " \t\n.,;:!?)\"\u201D]".indexOf(s[e]) < 0)
          || (e + 1 < n && (s[e] == '.' || s[e] == ',' || s[e] == ':') && Chars.isAsciiDigit(s[e + 1]))) {
        return -1;
      }
      return j;
    }

    /** {@code 12 %}: a digit before the spaces, and no letter or digit right after the sign. */
    private static boolean percentAfterNumber(char[] s, int n, int start, int i) {
      return Chars.isAsciiDigit(s[start - 1]) && !Chars.isWordChar(Chars.at(s, n, i + 1));
    }

    private static boolean movable(char[] s, int n, int i, char mark) {
      switch (mark) {
        case ',', ';' -> {
          return true;
        }
        case '.', ':', '!', '?' -> {
          if (mark == '.' && i + 1 < n && s[i + 1] == '.') {
            if (i + 2 < n && s[i + 2] == '.') {
              return false; // an ellipsis
            }
            i++; // a doubled period: punct.doubled makes it one
          }
          int next = Chars.at(s, n, i + 1);
          return next < 0 || next == ' ' || next == '\n' || next == '"' || next == 0x201D
              || next == 0x2019 || (mark != ':' && (next == ')' || next == ']'))
              || ",.;:!?".indexOf(next) >= 0;
        }
        default -> {
          return false;
        }
      }
    }
  }

  /**
   * {@code space.after-punct}: a missing space after {@code , ; ! ?} before a letter, and after
   * {@code :} between a word and a letter or digit, is added.
   */
  public static final class AfterPunct extends AbstractRule {
    public AfterPunct() {
      super("space.after-punct", RuleKind.SAFE,
          "add the missing space after , ; ! ?, after a colon that follows a word, in word.Word and in 5%of; join a domain a tokenizer split (Qunar. com -> Qunar.com)");
    }

    // its own change may give it more: a space put in after a period (word.The -> word. The)
    // makes the token before it a word, and a mark before that may then take its space
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith(",;!?:.%");
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int len = ctx.length();
      int n = len - 1;
      int[] marks = Raw.marks(ctx);
      for (int k = 0, i; (i = marks[k]) < n; k++) {
        if (i == 0) {
          continue;
        }
        char c = s[i];
        if (c == '%') {
          if (isGluedPercent(s, len, i) && !ctx.isProtected(i)) {
            ctx.replace(i + 1, i + 1, " ", "added the missing space after a percent sign");
          }
          continue;
        }
        if (c == '.') {
          int domain = SplitDomains.at(s, len, i);
          if (domain != SplitDomains.NONE && !ctx.isProtected(i)) {
            splitDomain(ctx, s, len, i, domain);
            continue;
          }
          // ask about the char after the dot: an abbreviation such as Mr. ends at its dot
          if (ProtectedSpans.isMissingSentenceSpace(s, len, i) && !ctx.isProtected(i + 1)
              && !(i >= 2 && s[i - 2] == '.')) {
            ctx.replace(i + 1, i + 1, " ", "added the missing space after a period");
          }
          continue;
        }
        if ((c != ',' && c != ';' && c != '!' && c != '?' && c != ':') || s[i + 1] == ' ') {
          continue; // a space after it: nothing is missing
        }
        int next = Character.codePointAt(s, i + 1, len);
        int prev = Character.codePointBefore(s, i);
        boolean wanted =
            c == ':'
                ? Chars.isWordLetter(prev) && Chars.isWordChar(next)
                    && !(Chars.isAsciiDigit(next) && digitInWordBefore(s, i)) // 1p:44:50, a garbled time
                : Chars.isWordLetter(next) && prev != ' ' && prev != '\n' && prev != c;
        if (wanted && c == '?' && Chars.isWordLetter(prev) && !startsWord(s, len, i + 1)) {
          ctx.report(i, i + 1, null, "a ? between two letters: a letter lost in encoding (S?o Paulo)"
              + " or a missing space after a question; left as it is");
          continue;
        }
        if (wanted && c == ';' && semicolonList(s, len, i)) {
          continue; // audio;music;player: a keyword list of a desktop file or a config, not prose
        }
        if (wanted && !ctx.isProtected(i)) {
          ctx.replace(i + 1, i + 1, " ", "added the missing space after punctuation");
        }
      }
    }
  }

  /** Whether the {@code ;} at {@code i} is one of two or more in a token without spaces. */
  private static boolean semicolonList(char[] s, int n, int i) {
    for (int k = i - 1; k >= 0 && !Character.isWhitespace(s[k]); k--) {
      if (s[k] == ';') {
        return true;
      }
    }
    for (int k = i + 1; k < n && !Character.isWhitespace(s[k]); k++) {
      if (s[k] == ';') {
        return true;
      }
    }
    return false;
  }

  /** Whether the word that ends at {@code end} holds a digit ({@code 1p}, {@code A4}). */
  private static boolean digitInWordBefore(char[] s, int end) {
    for (int k = end - 1; k >= 0 && Chars.isWordChar(s[k]); k--) {
      if (Chars.isAsciiDigit(s[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code next?Do}, {@code right?I}: a capital that starts a word (a lower-case letter or no
   * letter after it), as a new sentence does; not {@code S?o}, {@code BRAS?LIA}.
   */
  private static boolean startsWord(char[] s, int n, int i) {
    int cp = Character.codePointAt(s, i, n);
    if (!Character.isUpperCase(cp)) {
      return false;
    }
    int next = Chars.at(s, n, i + Character.charCount(cp));
    return next < 0 || !Character.isLetter(next) || Character.isLowerCase(next);
  }

  /** {@code Qunar. com}: joined when that is certain, else reported (see {@link SplitDomains#at}). */
  private static void splitDomain(RuleContext ctx, char[] s, int n, int dot, int domain) {
    if (domain == SplitDomains.JOIN) {
      ctx.replace(dot + 1, dot + 2, "", "removed the space a tokenizer put into a domain name");
    } else {
      ctx.report(dot, SplitDomains.wordEnd(s, n, dot), SplitDomains.joined(s, n, dot),
          "a domain name split by a tokenizer, or a sentence that ends there: left as it is");
    }
  }

  /**
   * {@code 8.5%year-on-year}, {@code 12%to}: a number, a percent sign, then a lower-case word of
   * two letters or more (not {@code 50%OFF}, not an escape such as {@code %2F}).
   */
  private static boolean isGluedPercent(char[] s, int n, int i) {
    if (!Chars.isAsciiDigit(s[i - 1]) || i + 2 >= n) {
      return false;
    }
    int j = i + 1;
    while (j < n && s[j] >= 'a' && s[j] <= 'z') {
      j++;
    }
    return j - i > 2 && (j == n || !Chars.isWordChar(s[j]) || s[j] == '-');
  }

  /**
   * {@code space.brackets}: no space inside brackets; a space between a word and an opening
   * bracket, and between a closing bracket and a word.
   */
  public static final class Brackets extends AbstractRule {
    public Brackets() {
      super("space.brackets", RuleKind.SAFE,
          "no space inside ( ) and [ ]; a space between a word and a bracket outside it");
    }

    // it never looks at the case of letters
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCase().onlyWith("()[]");
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      int lastParen = -1;
      int lastBracket = -1;
      int[] marks = Raw.marks(ctx);
      for (int m = 0, i; (i = marks[m]) < n; m++) {
        char c = s[i];
        if (c == '(' || c == '[') {
          if (c == '(') {
            lastParen = i;
          } else {
            lastBracket = i;
          }
          if (ctx.isProtected(i)) {
            continue;
          }
          int k = i + 1;
          while (k < n && (s[k] == ' ' || s[k] == '\t')) {
            k++;
          }
          int prev = Chars.before(s, i);
          if (Chars.isWordChar(prev) && !pluralMarker(s, n, i) && !shortReference(s, n, i)
              && Chars.isWordChar(Chars.at(s, n, k))) {
            ctx.replace(i, i, " ", "added a space before an opening bracket");
          }
          if (k > i + 1 && k < n && s[k] != '\n') {
            ctx.replace(i + 1, k, "", "removed space inside brackets");
          }
        } else if (c == ')' || c == ']') {
          int open = c == ')' ? lastParen : lastBracket;
          if (open < 0 || ctx.isProtected(i)) {
            continue; // a list marker such as "a )", or part of a URL
          }
          int k = i;
          while (k > open + 1 && (s[k - 1] == ' ' || s[k - 1] == '\t')) {
            k--;
          }
          if (k < i && k > open + 1) {
            ctx.replace(k, i, "", "removed space inside brackets");
          }
          int next = Chars.at(s, n, i + 1);
          if (Chars.isWordChar(next) && !pluralMarker(s, n, open) && !shortReference(s, n, open)) {
            ctx.replace(i + 1, i + 1, " ", "added the missing space after punctuation");
          }
        }
      }
    }

    /**
     * {@code printf(3)}, {@code Article 5(1)(a)}, {@code f(x)}, {@code Section 2(ii)}: up to
     * three digits, one letter, or a lower-case roman numeral glued in brackets to a word are a
     * reference or a call, not a bracketed remark (an acronym is: {@code Treaty(PCT)}).
     */
    private static boolean shortReference(char[] s, int n, int open) {
      if (open < 1 || !Chars.isWordChar(Chars.before(s, open))) {
        return false;
      }
      int k = open + 1;
      boolean digits = true;
      boolean roman = true;
      while (k < n && k - open <= 4 && s[k] < 0x80 && Character.isLetterOrDigit(s[k])) {
        digits &= Chars.isAsciiDigit(s[k]);
        roman &= "ivx".indexOf(s[k]) >= 0;
        k++;
      }
      int length = k - open - 1;
      if (length == 0 || k >= n || s[k] != ')') {
        return false;
      }
      return (digits && length <= 3) || length == 1 || roman;
    }

    /** {@code employee(s)}, {@code process(es)}: the bracket belongs to the word. */
    private static boolean pluralMarker(char[] s, int n, int open) {
      if (open < 0) {
        return false;
      }
      return startsWith(s, n, open, "(s)") || startsWith(s, n, open, "(es)")
          || startsWith(s, n, open, "(ies)");
    }

    private static boolean startsWith(char[] s, int n, int at, String prefix) {
      if (at + prefix.length() > n) {
        return false;
      }
      for (int k = 0; k < prefix.length(); k++) {
        if (s[at + k] != prefix.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }
}
