package org.mtclean.languagetool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.languagetool.AnalyzedSentence;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.Category;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Profile;
import org.mtclean.Rule;

/**
 * One mtclean {@link Rule} seen as a LanguageTool rule. The LanguageTool id is the mtclean id
 * (such as {@code punct.cjk}), the description is the rule's description, and every finding of
 * the rule becomes a {@link RuleMatch} with the rule's message and, when the finding proposes
 * one, a single suggestion: the edit's replacement.
 *
 * <p>The rule runs on its own, in the {@link Profile#REPORT_ONLY} profile, over the text that
 * LanguageTool checks (the concatenated sentences), so every finding is relative to that text
 * and its suggestion can be applied there directly. An insertion (an empty range, such as a
 * missing space) is widened by one neighbouring character, because LanguageTool matches cannot
 * be empty; its suggestion then carries that character too.
 *
 * <p>It is a {@link TextLevelRule} because mtclean rules look at whole paragraphs and some keep
 * per-document state (the document's quote style). Immutable and thread-safe, like the
 * {@link Cleaner} it wraps; add it to as many {@code JLanguageTool}s as you like.
 */
public final class MtcleanRule extends TextLevelRule {
  /** The LanguageTool category of every mtclean rule. */
  public static final Category CATEGORY =
      new Category(new CategoryId("MTCLEAN"), "Machine-translation cleanup");

  private static final RuleMatch[] NONE = new RuleMatch[0];

  private final Rule rule;
  private final Cleaner cleaner;

  /**
   * @param rule the mtclean rule
   * @param base the cleaner whose options apply (rule selection and profile are ignored)
   * @param messages LanguageTool's message bundle, or {@code null}
   * @param enabled whether the rule is on by default in LanguageTool
   */
  MtcleanRule(Rule rule, Cleaner base, ResourceBundle messages, boolean enabled) {
    super(messages);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.cleaner = onlyRule(base, rule.id());
    setCategory(CATEGORY);
    setLocQualityIssueType(issueType(rule.id()));
    if (!enabled) {
      setDefaultOff();
    }
  }

  /** A cleaner with the options of {@code base} that runs the rule {@code id} alone, applying nothing. */
  private static Cleaner onlyRule(Cleaner base, String id) {
    Cleaner.Builder b = base.toBuilder().disableAll().enable(id).profile(Profile.REPORT_ONLY);
    Cleaner c = b.build();
    for (Rule r : c.rules()) {
      if (!r.id().equals(id)) {
        b.disable(r.id()); // enable() takes a family prefix: drop rules whose id extends ours
      }
    }
    c = b.build();
    if (c.rules().size() != 1) {
      throw new IllegalStateException("cannot isolate rule " + id + ": " + c.rules());
    }
    return c;
  }

  /** The wrapped mtclean rule. */
  public Rule mtcleanRule() {
    return rule;
  }

  @Override
  public String getId() {
    return rule.id();
  }

  @Override
  public String getDescription() {
    return rule.description();
  }

  @Override
  public int minToCheckParagraph() {
    return -1; // the quote style is a property of the whole document
  }

  @Override
  public RuleMatch[] match(List<AnalyzedSentence> sentences, AnnotatedText annotatedText) {
    return matchSentences(sentences);
  }

  /** @deprecated LanguageTool calls {@link #match(List, AnnotatedText)}; same result. */
  @Deprecated
  @Override
  public RuleMatch[] match(List<AnalyzedSentence> sentences) {
    return matchSentences(sentences);
  }

  private RuleMatch[] matchSentences(List<AnalyzedSentence> sentences) {
    if (sentences.isEmpty()) {
      return NONE;
    }
    int[] starts = new int[sentences.size()];
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < starts.length; k++) {
      starts[k] = sb.length();
      sb.append(sentences.get(k).getText());
    }
    String text = sb.toString();
    List<RuleMatch> matches = new ArrayList<>();
    for (Edit e : cleaner.clean(text).edits()) {
      if (!e.ruleId().equals(rule.id())) {
        continue;
      }
      int from = (int) e.start().charOffset();
      int to = (int) e.end().charOffset();
      String suggestion = e.replacement();
      if (from == to) {
        int[] widened = widen(text, from);
        if (widened == null) {
          continue; // an insertion into an empty text: nothing to underline
        }
        if (suggestion != null) {
          suggestion = widened[0] < from
              ? text.substring(widened[0], from) + suggestion
              : suggestion + text.substring(to, widened[1]);
        }
        from = widened[0];
        to = widened[1];
      }
      RuleMatch m =
          new RuleMatch(this, sentences.get(sentenceAt(starts, from)), from, to, e.message(), null);
      if (suggestion != null) {
        m.setSuggestedReplacement(suggestion);
      }
      matches.add(m);
    }
    return matches.toArray(NONE);
  }

  /**
   * The range of one code point next to the empty range at {@code at}: the one before, unless it
   * is a line break and there is another after. Null for an empty text.
   */
  private static int[] widen(String text, int at) {
    boolean hasBefore = at > 0;
    boolean hasAfter = at < text.length();
    if (hasBefore && (!hasAfter || !isLineBreak(text.charAt(at - 1)))) {
      return new int[] {at - Character.charCount(text.codePointBefore(at)), at};
    }
    if (hasAfter) {
      return new int[] {at, at + Character.charCount(text.codePointAt(at))};
    }
    return null;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static int sentenceAt(int[] starts, int offset) {
    return org.mtclean.internal.Sorted.lastAtOrBefore(starts, starts.length, offset);
  }

  private static ITSIssueType issueType(String id) {
    String family = id.indexOf('.') < 0 ? id : id.substring(0, id.indexOf('.'));
    return switch (family) {
      case "chars" -> ITSIssueType.Characters;
      case "space" -> ITSIssueType.Whitespace;
      case "punct", "quotes", "case" -> ITSIssueType.Typographical;
      case "numbers", "number", "dates" -> ITSIssueType.Numbers;
      case "repeat", "repetition" -> ITSIssueType.Duplication;
      case "untranslated", "leftover", "leftovers" -> ITSIssueType.Untranslated;
      case "runon", "run-on", "grammar" -> ITSIssueType.Grammar;
      default -> ITSIssueType.Style;
    };
  }

  @Override
  public String toString() {
    return "MtcleanRule[" + rule.id() + "]";
  }
}
