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
 * {@code numbers.time}: a clock time that a tokenizer split after its colon, {@code at 20: 00},
 * {@code 05: 03: 17}, becomes {@code 20:00}, {@code 05:03:17}. Hours are 0 to 24, minutes and
 * seconds two digits 00 to 59. Joined when something says it is a time: three parts, a date or
 * a time word before it ({@code at}, {@code from}, {@code until}, a weekday), {@code a.m.},
 * {@code local time} or {@code on} after it, or another time it makes a range with. After any
 * other word ({@code Chapter 3: 16}, {@code Note 1: 30 people}) it is left alone; with nothing
 * around it at all, it is reported.
 */
public final class SplitTimeRule extends AbstractRule {
  private static final Set<String> WORDS_BEFORE = WordFiles.read("time-words-before");

  private static final Set<String> WORDS_AFTER = WordFiles.read("time-words-after");

  public SplitTimeRule() {
    super("numbers.time", RuleKind.SAFE,
        "a clock time split after its colon is joined: at 20: 00 -> at 20:00, 05: 03: 17 -> 05:03:17;"
            + " not Chapter 3: 16 or Note 1: 30 people");
  }

  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith(":");
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
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      if (s[i] != ':' || i < resume || i == 0 || !Scan.digit(s[i - 1])) {
        continue;
      }
      int end = groupEnd(s, n, i);
      if (end < 0) {
        continue;
      }
      resume = end;
      int h = Scan.digitsStart(s, i);
      int isoGlue = -1; // 2020-07-2606: 52 -> the hour is glued to an ISO date
      if (i - h == 4 && isIsoDateBefore(s, h + 2)) {
        isoGlue = h + 2;
        h = isoGlue;
      } else if (i - h > 2 || (h > 0 && !boundaryBefore(s[h - 1])
          && !(isRangeDash(s[h - 1]) && timeEndsAt(s, h - 1)))) {
        continue;
      }
      if (Scan.value(s, h, i) > 24 || !hasSpace(s, i, end)) {
        continue;
      }
      String joined = (isoGlue >= 0 ? " " : "") + stripSpaces(s, h, end);
      int from = isoGlue >= 0 ? isoGlue : h;
      // a time is itself a protected shape (and so is 00-13): the space inside it is protected
      // only in code or a marked untranslated run
      int space = i;
      while (s[space] != ' ') {
        space++;
      }
      if (ctx.isProtected(space)) {
        continue;
      }
      Evidence ev = evidence(s, n, h, i, end, isoGlue >= 0);
      if (ev == Evidence.TIME) {
        ctx.replace(from, end, joined, "joined a time split after its colon");
      } else if (ev == Evidence.NONE) {
        ctx.report(from, end, joined, "looks like a time split after its colon, but nothing around it"
            + " says it is a time (a list item or a verse number reads the same): not joined");
      }
    }
  }

  private enum Evidence { TIME, NONE, LABEL }

  /**
   * End of {@code H: MM}, {@code H: MM: SS} or {@code H:MM: SS} whose first colon is at
   * {@code colon}, or -1: each colon is followed by at most one space and two digits 00-59.
   */
  private static int groupEnd(char[] s, int n, int colon) {
    int parts = 1;
    int i = colon;
    int end = -1;
    while (parts < 3 && i < n && s[i] == ':') {
      int d = i + 1;
      if (d < n && s[d] == ' ') {
        d++;
      }
      int e = Scan.digitsEnd(s, n, d);
      if (e - d != 2 || s[d] > '5') {
        break;
      }
      parts++;
      end = e;
      i = e;
    }
    if (end < 0) {
      return -1;
    }
    char next = Scan.at(s, n, end);
    if (Scan.digit(next) || next == ':' || (next == '.' || next == ',') && Scan.digit(Scan.at(s, n, end + 1))) {
      return -1;
    }
    if (Scan.letter(next)) {
      // 5: 00pm, 5: 00am
      char m = Scan.at(s, n, end + 1);
      if (!((next | 0x20) == 'a' || (next | 0x20) == 'p') || (m | 0x20) != 'm' || Scan.wordChar(Scan.at(s, n, end + 2))) {
        return -1;
      }
    }
    return end;
  }

  private static boolean boundaryBefore(char c) {
    return !Scan.wordChar(c) && c != '.' && c != ',' && c != ':' && c != '-' && c != '/' && c != '+';
  }

  private static boolean isRangeDash(char c) {
    return c == '-' || c == '~' || c == '\u2013' || c == '\u2014';
  }

  private static boolean hasSpace(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] == ' ') {
        return true;
      }
    }
    return false;
  }

  private static String stripSpaces(char[] s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (s[i] != ' ') {
        b.append(s[i]);
      }
    }
    return b.toString();
  }

  /** {@code 2020-07-26} ends at {@code end}. */
  private static boolean isIsoDateBefore(char[] s, int end) {
    int d = end - 10;
    if (d < 0 || (d > 0 && Scan.wordChar(s[d - 1]))) {
      return false;
    }
    for (int k = 0; k < 10; k++) {
      char c = s[d + k];
      if (k == 4 || k == 7 ? c != '-' : !Scan.digit(c)) {
        return false;
      }
    }
    return true;
  }

  private static Evidence evidence(char[] s, int n, int h, int colon, int end, boolean isoGlue) {
    int colons = 0;
    for (int i = colon; i < end; i++) {
      colons += s[i] == ':' ? 1 : 0;
    }
    if (colons == 2 || isoGlue) {
      return Evidence.TIME;
    }
    // before: a word, a date, or a time that this one ends a range with
    int p = h;
    while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '(')) {
      p--;
    }
    if (p > 0 && "-~\u2013\u2014".indexOf(s[p - 1]) >= 0 && timeEndsAt(s, trimLeft(s, p - 1))) {
      return Evidence.TIME;
    }
    if (p > 0 && isIsoDateBefore(s, p)) {
      return Evidence.TIME;
    }
    boolean labelled = false;
    if (p > 0 && p < h && (Scan.letter(s[p - 1]) || s[p - 1] == ':')) {
      int wEnd = s[p - 1] == ':' ? p - 1 : p;
      int w = Scan.lettersStart(s, wEnd);
      String word = Scan.lowerWord(s, w, wEnd);
      if (WORDS_BEFORE.contains(word)) {
        if (!word.equals("and") || timeEndsAt(s, trimLeft(s, w))) {
          return Evidence.TIME;
        }
      }
      labelled = s[p - 1] != ':' || wEnd > w;
    }
    // after: a.m., local time, on, or a time that this one starts a range with
    int a = end;
    while (a < n && s[a] == ' ') {
      a++;
    }
    if (a < n && "-~\u2013\u2014".indexOf(s[a]) >= 0 && timeStartsAt(s, n, skipSpaces(s, n, a + 1))) {
      return Evidence.TIME;
    }
    int we = Scan.lettersEnd(s, n, a);
    if (we > a) {
      String word = Scan.lowerWord(s, a, we);
      if (WORDS_AFTER.contains(word) || (word.equals("to") || word.equals("and"))
          && timeStartsAt(s, n, skipSpaces(s, n, we))) {
        return Evidence.TIME;
      }
    }
    return labelled ? Evidence.LABEL : Evidence.NONE;
  }

  private static int trimLeft(char[] s, int i) {
    while (i > 0 && s[i - 1] == ' ') {
      i--;
    }
    return i;
  }

  private static int skipSpaces(char[] s, int n, int i) {
    while (i < n && s[i] == ' ') {
      i++;
    }
    return i;
  }

  /** {@code H:MM} or {@code H: MM} ends at {@code end}. */
  private static boolean timeEndsAt(char[] s, int end) {
    int m = Scan.digitsStart(s, end);
    if (end - m != 2) {
      return false;
    }
    int c = m - 1;
    if (c >= 0 && s[c] == ' ') {
      c--;
    }
    if (c < 1 || s[c] != ':') {
      return false;
    }
    int h = Scan.digitsStart(s, c);
    return c - h >= 1 && c - h <= 2;
  }

  /** {@code H:MM} or {@code H: MM} starts at {@code i}. */
  private static boolean timeStartsAt(char[] s, int n, int i) {
    int e = Scan.digitsEnd(s, n, i);
    if (e - i < 1 || e - i > 2 || Scan.at(s, n, e) != ':') {
      return false;
    }
    int d = e + 1;
    if (Scan.at(s, n, d) == ' ') {
      d++;
    }
    return Scan.digitsEnd(s, n, d) - d == 2;
  }
}
