package org.mtclean.bitext;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtclean.internal.WordFiles;

/**
 * {@code bitext.date}: the source supplies the month that a target date lacks. A Chinese date
 * such as {@code 7月26日} is often translated {@code on the 26th}; with the source at hand that
 * becomes the suggestion {@code on July 26}. Only when exactly one source date has that day, no
 * other source number has that value, the target names that month nowhere, and the ordinal
 * stands as a date: not before {@code of}, a capitalized word or a noun ({@code the 26th
 * anniversary}), only before punctuation, the end, or a word from a short list that follows dates
 * ({@code on the 26th at noon}, {@code on the 26th local time}). Never applied. Stateless.
 */
final class DateSuggestion {
  static final String ID = "bitext.date";

  private static final Pattern DAY =
      Pattern.compile("\\b(?:([Oo]n) (?:[Tt]he )?|([Tt]he) )(\\d{1,2})(?:st|nd|rd|th)\\b");
  private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s*([A-Za-z]+)");
  private static final Set<String> AFTER = WordFiles.read("bitext/date-followers");

  private DateSuggestion() {}

  /** Suggests the dates it can; returns the source dates that got a suggestion. */
  static Set<SourceNumber> check(List<SourceNumber> numbers, TargetNumbers tn, Findings out) {
    Set<SourceNumber> done = new HashSet<>();
    if (numbers.stream().noneMatch(n -> n.kind() == SourceNumber.Kind.DATE)) {
      return done;
    }
    Map<Integer, SourceNumber> dates = onlyDates(numbers);
    String target = out.target();
    Matcher m = DAY.matcher(target);
    while (m.find() && !dates.isEmpty()) {
      int day = Integer.parseInt(m.group(3));
      SourceNumber date = dates.get(day);
      if (date == null || tn.months[date.month()] || !standsAsDate(target, m.end())) {
        continue;
      }
      String month = NumberCheck.monthName(date.month());
      String on = m.group(1);
      String replacement = on != null ? on + " " + month + " " + day : month + " " + day;
      out.suggest(ID, m.start(), m.end(), replacement, "the source date is "
          + NumberCheck.shown(date) + ": the target leaves out the month");
      done.add(date);
    }
    return done;
  }

  /**
   * The source dates by day, for the days that exactly one source date has and no other source
   * number has as its value (a day without a month, {@code 25日}, is the same day again and does
   * not count).
   */
  private static Map<Integer, SourceNumber> onlyDates(List<SourceNumber> numbers) {
    Map<Integer, SourceNumber> dates = new HashMap<>();
    Set<Integer> blocked = new HashSet<>();
    for (SourceNumber n : numbers) {
      if (n.kind() == SourceNumber.Kind.DATE) {
        if (dates.putIfAbsent(n.day(), n) != null) {
          blocked.add(n.day());
        }
      } else if (n.kind() != SourceNumber.Kind.DAY && n.value() != null && n.value().scale() <= 0
          && n.value().compareTo(BigDecimal.valueOf(31)) <= 0) {
        blocked.add(n.value().intValue());
      }
    }
    dates.keySet().removeAll(blocked);
    return dates;
  }

  /** Whether what follows the ordinal at {@code end} lets it be a date. */
  private static boolean standsAsDate(String target, int end) {
    int i = end;
    while (i < target.length() && target.charAt(i) == ' ') {
      i++;
    }
    if (i == target.length() || !Character.isLetter(target.charAt(i))) {
      return true;
    }
    Matcher w = NEXT_WORD.matcher(target);
    w.region(i, target.length());
    return w.find() && AFTER.contains(w.group(1));
  }
}
