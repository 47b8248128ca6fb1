package org.mtclean;

import java.util.Objects;

/**
 * One change made or proposed by a rule: a range of the input text and what replaces it.
 *
 * <p>{@code start} and {@code end} are positions in the input text. {@code original} is the text
 * the rule saw in that range (after earlier rules ran), {@code replacement} what it proposes, or
 * {@code null} for a finding that has no fix. Edits are immutable values.
 *
 * @param ruleId stable id of the rule, such as {@code punct.cjk}
 * @param kind how the finding is treated (safe, suggest, report)
 * @param start first position of the range in the input
 * @param end position just after the range in the input
 * @param original the text that was (or would be) replaced
 * @param replacement the new text, or {@code null} when there is no proposed fix
 * @param message one line for a human
 * @param applied whether the cleaned text contains this change
 * @param unit the translation unit, segment or subtitle cue the edit is in, as the file names it,
 *     when the text came from a localization file; {@code null} for plain text
 */
public record Edit(
    String ruleId,
    RuleKind kind,
    Position start,
    Position end,
    String original,
    String replacement,
    String message,
    boolean applied,
    String unit) {

  /** An edit in plain text, outside any unit. */
  public Edit(String ruleId, RuleKind kind, Position start, Position end, String original,
      String replacement, String message, boolean applied) {
    this(ruleId, kind, start, end, original, replacement, message, applied, null);
  }

  /** This edit placed in the file: at {@code newStart}–{@code newEnd}, in {@code newUnit}. */
  public Edit placed(Position newStart, Position newEnd, String newUnit, boolean isApplied) {
    return new Edit(ruleId, kind, newStart, newEnd, original, replacement, message, isApplied, newUnit);
  }

  public Edit {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(message, "message");
  }

  /** Whether this finding proposes replacement text. */
  public boolean hasReplacement() {
    return replacement != null;
  }

  @Override
  public String toString() {
    String change =
        replacement == null
            ? quote(original)
            : quote(original) + " -> " + quote(replacement);
    return start + (unit == null ? "" : " [" + unit + "]") + " " + ruleId + " " + (applied ? "applied" : kind.label()) + ": " + change
        + " (" + message + ")";
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0xa0 || cp == 0x3000
                      || (cp >= 0x2000 && cp <= 0x200f) || cp == 0x202f || cp == 0x2060
                      || cp == 0xfeff) {
                    b.append(String.format("\\u%04X", cp));
                  } else {
                    b.appendCodePoint(cp);
                  }
                }
              }
            });
    return b.append('"').toString();
  }
}
