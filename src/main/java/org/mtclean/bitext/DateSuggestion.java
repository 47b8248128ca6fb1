package org.mtclean.bitext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Set<String> AFTER = Set.of(
      "at", "in", "and", "or", "to", "when", "while", "after", "before", "as", "that", "this",
      "local", "morning", "afternoon", "evening", "night", "noon", "midnight", "he", "she", "they",
      "it", "we", "with", "from", "for", "by", "was", "were", "will", "would", "is", "are", "had",
      "has", "have", "said", "says", "announced", "reported", "there", "but", "so", "until",
      "through", "last", "next", "respectively", "alone");

  private DateSuggestion() {}

  /** Suggests the dates it can; returns the source dates that got a suggestion. */
  static Set<SourceNumber> check(List<SourceNumber> numbers, TargetNumbers tn, Findings out) {
    Set<SourceNumber> done = new HashSet<>();
    if (numbers.stream().noneMatch(n -> n.kind() == SourceNumber.Kind.DATE)) {
      return done;
    }
    String target = out.target();
    Matcher m = DAY.matcher(target);
    while (m.find()) {
      int day = Integer.parseInt(m.group(3));
      SourceNumber date = onlyDateWith(numbers, day);
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
   * The one source date with day {@code day}, when no other source number has that value (a day
   * without a month, {@code 25日}, is the same day again and does not count); else null.
   */
  private static SourceNumber onlyDateWith(List<SourceNumber> numbers, int day) {
    SourceNumber found = null;
    for (SourceNumber n : numbers) {
      if (n.kind() == SourceNumber.Kind.DAY) {
        continue; // 7月25日…25日: the same day again, its month given once
      }
      boolean same = n.kind() == SourceNumber.Kind.DATE ? n.day() == day
          : n.value() != null && n.value().intValue() == day && n.value().scale() <= 0;
      if (same) {
        if (found != null || n.kind() != SourceNumber.Kind.DATE) {
          return null;
        }
        found = n;
      }
    }
    return found;
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
