package org.mtclean.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mtclean.DocumentMemory;
import org.mtclean.Indices;
import org.mtclean.Option;
import org.mtclean.Rule;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.WordList;
import org.mtclean.rules.AbstractRule;

/**
 * Runs the rules of a cleaner over one paragraph, rule after rule, in the passes that the {@link
 * PassScheduler} decides; it is the {@link RuleContext} the rules see. It collects each rule's
 * proposals, sorts them, records the edits found and hands the accepted ones to the {@link
 * ParagraphBuffer}, which holds the text and applies them in one commit. Lives as long as its
 * {@link DocumentEngine}: the document's state from {@link #startDocument} to {@link
 * #endDocument}, a paragraph's edits until the next {@link #clean}, a rule's proposals while it
 * runs. One instance per thread; not thread-safe.
 */
final class ParagraphPipeline implements RawParagraph {
  private final Rule[] rules;
  private final AbstractRule[] viaClass; // rules[r] when it is an AbstractRule, else null
  private final boolean[] applies; // per rule: whether its replace() edits are applied
  private final Map<Option<?>, Object> options;
  private final boolean[] changesNoText; // per rule: it only reports (skipped when textOnly)
  private final long[][] onlyWith; // per rule: presence mask of Wakes.onlyWith, or null
  private final DocumentMemory[] memory;
  private final Set<String>[] words; // by WordList ordinal

  // per document
  private DocumentState document;
  private boolean countsOnly; // the listener only counts edits by rule: no edit records
  private boolean textOnly; // only the text is wanted: rules that cannot change it are skipped

  // per paragraph: which rules run in which pass
  private final PassScheduler passes;

  // per paragraph
  private final ParagraphBuffer buffer = new ParagraphBuffer();
  private final IndexViews views = new IndexViews();
  private final List<PendingEdit> edits = new ArrayList<>();
  private final EditTally tally = new EditTally(); // with countsOnly: the paragraph's edits
  private long paragraphIndex;

  // per rule
  private Rule rule;
  private int ruleOrder;
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private String[] replacements = new String[16];
  private String[] messages = new String[16];
  private boolean[] reportOnly = new boolean[16];

  ParagraphPipeline(EnginePlan plan) {
    this.rules = plan.rules;
    this.viaClass = new AbstractRule[rules.length];
    for (int r = 0; r < rules.length; r++) {
      viaClass[r] = rules[r] instanceof AbstractRule a ? a : null;
    }
    this.applies = plan.applies;
    this.options = plan.options;
    this.passes = new PassScheduler(plan);
    this.changesNoText = plan.changesNoText;
    this.onlyWith = plan.onlyWith;
    this.memory = plan.memory;
    this.words = plan.words;
  }

  /**
   * @param countsOnly whether the listener only counts edits by rule: the pipeline then keeps rule
   *     ids and applied flags (see {@link #counts}) instead of edit records
   * @param textOnly whether only the text is wanted (see {@link TextOnly}); implies countsOnly
   */
  void startDocument(DocumentState state, boolean countsOnly, boolean textOnly) {
    this.document = state;
    this.countsOnly = countsOnly;
    this.textOnly = textOnly;
  }

  /** With counts only: tells {@code counter} of each edit of the last paragraph. */
  void counts(EditCounter counter) {
    tally.reportTo(counter);
  }

  /** Lets go of the document's state and the last paragraph's text and edits. */
  void endDocument() {
    document = null;
    buffer.release();
    edits.clear();
    Arrays.fill(replacements, null);
    Arrays.fill(messages, null);
  }

  /** Chars and ints held by the buffers, which grow with the longest paragraph seen. */
  long retainedSize() {
    return buffer.retainedSize() + starts.length;
  }

  /**
   * Cleans {@code paragraph[0, n)}; the text is then in {@link #chars()} and {@link #length()},
   * the edits found in {@link #edits()}.
   */
  void clean(char[] paragraph, int n, long index) {
    document.observe(paragraph, n);
    paragraphIndex = index;
    buffer.load(paragraph, n);
    edits.clear();
    tally.clear();
    passes.startParagraph();
    while (passes.nextPass(buffer.chars(), buffer.length())) {
      for (int r = passes.nextDue(0); r >= 0; r = passes.nextDue(r + 1)) {
        if ((textOnly && changesNoText[r])
            || (onlyWith[r] != null && !buffer.presence().mayContainAny(onlyWith[r]))) {
          continue;
        }
        rule = rules[r];
        ruleOrder = r;
        count = 0;
        AbstractRule direct = viaClass[r];
        if (direct != null) {
          direct.apply(this); // a virtual call, not an interface call: see AbstractRule.apply
        } else {
          rule.apply(this);
        }
        int change = count > 0 ? commit(applies[r]) : PassScheduler.NO_CHANGE;
        if (change != PassScheduler.NO_CHANGE) {
          passes.changed(r, change, buffer.presence());
        }
      }
    }
    rule = null;
    PendingEdit.sortByStartAndOrder(edits, rules.length);
  }

  List<PendingEdit> edits() {
    return edits;
  }

  /**
   * Records the current rule's proposals and has the buffer apply those it may; returns the class
   * of the change made ({@link PassScheduler#NO_CHANGE} when none).
   */
  private int commit(boolean apply) {
    sortProposals();
    buffer.startCommit();
    int lastEnd = -1;
    int lastStart = -1;
    for (int k = 0; k < count; k++) {
      int s = starts[k];
      int e = ends[k];
      boolean report = reportOnly[k];
      boolean applyThis = apply && !report && replacements[k] != null;
      if (applyThis && (s < lastEnd || (s == e && s == lastStart && lastEnd == lastStart))) {
        continue; // overlaps an edit already taken: drop it, a later pass would not see it either
      }
      String replacement = replacements[k];
      if (!report && buffer.holds(s, e, replacement)) {
        continue;
      }
      if (passes.pass() > 0 && !applyThis) {
        continue;
      }
      if (countsOnly) {
        tally.add(rule.id(), applyThis);
      } else {
        RuleKind kind = report ? RuleKind.REPORT : rule.kind();
        edits.add(buffer.againstInput(
            rule.id(), kind, s, e, replacement, messages[k], applyThis, ruleOrder));
      }
      if (applyThis) {
        buffer.apply(s, e, replacement);
        lastEnd = e;
        lastStart = s;
      }
    }
    return buffer.commit(!countsOnly); // counts need no positions
  }

  /** Sorts the proposals by start, keeping the order of equal ones (packed keys: start, index). */
  private void sortProposals() {
    boolean sorted = true;
    for (int k = 1; k < count && sorted; k++) {
      sorted = starts[k - 1] <= starts[k];
    }
    if (sorted) {
      return;
    }
    long[] keys = new long[count];
    for (int k = 0; k < count; k++) {
      keys[k] = ((long) starts[k] << 32) | k;
    }
    Arrays.sort(keys);
    int[] s2 = new int[starts.length];
    int[] e2 = new int[ends.length];
    String[] r2 = new String[replacements.length];
    String[] m2 = new String[messages.length];
    boolean[] p2 = new boolean[reportOnly.length];
    for (int k = 0; k < count; k++) {
      int from = (int) keys[k];
      s2[k] = starts[from];
      e2[k] = ends[from];
      r2[k] = replacements[from];
      m2[k] = messages[from];
      p2[k] = reportOnly[from];
    }
    starts = s2;
    ends = e2;
    replacements = r2;
    messages = m2;
    reportOnly = p2;
  }

  private void add(int start, int end, String replacement, String message, boolean report) {
    if (start < 0 || end < start || end > buffer.length()) {
      throw new IllegalArgumentException(
          "rule " + rule.id() + " proposed [" + start + ", " + end + ") in a paragraph of length "
              + buffer.length());
    }
    if (count == starts.length) {
      int n = count * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      replacements = Arrays.copyOf(replacements, n);
      messages = Arrays.copyOf(messages, n);
      reportOnly = Arrays.copyOf(reportOnly, n);
    }
    starts[count] = start;
    ends[count] = end;
    replacements[count] = replacement;
    messages[count] = message;
    reportOnly[count] = report;
    count++;
  }

  // RuleContext

  @Override
  public String text() {
    return buffer.text();
  }

  @Override
  public char[] rawChars() {
    return buffer.chars();
  }

  @Override
  public long textVersion() {
    return buffer.version();
  }

  @Override
  public int length() {
    return buffer.length();
  }

  @Override
  public void replace(int start, int end, String replacement, String message) {
    add(start, end, replacement, message, rule.kind() == RuleKind.REPORT);
  }

  @Override
  public void report(int start, int end, String proposal, String message) {
    add(start, end, proposal, message, true);
  }

  @Override
  public int[] rawMarks() {
    return buffer.marks();
  }

  @Override
  public int[] rawWordBreaks() {
    return buffer.wordBreaks();
  }

  @Override
  public Indices marks() {
    return views.marks(this);
  }

  @Override
  public Indices wordBreaks() {
    return views.wordBreaks(this);
  }

  @Override
  public boolean mayContain(char c) {
    return buffer.presence().mayContain(c);
  }

  @Override
  public boolean mayContainAny(String chars) {
    return buffer.presence().mayContainAny(chars);
  }

  @Override
  public boolean isProtected(int index) {
    return buffer.isProtected(index);
  }

  @Override
  public boolean isProtected(int start, int end) {
    return buffer.isProtected(start, end);
  }

  @Override
  public boolean isSentenceStart(int index) {
    return buffer.isSentenceStart(index);
  }

  @Override
  public int sentenceStartAfter(int mark) {
    return buffer.sentenceStartAfter(mark);
  }

  /** Chars that protection questions have cost so far, scans of whole paragraphs included: for tests. */
  long protectionCost() {
    return buffer.protectionCost();
  }

  @Override
  public <T> T option(Option<T> option) {
    Object value = options.get(option);
    return value == null ? option.defaultValue() : option.cast(value);
  }

  @Override
  public Set<String> words(WordList list) {
    return words[list.ordinal()];
  }

  @Override
  public long paragraphIndex() {
    return paragraphIndex;
  }

  @Override
  public int documentQuoteStyle() {
    return document.quoteStyle();
  }

  @Override
  public <T> T state(Object key, Supplier<T> factory) {
    if (memory[ruleOrder] == DocumentMemory.NONE) {
      throw new IllegalStateException("rule " + rule.id() + " keeps document state but declares"
          + " DocumentMemory.NONE");
    }
    return document.state(key, factory);
  }
}
