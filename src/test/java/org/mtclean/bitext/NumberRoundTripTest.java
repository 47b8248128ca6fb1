package org.mtclean.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtclean.Edit;
import org.mtclean.TestSeeds;

/**
 * Random amounts written in the source as Arabic digits, grouped digits, myriads or Chinese
 * numerals, and in the target as grouped digits, a scale word or English words (ICU's spellout):
 * the same value never makes a finding, a different one always does.
 */
class NumberRoundTripTest {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] UNITS = {"千", "百", "十", ""};

  @Test
  void sameValueIsQuietOtherValueFires() {
    Random r = new Random(TestSeeds.seed("NumberRoundTripTest"));
    RuleBasedNumberFormat words = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    for (int round = 0; round < 2000; round++) {
      long n = switch (r.nextInt(3)) {
        case 0 -> 11 + r.nextInt(989);
        case 1 -> 1_000 + r.nextInt(999_000);
        default -> (1 + r.nextInt(9_999)) * 10_000L;
      };
      String source = "共有" + sourceForm(n, r.nextInt(4)) + "人参加。";
      String same = "In all, " + targetForm(n, r.nextInt(3), words) + " people took part.";
      List<Edit> quiet = BitextChecks.check(source, same);
      assertTrue(quiet.isEmpty(), () -> source + " | " + same + " -> " + quiet);
      long other = r.nextBoolean() ? n * 10 : n + 1 + r.nextInt(9);
      String wrong = "In all, " + NumberCheck.amount(BigDecimal.valueOf(other)) + " people took part.";
      List<Edit> found = BitextChecks.check(source, wrong);
      assertEquals(1, found.size(), () -> source + " | " + wrong + " -> " + found);
    }
  }

  private static String sourceForm(long n, int form) {
    return switch (form) {
      case 0 -> Long.toString(n);
      case 1 -> String.format("%,d", n);
      case 2 -> n % 100 == 0 && n >= 10_000 ? BigDecimal.valueOf(n, 4).stripTrailingZeros().toPlainString() + "万" : Long.toString(n);
      default -> chinese(n);
    };
  }

  private static String targetForm(long n, int form, RuleBasedNumberFormat words) {
    return switch (form) {
      case 0 -> String.format("%,d", n);
      case 1 -> NumberCheck.amount(BigDecimal.valueOf(n));
      default -> words.format(n, "%spellout-cardinal");
    };
  }

  /** {@code 12345} as {@code 一万二千三百四十五}. */
  static String chinese(long n) {
    if (n >= 10_000) {
      long rest = n % 10_000;
      return section(n / 10_000) + "万" + (rest > 0 && rest < 1000 ? "零" : "") + (rest > 0 ? section(rest) : "");
    }
    return section(n);
  }

  private static String section(long x) {
    StringBuilder b = new StringBuilder();
    boolean zero = false;
    long[] units = {1000, 100, 10, 1};
    for (int k = 0; k < 4; k++) {
      int d = (int) (x / units[k] % 10);
      if (d == 0) {
        zero = b.length() > 0;
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      b.append(DIGITS.charAt(d)).append(UNITS[k]);
    }
    return b.toString();
  }

  @Test
  void chineseNumeralsParse() {
    for (long n : new long[] {5, 10, 12, 20, 23, 105, 110, 2000, 3500, 10_000, 10_005, 35_000_000, 123_456_789}) {
      String c = n == 123_456_789 ? "一亿二千三百四十五万六千七百八十九" : chinese(n);
      assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(c, 0, c.length(), false), c);
    }
    assertEquals(BigDecimal.valueOf(150), ChineseNumerals.parse("一百五", 0, 3, false));
    assertEquals(BigDecimal.valueOf(25_000), ChineseNumerals.parse("两万五", 0, 3, false));
    assertEquals(BigDecimal.valueOf(3_000_000_000_000L), ChineseNumerals.parse("三万亿", 0, 3, false));
    assertEquals(BigDecimal.valueOf(2019), ChineseNumerals.parse("二〇一九", 0, 4, true));
    for (String bad : new String[] {"十三五", "一二", "九一八", "百", "千万", "万一", "十百"}) {
      assertEquals(null, ChineseNumerals.parse(bad, 0, bad.length(), false), bad);
    }
  }
}
