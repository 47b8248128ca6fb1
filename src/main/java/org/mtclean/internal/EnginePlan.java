package org.mtclean.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mtclean.Option;
import org.mtclean.Rule;
import org.mtclean.DocumentMemory;
import org.mtclean.OptionValues;
import org.mtclean.Wakes;
import org.mtclean.WordList;

/**
 * What a cleaner's settings mean for the engine, worked out once per cleaner rather than once per
 * document: the rules that run on paragraphs and whether their edits apply, which changes can
 * give each of them work, and how blank lines are handled. Immutable and thread-safe. Not API.
 */
public final class EnginePlan {
  final Rule[] rules; // the paragraph rules, in order
  final boolean[] applies; // per rule: whether its replace() edits are applied
  final boolean[] spaceBlind; // per rule: a change of spacing only cannot give it work
  final boolean[] tidyBlind; // per rule: a tidy change of spacing cannot (Wakes.exceptTidySpacing)
  final boolean[] lineEndsBlind; // per rule: a change away from line ends cannot (Wakes.exceptChangesAwayFromLineEnds)
  final long[][] onlyWith; // per rule: a CharPresence mask of Wakes.onlyWith, or null
  final long[][] spaceBlindWithout; // per rule: a CharPresence mask; without those chars, the same
  final boolean[] caseBlind; // per rule: a change of letter case only cannot give it work
  final boolean[] capitalBlind; // per rule: capitalizing the first letter of sentences cannot give it work
  final boolean[] ownBlind; // per rule: its own change cannot give it more work
  final boolean[] changesNoText; // per rule: it cannot change text (only reports), see TextOnly
  final Map<Option<?>, Object> options;
  final BlankLineRule[] blankLineRules; // the rules that decide on blank lines, in order
  final boolean[] blankLineApplies; // per blank-line rule: whether its edits are applied
  final DocumentMemory[] memory; // per rule: whether and how it keeps state across paragraphs
  final boolean inBatches; // whether a stream may be cleaned in batches on several threads
  final Set<String>[] words; // by WordList ordinal: shipped entries and added ones
  final boolean lineByLine; // every line a paragraph of its own, blank lines all kept

  /**
   * @param rules the enabled rules in order
   * @param applies for each rule, whether its edits are applied
   * @param lineByLine every line is a paragraph of its own and no blank line is removed, so that
   *     output line N is input line N (line-aligned corpora)
   */
  public EnginePlan(List<Rule> rules, boolean[] applies, Map<Option<?>, Object> options, boolean lineByLine) {
    this(rules, applies, options, Map.of(), lineByLine);
  }

  /**
   * @param rules the enabled rules in order
   * @param applies for each rule, whether its edits are applied
   * @param added entries added to the shipped word lists
   * @param lineByLine every line is a paragraph of its own and no blank line is removed
   */
  @SuppressWarnings("unchecked")
  public EnginePlan(List<Rule> rules, boolean[] applies, Map<Option<?>, Object> options,
      Map<WordList, Set<String>> added, boolean lineByLine) {
    this.words = new Set[WordList.values().length];
    for (WordList list : WordList.values()) {
      Set<String> more = added.getOrDefault(list, Set.of());
      if (more.isEmpty()) {
        words[list.ordinal()] = list.builtIn();
      } else {
        Set<String> all = new HashSet<>(list.builtIn());
        all.addAll(more);
        words[list.ordinal()] = Set.copyOf(all);
      }
    }
    List<Rule> paragraphRules = new ArrayList<>();
    boolean[] paragraphApplies = new boolean[rules.size()];
    List<BlankLineRule> blankRules = new ArrayList<>();
    boolean[] blankApplies = new boolean[rules.size()];
    boolean batches = true;
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      batches &= rule.memory() != DocumentMemory.IN_ORDER;
      if (rule instanceof BlankLineRule b) {
        blankApplies[blankRules.size()] = applies[r];
        blankRules.add(b);
        if (!b.runsOnParagraphs()) {
          continue;
        }
      }
      paragraphApplies[paragraphRules.size()] = applies[r];
      paragraphRules.add(rule);
    }
    int n = paragraphRules.size();
    this.rules = paragraphRules.toArray(new Rule[0]);
    this.applies = Arrays.copyOf(paragraphApplies, n);
    this.spaceBlind = new boolean[n];
    this.tidyBlind = new boolean[n];
    this.lineEndsBlind = new boolean[n];
    this.spaceBlindWithout = new long[n][];
    this.onlyWith = new long[n][];
    this.caseBlind = new boolean[n];
    this.capitalBlind = new boolean[n];
    this.ownBlind = new boolean[n];
    this.changesNoText = new boolean[n];
    this.memory = new DocumentMemory[n];
    OptionValues values = new OptionValues() {
      @Override
      public <T> T option(Option<T> option) {
        Object value = options.get(option);
        return value == null ? option.defaultValue() : option.cast(value);
      }
    };
    for (int r = 0; r < n; r++) {
      Rule rule = this.rules[r];
      // a rule whose edits do not apply cannot change the text
      changesNoText[r] = !this.applies[r] || rule.onlyReports(values);
      Wakes wakes = rule.wakes();
      spaceBlind[r] = !wakes.bySpacing();
      tidyBlind[r] = !wakes.byTidySpacing();
      lineEndsBlind[r] = !wakes.byChangesAwayFromLineEnds();
      String only = wakes.bySpacing() ? wakes.spacingOnlyWith() : null;
      spaceBlindWithout[r] = only == null ? null : CharPresence.maskOf(only);
      onlyWith[r] = wakes.onlyWith() == null ? null : CharPresence.maskOf(wakes.onlyWith());
      caseBlind[r] = !wakes.byCaseChanges();
      capitalBlind[r] = !wakes.byCapitalizing();
      ownBlind[r] = !wakes.byOwnChanges();
      memory[r] = rule.memory();
    }
    this.inBatches = batches;
    this.blankLineRules = blankRules.toArray(new BlankLineRule[0]);
    this.blankLineApplies = Arrays.copyOf(blankApplies, blankRules.size());
    this.options = options;
    this.lineByLine = lineByLine;
  }

  /**
   * What blank-line rule {@code k} decides for a blank line (see {@link
   * BlankLineRule#onBlankLine}): null when nothing, and when the line would be removed under line
   * by line, which keeps every line.
   */
  BlankLineRule.Decision blankLineDecision(int k, int chars, int run, boolean joinsLineEnds) {
    BlankLineRule.Decision d = blankLineRules[k].onBlankLine(chars, run, joinsLineEnds);
    return d != null && lineByLine && d.action() == BlankLineRule.Action.REMOVE_LINE ? null : d;
  }

  /** Whether a blank line is removed: some rule removes it and that edit is applied. */
  boolean removesBlankLine(int chars, int run, boolean joinsLineEnds) {
    for (int k = 0; k < blankLineRules.length; k++) {
      BlankLineRule.Decision d = blankLineDecision(k, chars, run, joinsLineEnds);
      if (d != null && d.action() == BlankLineRule.Action.REMOVE_LINE && d.allowed()
          && blankLineApplies[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a stream may be cleaned in batches on several threads: no rule keeps state across
   * paragraphs other than {@link org.mtclean.CarriedState}.
   */
  public boolean inBatches() {
    return inBatches;
  }

  /** Lines in a paragraph (or a piece of a long one) at most: see {@link DocumentEngine#pieceLines}. */
  public int pieceLines() {
    return lineByLine ? 1 : DocumentEngine.pieceLines;
  }
}
