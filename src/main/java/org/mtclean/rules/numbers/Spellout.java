package org.mtclean.rules.numbers;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ICU's English spellout in strict mode, and the English month names. ICU types stay inside
 * this package. One pair of formatters serves every thread, under a lock: ICU formatters are not
 * thread-safe, but a parse is asked for only for a phrase about to be edited, and most such
 * phrases are in the cache, while each formatter costs tens of milliseconds to make.
 */
final class Spellout {
  private static final String CARDINAL = "%spellout-cardinal";
  private static final String ORDINAL = "%spellout-ordinal";
  private static final int CACHE_SIZE = 256;


  // ICU's English month names (SpelloutTest checks them against ICU's DateFormatSymbols): loading
  // those symbols costs tens of milliseconds, at the first date of every run
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  private Spellout() {}

  /** The formatters and a small cache of parsed phrases (Year and Cardinal see the same). */
  private static final class Formats {
    static final Formats SHARED = new Formats(); // made on first use: most texts need none

    // each made when first needed, from one stock formatter (a formatter costs some 20 ms to make)
    private RuleBasedNumberFormat stock;
    private RuleBasedNumberFormat cardinal;
    private RuleBasedNumberFormat ordinal;

    RuleBasedNumberFormat of(boolean isOrdinal) {
      if (stock == null) {
        stock = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
      }
      if (isOrdinal) {
        return ordinal != null ? ordinal : (ordinal = only(stock, ORDINAL));
      }
      return cardinal != null ? cardinal : (cardinal = only(stock, CARDINAL));
    }

    final Map<String, Number> cache =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Number> eldest) {
            return size() > CACHE_SIZE;
          }
        };
  }

  /**
   * ICU's English spellout with only {@code keep} public. ICU's parser tries every public rule
   * set (seven for English) and a long phrase costs about half a millisecond; with one public set
   * it is several times faster. The other sets become private ({@code %%name}) so that the rules
   * referring to them still work. Falls back to the stock formatter (with {@code keep} as default)
   * if the derived one does not format exactly like it.
   */
  static RuleBasedNumberFormat only(String keep) {
    return only(new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT), keep);
  }

  /** {@link #only(String)} from {@code spellout}, ICU's stock English spellout (not kept). */
  private static RuleBasedNumberFormat only(RuleBasedNumberFormat spellout, String keep) {
    RuleBasedNumberFormat stock = (RuleBasedNumberFormat) spellout.clone();
    stock.setDefaultRuleSet(keep);
    stock.setLenientParseMode(false);
    RuleBasedNumberFormat derived;
    try {
      String rules = stock.toString();
      for (String name : stock.getRuleSetNames()) {
        if (!name.equals(keep)) {
          rules = rules.replace(name + ":", "%" + name + ":")
              .replace("=" + name + "=", "=%" + name + "=")
              .replace("<" + name + "<", "<%" + name + "<")
              .replace(">" + name + ">", ">%" + name + ">");
        }
      }
      derived = new RuleBasedNumberFormat(rules, ULocale.ENGLISH);
      derived.setLenientParseMode(false);
    } catch (IllegalArgumentException e) {
      return stock;
    }
    if (derived.getRuleSetNames().length != 1) {
      return stock;
    }
    for (long n : new long[] {7, 13, 42, 105, 2019, 123_456, 1_000_000_001L}) {
      if (!derived.format(n).equals(stock.format(n, keep))) {
        return stock;
      }
    }
    return derived;
  }

  /**
   * The value of a normalized phrase (lower case, tens and units joined by a hyphen, no
   * {@code and}), or null when ICU does not read all of it. ICU returns 0 with the parse position
   * unmoved on failure, and stops early on words it does not take, so the position is checked.
   *
   * @param ordinal whether the phrase ends with an ordinal word
   */
  static Number parse(String normalized, boolean ordinal) {
    Formats f = Formats.SHARED;
    String key = ordinal ? "o:" + normalized : normalized;
    synchronized (f) {
      Number cached = f.cache.get(key);
      if (cached != null || f.cache.containsKey(key)) {
        return cached;
      }
      ParsePosition pp = new ParsePosition(0);
      Number n = f.of(ordinal).parse(normalized, pp);
      if (n == null || pp.getErrorIndex() >= 0 || pp.getIndex() != normalized.length()) {
        n = null;
      }
      f.cache.put(key, n);
      return n;
    }
  }

  /** English name of month 1-12. */
  static String month(int month) {
    return MONTHS[month - 1];
  }
}
