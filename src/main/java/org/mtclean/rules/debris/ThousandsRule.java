package org.mtclean.rules.debris;

import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.Options;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Raw;
import org.mtclean.internal.WordFiles;
import org.mtclean.rules.AbstractRule;

/**
 * {@code numbers.thousands}: the digits of an amount are grouped by thousands: {@code 50763 cases}
 * becomes {@code 50,763 cases}, {@code RMB 5150} becomes {@code RMB 5,150}. An amount is a number
 * before a counted noun, a currency or a unit (the list is the resource {@code org/mtclean/words/amount-words.txt},
 * with {@code amount-adjectives.txt} for the words that may stand between: {@code 50763 new
 * cases}), or after a currency sign or code. Years, IDs, phone numbers, codes, model numbers and
 * addresses are none of these; a four-digit number from 1000 to 2099 before a counted noun could
 * be a year ({@code in 2020 students}), so only a currency or unit groups it.
 */
public final class ThousandsRule extends AbstractRule {
  static final char THIN_SPACE = '\u2009';

  private static final Set<String> AMOUNT_WORDS = WordFiles.read("amount-words");
  private static final Set<String> ADJECTIVES = WordFiles.read("amount-adjectives");
  private static final Set<String> CURRENCY_CODES = WordFiles.read("currency-codes");
  private static final String CURRENCY_SIGNS = "$\u00A5\u20AC\u00A3\u20A9";

  /** The currencies and units of the amount words, made on first use (see WordFiles#read). */
  private static final class CurrencyAndUnits {
    static final Set<String> SET = currencyAndUnits();
  }

  public ThousandsRule() {
    super("numbers.thousands", RuleKind.SAFE,
        "the digits of an amount are grouped: 50763 cases -> 50,763 cases, RMB 5150 -> RMB 5,150;"
            + " never years, IDs, codes or phone numbers", Options.THOUSANDS);
  }

  private static Set<String> currencyAndUnits() {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String w : AMOUNT_WORDS) {
      // currencies and unit symbols: the entries that are not plain lower-case English nouns
      if (!isLowerAsciiWord(w) || w.length() <= 3) {
        out.add(w);
      }
    }
    out.addAll(WordFiles.read("currency-unit-words"));
    return Set.copyOf(out);
  }

  private static boolean isLowerAsciiWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  // a group of thousands is digits
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
    Options.Thousands style = ctx.option(Options.THOUSANDS);
    if (style == Options.Thousands.NONE) {
      return;
    }
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    int minDigits = style == Options.Thousands.THIN ? 5 : 4;
    DigitRuns runs = DigitRuns.of(ctx);
    for (int r = 0; r < runs.count; r++) {
      int at = runs.starts[r];
      int e = runs.ends[r];
      if (e - at < minDigits || e - at > 15 || s[at] == '0') {
        continue;
      }
      String sep = style == Options.Thousands.THIN ? String.valueOf(THIN_SPACE) : ",";
      if (isAmount(s, n, at, e) && !Scan.inCodeOrLink(ctx, s, n, at, e)) {
        ctx.replace(at, e, group(s, at, e, sep), "grouped the digits of an amount by thousands");
      }
    }
  }

  /** {@code 50763} -> {@code 50,763}. */
  static String group(char[] s, int from, int to, String sep) {
    StringBuilder b = new StringBuilder(to - from + (to - from) / 3);
    for (int i = from; i < to; i++) {
      if (i > from && (to - i) % 3 == 0) {
        b.append(sep);
      }
      b.append(s[i]);
    }
    return b.toString();
  }

  private static boolean isAmount(char[] s, int n, int i, int e) {
    // the number ends: a decimal part may follow, nothing else that joins it to more
    int end = e;
    if (end + 1 < n && s[end] == '.' && Scan.digit(s[end + 1])) {
      end = Scan.digitsEnd(s, n, end + 1);
    }
    char next = Scan.at(s, n, end);
    if (Scan.wordChar(next) || "-/:%@_".indexOf(next) >= 0 && next != 0
        || (next == '.' || next == ',') && Scan.digit(Scan.at(s, n, end + 1))) {
      return false;
    }
    boolean currencyBefore = currencyBefore(s, i);
    if (!currencyBefore && !plainBefore(s, i)) {
      return false;
    }
    if (currencyBefore) {
      return true;
    }
    if (next != ' ') {
      return false;
    }
    int w = end + 1;
    int we = wordEnd(s, n, w);
    String word = new String(s, w, we - w);
    if (ADJECTIVES.contains(word.toLowerCase(java.util.Locale.ROOT)) && we < n && s[we] == ' ') {
      w = we + 1;
      we = wordEnd(s, n, w);
      word = new String(s, w, we - w);
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    Set<String> currencyAndUnits = CurrencyAndUnits.SET;
    boolean strong = currencyAndUnits.contains(word) || currencyAndUnits.contains(lower);
    if (!strong && !AMOUNT_WORDS.contains(word) && !AMOUNT_WORDS.contains(lower)) {
      return false;
    }
    if (e - i == 4 && (lower.equals("hours") || lower.equals("hrs")) && Scan.value(s, i, e) <= 2400
        && Scan.value(s, i + 2, e) < 60) {
      return false; // 2400 hours: a clock time
    }
    if (e - i == 4 && !strong) {
      int v = Scan.value(s, i, e);
      return v < 1000 || v > 2099; // could be a year: in 2020 students
    }
    return true;
  }

  /** End of the word at {@code w}: ASCII letters, and the superscripts of m² and m³. */
  private static int wordEnd(char[] s, int n, int w) {
    int i = w;
    while (i < n && (Scan.letter(s[i]) || s[i] == '\u00B2' || s[i] == '\u00B3')) {
      i++;
    }
    return i;
  }

  /** {@code $50763}, {@code US$ 50763}, {@code RMB 50763}, {@code RMB50763}. */
  private static boolean currencyBefore(char[] s, int i) {
    int p = i;
    if (p > 0 && s[p - 1] == ' ') {
      p--;
    }
    if (p > 0 && CURRENCY_SIGNS.indexOf(s[p - 1]) >= 0) {
      return true;
    }
    int w = Scan.lettersStart(s, p);
    return w < p && (w == 0 || !Scan.wordChar(s[w - 1])) && CURRENCY_CODES.contains(new String(s, w, p - w))
        && !(p - w == 2 && p == i); // US50763 is a code
  }

  /** Nothing glued before the number, and no word before it that makes it a name or a code. */
  private static boolean plainBefore(char[] s, int i) {
    if (i == 0) {
      return true;
    }
    char c = s[i - 1];
    if (c != ' ' && c != '(' && c != '"' && c != '\u201C' && c != '\n' && c != '~') {
      return false;
    }
    if (c != ' ') {
      return true;
    }
    int p = i - 1;
    char prev = p > 0 ? s[p - 1] : 0;
    if (prev == '#' || prev == '.' && p >= 3 && (s[p - 2] | 0x20) == 'o' && (s[p - 3] | 0x20) == 'n') {
      return false;
    }
    int w = Scan.lettersStart(s, p);
    return w == p || !CODE_WORDS.contains(Scan.lowerWord(s, w, p));
  }

  private static final Set<String> CODE_WORDS = WordFiles.read("code-words");
}
