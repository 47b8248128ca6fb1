package org.mtclean.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.mtclean.Edit;
import org.mtclean.Position;
import org.mtclean.RuleKind;

/**
 * The library entry point for LanguageTool's core rules on machine-translated English: runs the
 * core rules of {@link MachineTranslatedEnglish} (not the mtclean rules, whose findings the
 * cleaner reports anyway) and returns their findings as mtclean {@link Edit}s.
 *
 * <pre>{@code
 * for (Edit e : LanguageToolCheck.check(text)) {
 *   System.out.println(e);   // 3:14 lt.WORD_REPEAT_RULE suggest: "the the" -> "the" (...)
 * }
 * }</pre>
 *
 * <p>Every finding is an edit with rule id {@code lt.} + the LanguageTool rule id (such as
 * {@code lt.WORD_REPEAT_RULE}), kind {@link RuleKind#SUGGEST} with LanguageTool's first
 * suggestion as the replacement (for padded quotes, the one that fits the quote's side), or {@link RuleKind#REPORT} with no replacement when
 * LanguageTool has none (unpaired quotes are always report-only); {@code applied} is false, and
 * positions (offset, line, column) are in {@code text}. Text is checked paragraph by paragraph
 * (paragraphs end at blank lines), so memory stays bounded by the longest paragraph.
 *
 * <p>Thread-safe: each thread uses its own {@code JLanguageTool}, created on first use.
 */
public final class LanguageToolCheck {
  /** Prefix of the rule id of every edit this class returns. */
  public static final String RULE_PREFIX = "lt.";

  private static final MachineTranslatedEnglish LANGUAGE = MachineTranslatedEnglish.coreRulesOnly();
  private static final ThreadLocal<JLanguageTool> TOOL =
      ThreadLocal.withInitial(() -> new JLanguageTool(LANGUAGE));

  private LanguageToolCheck() {}

  /** The findings of the core rules in {@code text}, in text order. */
  public static List<Edit> check(String text) {
    return check(text, false);
  }

  /**
   * As {@link #check(String)}; with {@code lineByLine}, every line is checked on its own, as
   * {@code Cleaner.Builder.lineByLine} cleans it, so that no finding spans two lines (a word at
   * the end of one segment and the same word starting the next is no repetition).
   */
  public static List<Edit> check(String text, boolean lineByLine) {
    List<Edit> edits = new ArrayList<>();
    if (text.isEmpty()) {
      return edits;
    }
    TextPositions positions = new TextPositions(text);
    JLanguageTool lt = TOOL.get();
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = lineByLine ? lineEnd(text, start) : paragraphEnd(text, start);
      if (!text.substring(start, end).isBlank()) {
        checkParagraph(lt, text, start, end, positions, edits);
      }
      start = end;
    }
    return edits;
  }

  private static void checkParagraph(
      JLanguageTool lt, String text, int start, int end, TextPositions positions, List<Edit> out) {
    List<RuleMatch> matches;
    try {
      matches = lt.check(text.substring(start, end));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (RuleMatch m : matches) {
      int from = start + m.getFromPos();
      int to = start + m.getToPos();
      String id = m.getRule().getId();
      List<String> suggestions =
          id.equals(MachineTranslatedEnglish.UNPAIRED_QUOTES_ID)
              ? List.of()
              : m.getSuggestedReplacements();
      String replacement = choose(suggestions, text, start, from);
      out.add(
          new Edit(RULE_PREFIX + id, replacement == null ? RuleKind.REPORT : RuleKind.SUGGEST,
              positions.at(from), positions.at(to), text.substring(from, to), replacement,
              plainMessage(m.getMessage()), false));
    }
  }

  /**
   * The replacement to propose: LanguageTool's first suggestion, except for the one case where
   * its order means nothing, quote padding ({@code " \" "} -> {@code "\" "} or {@code " \""}):
   * a quote that opens keeps the space before it, one that closes the space after it. Straight
   * quotes open when an even number of them precedes in the paragraph. Null without suggestions.
   */
  static String choose(List<String> suggestions, String text, int paragraphStart, int from) {
    if (suggestions.isEmpty()) {
      return null;
    }
    if (suggestions.size() == 2) {
      String a = suggestions.get(0);
      String b = suggestions.get(1);
      if (a.length() == 2 && b.length() == 2 && a.charAt(1) == ' ' && b.charAt(0) == ' '
          && a.charAt(0) == b.charAt(1)) {
        char q = a.charAt(0);
        boolean opening;
        if (q == '\u201C' || q == '\u2018') {
          opening = true;
        } else if (q == '\u201D' || q == '\u2019') {
          opening = false;
        } else {
          int before = 0;
          for (int i = paragraphStart; i < from; i++) {
            before += text.charAt(i) == q ? 1 : 0;
          }
          opening = before % 2 == 0;
        }
        return opening ? b : a;
      }
    }
    return suggestions.get(0);
  }

  /** End of the line that starts at {@code from}: just after its line end (LF, CR or CRLF). */
  static int lineEnd(String s, int from) {
    int n = s.length();
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '\r') {
        return i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    return n;
  }

  /** End of the paragraph that starts at {@code from}: just after the next blank line(s). */
  static int paragraphEnd(String s, int from) {
    int n = s.length();
    int i = from;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '\n' && c != '\r') {
        i++;
        continue;
      }
      int j = i;
      int breaks = 0;
      while (j < n && (s.charAt(j) == '\n' || s.charAt(j) == '\r' || s.charAt(j) == ' '
          || s.charAt(j) == '\t' || s.charAt(j) == '\u3000' || s.charAt(j) == '\u00A0')) {
        char d = s.charAt(j);
        if (d == '\n' || (d == '\r' && (j + 1 >= n || s.charAt(j + 1) != '\n'))) {
          breaks++;
        }
        j++;
      }
      if (breaks >= 2) {
        return j;
      }
      i = j;
    }
    return n;
  }

  /** LanguageTool marks suggestions in messages with tags; show them as quotes. */
  static String plainMessage(String message) {
    return message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
  }
}
