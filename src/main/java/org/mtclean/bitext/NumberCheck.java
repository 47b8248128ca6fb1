package org.mtclean.bitext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mtclean.bitext.SourceNumber.Kind;

/**
 * {@code bitext.number}: a number, percentage, year or date of the source that the target does
 * not hold in any form. One finding per missing source number, placed at the target number
 * nearest in relative position that has no counterpart in the source (the likely wrong one, see
 * {@link Strays}), or on the whole target when there is none. Stateless.
 */
final class NumberCheck {
  static final String ID = "bitext.number";
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
  private static final String[] SCALE_NAMES = {"trillion", "billion", "million"};
  private static final BigDecimal[] SCALE_VALUES = {
    BigDecimal.valueOf(1_000_000_000_000L), BigDecimal.valueOf(1_000_000_000L), MILLION};

  private NumberCheck() {}

  /** @param suggestDates whether a day without its month gets the {@code bitext.date} suggestion instead of a finding */
  static void check(String source, Findings out, boolean suggestDates) {
    List<SourceNumber> numbers = SourceNumbers.in(source);
    if (numbers.stream().noneMatch(SourceNumber::checked)) {
      return;
    }
    String target = out.target();
    TargetNumbers tn = new TargetNumbers(target);
    Set<SourceNumber> suggested = suggestDates ? DateSuggestion.check(numbers, tn, out) : Set.of();
    Set<String> reported = new HashSet<>();
    Strays strays = null;
    for (SourceNumber sn : numbers) {
      if (!sn.checked() || suggested.contains(sn) || has(tn, sn)) {
        continue;
      }
      if (strays == null) {
        strays = new Strays(numbers, tn, target.length());
      }
      int[] span = strays.nearest((double) sn.start() / Math.max(1, source.length()));
      if (isMinor(sn) && span == null) {
        continue; // 3所 "Yale and two others": a small number is reported only against a wrong one
      }
      String shown = shown(sn);
      if (!reported.add(shown)) {
        continue;
      }
      String text = source.substring(sn.start(), sn.end());
      if (span == null) {
        span = new int[] {0, target.length()};
      }
      out.report(ID, span[0], span[1], "source has " + text
          + (shown.equals(text) ? "" : " (" + shown + ")") + "; no such " + noun(sn) + " in the target");
    }
  }

  /** A count below 10: translations write it as a word, fold it into an article or leave it to a list. */
  private static boolean isMinor(SourceNumber sn) {
    return sn.kind() == Kind.NUMBER && sn.value().compareTo(BigDecimal.TEN) < 0;
  }

  /** Whether the target holds the source number {@code sn} in some form. */
  static boolean has(TargetNumbers tn, SourceNumber sn) {
    return switch (sn.kind()) {
      case DATE -> (tn.monthDays.contains(sn.month() * 100 + sn.day())
          || (tn.months[sn.month()] && tn.has(BigDecimal.valueOf(sn.day()))))
          && (sn.year() == 0 || tn.has(BigDecimal.valueOf(sn.year())));
      case MONTH -> (tn.months[sn.month()] || tn.has(BigDecimal.valueOf(sn.month())))
          && (sn.year() == 0 || tn.has(BigDecimal.valueOf(sn.year())));
      case DAY -> tn.namesDay || tn.has(sn.value());
      default -> tn.has(sn.value()) || sn.alternatives().stream().anyMatch(tn::has);
    };
  }

  private static String noun(SourceNumber sn) {
    return switch (sn.kind()) {
      case DATE, DAY -> "date";
      case MONTH -> "month";
      case YEAR -> "year";
      case PERCENT -> "percentage";
      default -> "number";
    };
  }

  /** The source number as English: {@code 50,000}, {@code 320 million}, {@code November 9, 2019}. */
  static String shown(SourceNumber sn) {
    return switch (sn.kind()) {
      case DATE -> monthName(sn.month()) + " " + sn.day() + (sn.year() > 0 ? ", " + sn.year() : "");
      case MONTH -> monthName(sn.month()) + (sn.year() > 0 ? " " + sn.year() : "");
      case YEAR -> sn.value().toPlainString();
      case DAY -> "the " + sn.value().toPlainString() + ordinalSuffix(sn.value().intValue());
      case PERCENT -> amount(sn.value()) + "%";
      default -> amount(sn.value());
    };
  }

  static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String ordinalSuffix(int v) {
    int lastTwo = v % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return "th";
    }
    return switch (v % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** {@code 50,000}, {@code 3.2}, {@code 320 million}, {@code 1.5 trillion}. */
  static String amount(BigDecimal v) {
    if (v.compareTo(MILLION) >= 0) {
      for (int k = 0; k < SCALE_VALUES.length; k++) {
        if (v.compareTo(SCALE_VALUES[k]) >= 0) {
          BigDecimal x = v.divide(SCALE_VALUES[k], 12, RoundingMode.UNNECESSARY).stripTrailingZeros();
          if (x.scale() <= 3) {
            return grouped(x) + " " + SCALE_NAMES[k];
          }
          break;
        }
      }
    }
    return grouped(v);
  }

  private static String grouped(BigDecimal v) {
    String plain = v.stripTrailingZeros().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0 && whole.length() > 4) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    return dot < 0 ? b.toString() : b.append(plain, dot, plain.length()).toString();
  }
}
