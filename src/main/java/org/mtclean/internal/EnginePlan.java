package org.mtclean.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mtclean.Option;
import org.mtclean.Rule;
import org.mtclean.RuleKind;
import org.mtclean.rules.BuiltinRules;

/**
 * What a cleaner's settings mean for the engine, worked out once per cleaner rather than once per
 * document: the rules that run on paragraphs and whether their edits apply, which changes can
 * give each of them work, and how blank lines are handled. Immutable and thread-safe. Not API.
 */
public final class EnginePlan {
  final Rule[] rules; // the paragraph rules, in order
  final boolean[] applies; // per rule: whether its replace() edits are applied
  final boolean[] spaceBlind; // per rule: a change of spacing only cannot give it work
  final long[][] spaceBlindWithout; // per rule: a CharPresence mask; without those chars, the same
  final boolean[] caseBlind; // per rule: a change of letter case only cannot give it work
  final boolean[] capitalBlind; // per rule: capitalizing the first letter of sentences cannot give it work
  final boolean[] changesNoText; // per rule: it cannot change text (only reports), see TextOnly
  final Map<Option<?>, Object> options;
  final boolean trimBlankLines;
  final boolean collapseBlankLines;
  final RuleKind trailingKind; // null when space.trailing is off
  final RuleKind blankKind; // null when space.blank-lines is off (or lines are kept one by one)
  final boolean lineByLine; // every line a paragraph of its own, blank lines all kept

  /**
   * @param rules the enabled rules in order
   * @param applies for each rule, whether its edits are applied
   * @param lineByLine every line is a paragraph of its own and no blank line is removed, so that
   *     output line N is input line N (line-aligned corpora)
   */
  public EnginePlan(List<Rule> rules, boolean[] applies, Map<Option<?>, Object> options, boolean lineByLine) {
    List<Rule> paragraphRules = new ArrayList<>();
    boolean[] paragraphApplies = new boolean[rules.size()];
    RuleKind trailing = null;
    RuleKind blank = null;
    boolean trim = false;
    boolean collapse = false;
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      if (rule.id().equals(DocumentEngine.BLANK_LINES_ID)) {
        blank = rule.kind();
        collapse = applies[r];
        continue;
      }
      if (rule.id().equals(DocumentEngine.TRAILING_ID)) {
        trailing = rule.kind();
        trim = applies[r];
      }
      paragraphApplies[paragraphRules.size()] = applies[r];
      paragraphRules.add(rule);
    }
    int n = paragraphRules.size();
    this.rules = paragraphRules.toArray(new Rule[0]);
    this.applies = Arrays.copyOf(paragraphApplies, n);
    this.spaceBlind = new boolean[n];
    this.spaceBlindWithout = new long[n][];
    this.caseBlind = new boolean[n];
    this.capitalBlind = new boolean[n];
    this.changesNoText = new boolean[n];
    for (int r = 0; r < n; r++) {
      Rule rule = this.rules[r];
      changesNoText[r] = BuiltinRules.changesNoText(rule, this.applies[r], options);
      spaceBlind[r] = BuiltinRules.ignoresSpacingChanges(rule);
      String only = BuiltinRules.spacingMattersOnlyWith(rule);
      spaceBlindWithout[r] = only == null ? null : CharPresence.maskOf(only);
      caseBlind[r] = BuiltinRules.ignoresCaseChanges(rule);
      capitalBlind[r] = BuiltinRules.ignoresCapitalizing(rule);
    }
    this.options = options;
    this.trimBlankLines = trim;
    this.collapseBlankLines = collapse && !lineByLine;
    this.trailingKind = trailing;
    this.blankKind = lineByLine ? null : blank;
    this.lineByLine = lineByLine;
  }

  /** Lines in a paragraph (or a piece of a long one) at most: see {@link DocumentEngine#pieceLines}. */
  public int pieceLines() {
    return lineByLine ? 1 : DocumentEngine.pieceLines;
  }
}
