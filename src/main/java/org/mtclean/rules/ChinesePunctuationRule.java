package org.mtclean.rules;

import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Chars;
import org.mtclean.internal.ProtectedSpans;
import org.mtclean.internal.Raw;

/**
 * {@code punct.cjk}: Chinese punctuation in English text becomes English punctuation with English
 * spacing. A mark with CJK text on both sides (or on one side and nothing on the other) is part of
 * an untranslated run and stays.
 */
public final class ChinesePunctuationRule extends AbstractRule {

  public ChinesePunctuationRule() {
    super("punct.cjk", RuleKind.SAFE,
        "Chinese punctuation in English text becomes English punctuation: \u3002 -> . \uFF0C -> ,");
  }

  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith(CANDIDATES);
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int lastEnd = 0;
    int[] marks = Raw.marks(ctx);
    int resume = 0;
    int otherMarks = 0; // whether Chinese marks other than a lone … or — are here: 1, -1, or 0 unknown
    ChineseContext.BracketPairs pairs = new ChineseContext.BracketPairs();
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      char c = s[i];
      if (i < resume || c < '\u00B7' || !isCandidate(c)) {
        continue;
      }
      int j = i + 1;
      if (c == '\u2014' || c == '\u2026') {
        while (j < n && s[j] == c) {
          j++;
        }
        // one — or … is English typography (the Chinese marks come in pairs); a lone … is
        // taken as debris only next to other Chinese punctuation
        if (j - i < 2 && c == '\u2026' && otherMarks == 0) {
          otherMarks = otherChineseMarks(s, marks, n) ? 1 : -1; // once per paragraph: linear
        }
        boolean nextToDots = Chars.before(s, i) == '.' || Chars.at(s, n, j) == '.'; // ...… is debris
        if (j - i < 2 && (c == '\u2014' || (otherMarks < 0 && !nextToDots))) {
          resume = j;
          continue;
        }
      }
      boolean chinese;
      if (ChineseContext.isChineseOpener(c)) {
        chinese = pairs.decideOpener(s, n, marks, k);
      } else {
        int decided = ChineseContext.isChineseCloser(c) ? pairs.decisionFor(i) : -1;
        chinese = decided < 0 ? ChineseContext.inChineseContext(s, n, i, j) : decided == 1;
      }
      if (chinese || ctx.isProtected(i)) {
        resume = j; // untranslated text, or a protected span such as code or a marked run
        continue;
      }
      int end = convert(ctx, s, n, i, j, c, lastEnd);
      lastEnd = Math.max(end, j);
      resume = lastEnd;
    }
  }

  /** Proposes the edit for the mark at {@code [i, j)}; returns the end of the edited range. */
  private static int convert(RuleContext ctx, char[] s, int n, int i, int j, char c, int lastEnd) {
    int quote = ctx.documentQuoteStyle();
    switch (c) {
      case '\u3002', '\uFF0E', '\uFF0C', '\u3001', '\uFF1B', '\uFF1A', '\uFF01', '\uFF1F' -> {
        int numeral = c == '\u3001' ? HanListNumbers.listNumberBefore(s, i) : -1;
        if (numeral >= lastEnd && wordFollows(s, n, j)) {
          return hanListNumber(ctx, s, n, numeral, i, j);
        }
        if ((c == '\uFF0C' || c == '\u3001') && startsLine(s, i)) {
          int word = spacesAfter(s, n, j);
          if (Chars.isWordLetter(Chars.at(s, n, word))) {
            // a comma that begins a line has nothing to follow: debris of segmentation
            ctx.replace(i, word, "", "dropped a Chinese comma at the start of a line");
            return word;
          }
        }
        char ascii = c == '\u3001' && afterListNumber(s, i) ? '.' : sentenceMark(c);
        if ((c == '\uFF0C' || c == '\uFF1A' || c == '\uFF0E')
            && Chars.isAsciiDigit(Chars.before(s, i)) && Chars.isAsciiDigit(Chars.at(s, n, j))) {
          ctx.replace(i, j, ascii == ',' ? "," : ascii == ':' ? ":" : ".", "Chinese punctuation between digits to English");
          return j;
        }
        int start = spacesBefore(s, i, lastEnd);
        int end = spacesAfter(s, n, j);
        int next = Chars.at(s, n, end);
        if (next < 0 || next == '\n') {
          end = j;
        }
        // before an inline tag of a localization file the space stays as it was, unless a word
        // is glued to the tag: then it opens the next words (Click，<g>Save</g>), where a
        // closing tag would follow the words before it (Hello，</b> world)
        String space = next == ProtectedSpans.INLINE_CODE
            ? (end > j || Chars.isWordChar(Chars.at(s, n, end + 1)) ? " " : "")
            : wantsSpaceAfter(s, n, end) ? " " : "";
        ctx.replace(start, end, space.isEmpty() ? MARKS[ascii] : SPACED_MARKS[ascii],
            ascii == '.' && c == '\u3001' ? "Chinese enumeration comma after a list number to a period" : message(c));
        return end;
      }
      case '\uFF08', '\u3010', '\u3014', '\u300A', '\u3008', '\u300C', '\u300E' -> {
        if (c == '\uFF08') {
          int q = j;
          while (q < n && q - j < 3 && HanListNumbers.isNumeralChar(s[q])) {
            q++;
          }
          if (q < n && s[q] == '\uFF09' && HanListNumbers.value(s, j, q) > 0
              && wordFollows(s, n, q + 1)) {
            return bracketedHanNumber(ctx, s, n, i, j, q, lastEnd);
          }
        }
        String open = isTitleMark(c) ? openQuote(quote) : (c == '\uFF08' ? "(" : "[");
        int start = spacesBefore(s, i, lastEnd);
        String before = start < i && keepsSpaceBefore(Chars.before(s, start)) ? " " : spaceBeforeOpener(s, start);
        int end = spacesAfter(s, n, j);
        if (Chars.at(s, n, end) == '\n' || end == n) {
          end = j;
        }
        ctx.replace(start, end, before.isEmpty() ? open : before + open, message(c));
        return end;
      }
      case '\uFF09', '\u3011', '\u3015', '\u300B', '\u3009', '\u300D', '\u300F' -> {
        String close = isTitleMark(c) ? closeQuote(quote) : (c == '\uFF09' ? ")" : "]");
        int start = spacesBefore(s, i, lastEnd);
        int end = spacesAfter(s, n, j);
        int next = Chars.at(s, n, end);
        boolean opener = ChineseContext.isChineseOpener(next) || next == 0x201C || next == '('
            || next == '[' || (next == '"' && end > j);
        String after = (Chars.isWordChar(next) || Chars.isCjkLetter(next) || opener) ? " " : "";
        if (next < 0 || next == '\n') {
          end = j;
        }
        ctx.replace(start, end, after.isEmpty() ? close : close + after, message(c));
        return end;
      }
      case '\u2026' -> {
        boolean wordAfter = Chars.isWordLetter(Chars.at(s, n, j)) && Chars.isWordChar(Chars.before(s, i));
        ctx.replace(i, j, wordAfter ? "... " : "...", "ellipsis to three periods");
        return j;
      }
      case '\u2014' -> {
        int start = spacesBefore(s, i, lastEnd);
        int end = spacesAfter(s, n, j);
        while (end < n && s[end] == '\u2014') { // dashes apart only by spaces make one dash
          int k = end;
          while (k < n && s[k] == '\u2014') {
            k++;
          }
          end = spacesAfter(s, n, k);
        }
        if (Chars.at(s, n, end) == '\n') {
          end = j;
        }
        ctx.replace(start, end, "\u2014", "Chinese double dash to one em dash");
        return end;
      }
      case '\uFF5E', '\u301C' -> {
        int start = spacesBefore(s, i, lastEnd);
        int end = spacesAfter(s, n, j);
        if (Chars.isAsciiDigit(Chars.before(s, start)) && Chars.isAsciiDigit(Chars.at(s, n, end))) {
          ctx.replace(start, end, "-", "Chinese tilde between numbers to a hyphen");
          return end;
        }
        ctx.replace(i, j, "~", "full-width tilde to ASCII");
        return j;
      }
      case '\u00B7', '\u30FB' -> {
        if (Chars.isWordLetter(Chars.before(s, i)) && Chars.isWordLetter(Chars.at(s, n, j))) {
          ctx.replace(i, j, " ", "middle dot between names to a space");
        }
        return j;
      }
      default -> {
        int value = HanListNumbers.circledValue(c);
        if (value > 0 && wordFollows(s, n, j)) {
          int start = spacesBefore(s, i, lastEnd);
          int end = spacesAfter(s, n, j);
          // brackets for all three forms: "1." inside a sentence would read as its end
          ctx.replace(start, end, spaceBeforeOpener(s, start) + "(" + value + ") ",
              "circled number to an English list number");
          return end;
        }
        return j;
      }
    }
  }

  /**
   * Whether an English word follows {@code i} (past spaces on the line): a Chinese list number is
   * converted only in front of its English item, so that no other mark's context changes with it.
   */
  private static boolean wordFollows(char[] s, int n, int i) {
    int k = spacesAfter(s, n, i);
    return k < n && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z');
  }

  /** {@code 一、Text} at the start of a line (or after a sentence) to {@code 1. Text}. */
  private static int hanListNumber(RuleContext ctx, char[] s, int n, int numeral, int i, int j) {
    int end = spacesAfter(s, n, j); // a word follows (see wordFollows)
    ctx.replace(numeral, end, HanListNumbers.value(s, numeral, i) + ". ",
        "Chinese list number to an English one");
    return end;
  }

  /** {@code （一）Text} to {@code (1) Text}: the numeral of {@code s[j, q)} between the brackets. */
  private static int bracketedHanNumber(RuleContext ctx, char[] s, int n, int i, int j, int q,
      int lastEnd) {
    int start = spacesBefore(s, i, lastEnd);
    int end = spacesAfter(s, n, q + 1); // a word follows (see wordFollows)
    ctx.replace(start, end, spaceBeforeOpener(s, start) + "(" + HanListNumbers.value(s, j, q) + ") ",
        "Chinese list number in brackets to an English one");
    return end;
  }

  /** The space an opening bracket or quote at {@code start} needs after a word or a mark. */
  private static String spaceBeforeOpener(char[] s, int start) {
    int prev = Chars.before(s, start);
    return prev >= 0 && prev != '\n' && (Chars.isWordChar(prev) || Chars.isCjkLetter(prev)
        || ",.;:!?".indexOf(prev) >= 0) ? " " : "";
  }

  /**
   * Whether a space that stood between {@code prev} and a Chinese opening bracket stays:
   * {@code (Guo Qian) 【Xinhua} keeps it, {@code ( 【} does not.
   */
  private static boolean keepsSpaceBefore(int prev) {
    return prev >= 0 && prev != '\n' && "([{\u201C\u2018".indexOf(prev) < 0;
  }

  private static final String CANDIDATES =
      "\u3002\uFF0E\uFF0C\u3001\uFF1B\uFF1A\uFF01\uFF1F\uFF08\uFF09\u3010\u3011\u3014\u3015"
          + "\u300A\u300B\u3008\u3009\u300C\u300D\u300E\u300F\u2026\u2014\uFF5E\u301C\u00B7\u30FB"
          + "\u2460"; // circled numbers: CharPresence holds them in one block with this one

  private static boolean isCandidate(char c) {
    return switch (c) {
      case '\u3002', '\uFF0E', '\uFF0C', '\u3001', '\uFF1B', '\uFF1A', '\uFF01', '\uFF1F', '\uFF08',
          '\uFF09', '\u3010', '\u3011', '\u3014', '\u3015', '\u300A', '\u300B', '\u3008', '\u3009',
          '\u300C', '\u300D', '\u300E', '\u300F', '\u2026', '\u2014', '\uFF5E', '\u301C', '\u00B7',
          '\u30FB' -> true;
      default -> HanListNumbers.circledValue(c) > 0;
    };
  }

  private static boolean isTitleMark(char c) {
    return c >= '\u3008' && c <= '\u300F';
  }

  private static char sentenceMark(char c) {
    return switch (c) {
      case '\u3002', '\uFF0E' -> '.';
      case '\uFF0C', '\u3001' -> ',';
      case '\uFF1B' -> ';';
      case '\uFF1A' -> ':';
      case '\uFF01' -> '!';
      default -> '?';
    };
  }

  private static final String[] MARKS = new String[128];
  private static final String[] SPACED_MARKS = new String[128];

  static {
    for (char c : ".,;:!?".toCharArray()) {
      MARKS[c] = String.valueOf(c);
      SPACED_MARKS[c] = c + " ";
    }
  }

  private static String message(char c) {
    return switch (c) {
      case '\u3002', '\uFF0E' -> "Chinese full stop to English";
      case '\uFF0C' -> "Chinese comma to English";
      case '\u3001' -> "Chinese enumeration comma to English";
      case '\uFF1B' -> "Chinese semicolon to English";
      case '\uFF1A' -> "Chinese colon to English";
      case '\uFF01' -> "Chinese exclamation mark to English";
      case '\uFF1F' -> "Chinese question mark to English";
      case '\uFF08', '\uFF09', '\u3010', '\u3011', '\u3014', '\u3015' -> "Chinese bracket to English";
      default -> "Chinese title mark to English quotes";
    };
  }

  static String openQuote(int style) {
    return style == 0x201C ? "\u201C" : "\"";
  }

  static String closeQuote(int style) {
    return style == 0x201C ? "\u201D" : "\"";
  }

  /** Whether a space belongs between a converted mark and what follows at {@code index}. */
  /** Whether the paragraph holds a Chinese mark other than a lone … or —. */
  private static boolean otherChineseMarks(char[] s, int[] marks, int n) {
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      char c = s[i];
      if (c < '\u00B7' || !isCandidate(c)) {
        continue;
      }
      if ((c == '\u2014' || c == '\u2026') && Chars.at(s, n, i + 1) != c && Chars.before(s, i) != c) {
        continue;
      }
      return true;
    }
    return false;
  }

  private static boolean wantsSpaceAfter(char[] s, int n, int index) {
    int next = Chars.at(s, n, index);
    if (next < 0 || next == ' ' || next == '\n') {
      return false;
    }
    if (Chars.isWordChar(next) || Chars.isCjkLetter(next) || next == '(' || next == '['
        || next == 0x201C || next == 0x2018 || ChineseContext.isChineseOpener(next)
        || (next < 0x10000 && HanListNumbers.circledValue((char) next) > 0)
        || next == '{' || next == '$' || (next == '%' && Chars.isWordChar(Chars.at(s, n, index + 1)))) {
      return true; // a placeholder of a localized string ({0}, %s, $name) stands for a word
    }
    if (next == '"') {
      return Chars.isWordChar(Chars.at(s, n, index + 1));
    }
    return false;
  }

  /**
   * Whether the mark at {@code i} follows a list number: one or two digits at the start of a line,
   * or after the end of a sentence or a colon ({@code 1、Plan} is {@code 1. Plan}, while
   * {@code in 2020、2021} lists years).
   */
  private static boolean afterListNumber(char[] s, int i) {
    int k = i;
    while (k > 0 && Chars.isAsciiDigit(s[k - 1])) {
      k--;
    }
    return i - k >= 1 && i - k <= 2 && HanListNumbers.startsListItem(s, k);
  }

  /** Whether only spaces and indentation (NBSP, U+3000) stand between the line start and {@code i}. */
  private static boolean startsLine(char[] s, int i) {
    int k = i;
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\u00A0' || s[k - 1] == '\u3000')) {
      k--;
    }
    return k == 0 || s[k - 1] == '\n';
  }

  /** Start of the run of plain spaces before {@code i}, unless that run starts a line. */
  private static int spacesBefore(char[] s, int i, int floor) {
    int k = i;
    while (k > floor && (s[k - 1] == ' ' || s[k - 1] == '\t')) {
      k--;
    }
    if (k == 0 || s[k - 1] == '\n') {
      return i;
    }
    return k;
  }

  private static int spacesAfter(char[] s, int n, int j) {
    int k = j;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) {
      k++;
    }
    return k;
  }

}
