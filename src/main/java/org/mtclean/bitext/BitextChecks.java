package org.mtclean.bitext;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mtclean.Edit;
import org.mtclean.Position;
import org.mtclean.RuleKind;
import org.mtclean.formats.FormatCleaner;
import org.mtclean.formats.Segment;

/**
 * Checks an English target against its Chinese source and reports what the source shows to be
 * wrong; nothing is ever applied. The checks:
 * <ul>
 *   <li>{@code bitext.number}: a number, percentage, year or date of the source has no
 *       counterpart in the target, compared by value ({@code 5万} is {@code 50,000},
 *       {@code 3.2亿} is {@code 320 million}, {@code 2019年11月9日} is {@code November 9, 2019});
 *   <li>{@code bitext.untranslated}: the target is empty, is the source, or keeps its Chinese;
 *   <li>{@code bitext.placeholder}: inline codes, placeholders or tags differ in count or id;
 *   <li>{@code bitext.date} (a suggestion): {@code on the 26th} with the source date
 *       {@code 7月26日} becomes {@code on July 26}.
 * </ul>
 *
 * <p>For line-aligned plain text, {@link #check(String, String)} takes a source line and its
 * target line; positions are offsets into the target line, on line 1 ({@link #onLine} places
 * them in a file). For a localization file, {@link #all()} is a
 * {@link FormatCleaner.SegmentCheck}: {@code new FormatCleaner(cleaner, List.of(BitextChecks.all()))}.
 * Immutable and thread-safe.
 */
public final class BitextChecks implements FormatCleaner.SegmentCheck {
  /** A check: its rule id, kind and one line that says what it finds. */
  public record Rule(String id, RuleKind kind, String description) {}

  /** The checks, in the order of {@code --list-rules}. */
  public static final List<Rule> RULES = List.of(
      new Rule(NumberCheck.ID, RuleKind.REPORT,
          "a number, percentage, year or date of the source has no counterpart in the target "
              + "(5\u4E07 = 50,000, 3.2\u4EBF = 320 million, 2019\u5E7411\u67089\u65E5 = November 9, 2019)"),
      new Rule(DateSuggestion.ID, RuleKind.SUGGEST,
          "a day without its month takes the month of the source date: on the 26th -> on July 26 (7\u670826\u65E5)"),
      new Rule(UntranslatedCheck.ID, RuleKind.REPORT,
          "the target is empty, is the source, or keeps a run of the source's Chinese"),
      new Rule(PlaceholderCheck.ID, RuleKind.REPORT,
          "inline codes, placeholders or tags of the target differ from the source in count or id"));

  private static final BitextChecks ALL = new BitextChecks(Set.of());

  private final Set<String> disabled;

  private BitextChecks(Set<String> disabled) {
    this.disabled = Set.copyOf(disabled);
  }

  /** All the checks. */
  public static BitextChecks all() {
    return ALL;
  }

  /** All the checks except those with the given rule ids. */
  public static BitextChecks without(Set<String> ruleIds) {
    return new BitextChecks(ruleIds);
  }

  /** The findings of all the checks on a source line and its target line. */
  public static List<Edit> check(String sourceLine, String targetLine) {
    return ALL.findings(sourceLine, targetLine, null, null);
  }

  /**
   * {@code finding}, from {@link #check(String, String)} on one line of a file, placed on that
   * line: line {@code line}, which starts at char offset {@code lineStart} and code point offset
   * {@code lineStartCodePoints} of the file.
   */
  public static Edit onLine(Edit finding, long line, long lineStart, long lineStartCodePoints) {
    return finding.placed(shift(finding.start(), line, lineStart, lineStartCodePoints),
        shift(finding.end(), line, lineStart, lineStartCodePoints), finding.unit(), false);
  }

  private static Position shift(Position p, long line, long lineStart, long lineStartCodePoints) {
    return new Position(p.offset() + lineStartCodePoints, p.charOffset() + lineStart, line, p.column());
  }

  /** The findings on a plain source and target text, with the checks this instance runs. */
  public List<Edit> findings(String source, String target) {
    return findings(source, target, null, null);
  }

  /** The findings on a segment of a localization file; none when it has no source. */
  @Override
  public List<Edit> check(Segment segment) {
    if (segment.source() == null) {
      return List.of();
    }
    return findings(segment.source(), segment.text(), segment.sourceCodes(), segment.codes());
  }

  private List<Edit> findings(String source, String target, List<Segment.Code> sourceCodes,
      List<Segment.Code> targetCodes) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Findings out = new Findings(target);
    if (!disabled.contains(UntranslatedCheck.ID)) {
      UntranslatedCheck.check(source, out);
    }
    if (!disabled.contains(PlaceholderCheck.ID)) {
      PlaceholderCheck.check(sourceCodes == null ? List.of() : sourceCodes,
          targetCodes == null ? List.of() : targetCodes, source, out);
    }
    if (!disabled.contains(NumberCheck.ID) || !disabled.contains(DateSuggestion.ID)) {
      NumberCheck.check(source, out, !disabled.contains(DateSuggestion.ID));
    }
    List<Edit> edits = out.edits();
    if (!disabled.isEmpty()) {
      edits.removeIf(e -> disabled.contains(e.ruleId()));
    }
    return edits;
  }
}
