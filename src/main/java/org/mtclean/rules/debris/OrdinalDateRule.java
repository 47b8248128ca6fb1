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
 * {@code numbers.ordinal-date}: a date written with an ordinal after the month loses the suffix,
 * as AP and Chicago write dates: {@code July 26th} and {@code July 26 th} become {@code July 26},
 * {@code July 25th and 26th} becomes {@code July 25 and 26}. A day without a month
 * ({@code on the 26th}, a Chinese 26日) is reported: the month is not in the text, and guessing
 * it is not safe. Ordinals that are not dates ({@code the 26th of July}, {@code 26th Street},
 * {@code on the 3rd floor}) are left alone.
 */
public final class OrdinalDateRule extends AbstractRule {
  private static final Set<String> MONTHS = WordFiles.read("month-names");

  /** Words after {@code on the 26th} that make it a day of the month. */
  private static final Set<String> DAY_FOLLOWERS = WordFiles.read("day-followers");

  public OrdinalDateRule() {
    super("numbers.ordinal-date", RuleKind.SAFE,
        "a month and day lose the ordinal suffix: July 26th -> July 26; on the 26th (no month) is reported");
  }

  // an ordinal has digits: 26th
  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith("0");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.CARRIED; // a cache only: the digit runs of the paragraph
  }

  @Override
  public void apply(RuleContext ctx) {
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int resume = 0;
    // look for the ordinal first (26th, 26 th), then for a month or "on the" before it
    DigitRuns runs = DigitRuns.of(ctx);
    int[] ends = runs.ends;
    for (int r = 0, i; r < runs.count && (i = ends[r] - 1) < n - 2; r++) {
      // the last digit of a run
      if (i < resume) {
        continue;
      }
      int x = i + 1;
      char a = s[x];
      if (a == ' ' && x + 1 < n) {
        a = s[++x];
      }
      if (a != 't' && a != 's' && a != 'n' && a != 'r') {
        continue;
      }
      int d = runs.starts[r];
      if (d < 2 || i - d > 1) {
        continue;
      }
      // a month: "July 26th", "Nov. 2nd"
      int m = s[d - 1] == ' ' ? d - 1 : -1;
      if (m > 0 && s[m - 1] == '.') {
        m--;
      }
      if (m > 0 && Scan.letter(s[m - 1])) {
        int w = Scan.lettersStart(s, m);
        if (m - w >= 3 && m - w <= 9 && Scan.upper(s[w]) && MONTHS.contains(new String(s, w, m - w))) {
          resume = monthDate(ctx, s, n, m);
          continue;
        }
      }
      if (d >= 7 && Scan.startsWithIgnoreCase(s, n, d - 7, "on the ")
          && (d == 7 || !Scan.wordChar(s[d - 8]))) {
        dayOnly(ctx, s, n, d - 7, d - 5);
      }
    }
  }

  /**
   * After a month name ending at {@code we}: {@code 26th}, {@code 26 th}, then {@code and 27th}.
   * Returns where the scan goes on.
   */
  private static int monthDate(RuleContext ctx, char[] s, int n, int we) {
    int i = we;
    if (i < n && s[i] == '.') {
      i++;
    }
    if (i >= n || s[i] != ' ') {
      return i;
    }
    int d = i + 1;
    while (true) {
      int de = Scan.digitsEnd(s, n, d);
      int day = de - d >= 1 && de - d <= 2 ? Scan.value(s, d, de) : 0;
      if (day < 1 || day > 31) {
        return d;
      }
      int suf = de < n && s[de] == ' ' ? de + 1 : de;
      if (suf + 2 > n || !suffixFits(day, s[suf], s[suf + 1])
          || (suf + 2 < n && Scan.wordChar(s[suf + 2]))) {
        return d;
      }
      int after = suf + 2 < n && s[suf + 2] == ' ' ? suf + 3 : -1;
      if (after > 0 && after < n && Scan.upper(s[after]) && !MONTHS.contains(wordAt(s, n, after))) {
        return d; // the May 4th Movement, the June 4th Incident: a name
      }
      if (!Scan.inCodeOrLink(ctx, s, n, de, suf + 2)) {
        ctx.replace(de, suf + 2, "", "dropped the ordinal suffix of a date (AP and Chicago style)");
      }
      // and 27th, or 27th, to 27th, -27th
      int j = suf + 2;
      if (j < n && (s[j] == '-' || s[j] == '\u2013')) {
        d = j + 1;
        continue;
      }
      if (j < n && s[j] == ',') {
        j++;
      }
      if (j >= n || s[j] != ' ') {
        return d;
      }
      int ce = Scan.lettersEnd(s, n, j + 1);
      String conj = Scan.lowerWord(s, j + 1, ce);
      if (!(conj.equals("and") || conj.equals("or") || conj.equals("to")) || ce >= n || s[ce] != ' ') {
        return d;
      }
      d = ce + 1;
    }
  }

  private static String wordAt(char[] s, int n, int w) {
    return new String(s, w, Scan.lettersEnd(s, n, w) - w);
  }

  private static boolean suffixFits(int day, char a, char b) {
    String suffix = "" + a + b;
    int last = day % 10;
    String want = day / 10 == 1 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return suffix.equals(want);
  }

  /** {@code on the 26th}, then a word that makes it a day of the month: reported. */
  private static void dayOnly(RuleContext ctx, char[] s, int n, int w, int we) {
    if (!Scan.startsWithIgnoreCase(s, n, we, " the ")) {
      return;
    }
    int d = we + 5;
    int de = Scan.digitsEnd(s, n, d);
    int day = de - d >= 1 && de - d <= 2 ? Scan.value(s, d, de) : 0;
    if (day < 1 || day > 31 || de + 2 > n || !suffixFits(day, s[de], s[de + 1])) {
      return;
    }
    int end = de + 2;
    if (end < n && Scan.wordChar(s[end])) {
      return;
    }
    char next = Scan.at(s, n, end);
    if (next == ' ') {
      int a = end + 1;
      int ae = Scan.lettersEnd(s, n, a);
      if (ae == a) {
        if (Scan.digit(Scan.at(s, n, a))) {
          return;
        }
      } else {
        String word = Scan.lowerWord(s, a, ae);
        if (!DAY_FOLLOWERS.contains(word)) {
          return;
        }
        if (word.equals("of")) {
          int m = ae + 1;
          int me = Scan.lettersEnd(s, n, m);
          if (me > m && MONTHS.contains(new String(s, m, me - m))) {
            return; // the 26th of July: a whole date
          }
        }
      }
    } else if (next != 0 && ",.;:)".indexOf(next) < 0) {
      return;
    }
    if (!Scan.inCodeOrLink(ctx, s, n, w, end)) {
      ctx.report(w, end, null, "a day without a month (a Chinese date such as 26\u65E5): AP style"
          + " writes the month and the day (on July 26); the month is not in the text, so it is not guessed");
    }
  }
}
