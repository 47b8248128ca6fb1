package org.mtclean.rules.numbers;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;

/**
 * ICU's English spellout in strict mode, one formatter per thread (ICU formatters are not
 * thread-safe), and ICU's English month names. ICU types stay inside this class.
 */
final class Spellout {
  private static final ThreadLocal<RuleBasedNumberFormat> FORMAT =
      ThreadLocal.withInitial(
          () -> {
            RuleBasedNumberFormat f =
                new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
            f.setLenientParseMode(false);
            return f;
          });

  private static final String[] MONTHS =
      DateFormatSymbols.getInstance(ULocale.ENGLISH).getMonths(
          DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE).clone();

  private Spellout() {}

  /**
   * The value of a normalized phrase (lower case, tens and units joined by a hyphen, no
   * {@code and}), or null when ICU does not read all of it. ICU returns 0 with the parse position
   * unmoved on failure, and stops early on words it does not take, so the position is checked.
   */
  static Number parse(String normalized) {
    ParsePosition pp = new ParsePosition(0);
    Number n = FORMAT.get().parse(normalized, pp);
    if (n == null || pp.getErrorIndex() >= 0 || pp.getIndex() != normalized.length()) {
      return null;
    }
    return n;
  }

  /** English name of month 1-12. */
  static String month(int month) {
    return MONTHS[month - 1];
  }
}
