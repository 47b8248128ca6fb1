package org.mtclean.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.mtclean.DocumentMemory;
import org.mtclean.Option;
import org.mtclean.Rule;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.WordList;

/**
 * Runs the rules of a cleaner over one paragraph, rule after rule, in the passes that the
 * {@link PassScheduler} decides, applying each rule's edits right to left in one commit and
 * keeping a map back to the original text; it is the {@link RuleContext} the rules see. One
 * instance per thread.
 */
final class ParagraphPipeline implements RuleContext {
  private final Rule[] rules;
  private final boolean[] applies; // per rule: whether its replace() edits are applied
  private final Map<Option<?>, Object> options;
  private final boolean[] changesNoText; // per rule: it only reports (skipped when textOnly)
  private final long[][] onlyWith; // per rule: presence mask of Wakes.onlyWith, or null
  private final DocumentMemory[] memory;
  private final Set<String>[] words; // by WordList ordinal

  // per document
  private DocumentState document;

  // per paragraph: which rules run in which pass
  private final PassScheduler passes;

  // per paragraph
  private char[] chars = new char[256];
  private int length;
  private char[] input; // the paragraph as given, unchanged while it is cleaned
  private String text; // chars as a String, made when a rule asks for it
  private final OffsetMap map = new OffsetMap();
  private final ParagraphProtection protection = new ParagraphProtection();
  private final CharPresence presence = new CharPresence();
  private final Marks marks = new Marks(false);
  private final LazyBreaks breaks = new LazyBreaks();
  private final List<PendingEdit> edits = new ArrayList<>();
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
  // the applied edits of the current rule, and the text before them (reused by the next commit)
  private int[] aStarts = new int[16];
  private int[] aEnds = new int[16];
  private int[] aLens = new int[16];
  private char[] spareChars = new char[256];

  ParagraphPipeline(EnginePlan plan) {
    this.rules = plan.rules;
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

  private boolean countsOnly;
  private boolean textOnly; // only the text is wanted: rules that cannot change it are skipped
  private final EditTally tally = new EditTally(); // with countsOnly: the paragraph's edits

  /** With counts only: tells {@code counter} of each edit of the last paragraph. */
  void counts(EditCounter counter) {
    tally.reportTo(counter);
  }

  /** Lets go of the document's state and the last paragraph's text and edits. */
  void endDocument() {
    document = null;
    input = null;
    text = null;
    protection.release();
    edits.clear();
    Arrays.fill(replacements, null);
    Arrays.fill(messages, null);
  }

  /** Chars and ints held by the buffers, which grow with the longest paragraph seen. */
  long retainedSize() {
    return (long) chars.length + spareChars.length + marks.capacity() + breaks.capacity()
        + starts.length + aStarts.length;
  }

  /**
   * Cleans {@code paragraph[0, n)}; the text is then in {@link #chars()} and {@link #length()},
   * the edits found in {@link #edits()}.
   */
  void clean(char[] paragraph, int n, long index) {
    document.observe(paragraph, n);
    input = paragraph;
    paragraphIndex = index;
    setText(paragraph, n);
    map.reset(n);
    edits.clear();
    tally.clear();
    passes.startParagraph();
    Marks.build(marks, breaks.list(), chars, length);
    breaks.built();
    protection.startParagraph(chars, length, marks.array());
    presence.clear();
    presence.addMarks(chars, marks.array(), length, marks.mayHoldDigits());
    while (passes.nextPass(chars, length)) {
      for (int r = 0; r < rules.length; r++) {
        if (!passes.due(r) || (textOnly && changesNoText[r])
            || (onlyWith[r] != null && !presence.mayContainAny(onlyWith[r]))) {
          continue;
        }
        rule = rules[r];
        ruleOrder = r;
        count = 0;
        rule.apply(this);
        int change = count > 0 ? commit(applies[r]) : PassScheduler.NO_CHANGE;
        if (change != PassScheduler.NO_CHANGE) {
          passes.changed(r, change, presence);
        }
      }
    }
    rule = null;
    sortEdits();
  }

  /**
   * Sorts the edits by start, then rule order, keeping the order of equal ones: a sort of packed
   * keys (start, order, index), cheaper than a comparator sort of objects.
   */
  private void sortEdits() {
    int n = edits.size();
    if (n < 2) {
      return;
    }
    if (n >= 1 << 20 || rules.length >= 1 << 12) {
      edits.sort(Comparator.comparingInt(PendingEdit::start).thenComparingInt(PendingEdit::order));
      return;
    }
    long[] keys = new long[n];
    boolean sorted = true;
    for (int k = 0; k < n; k++) {
      PendingEdit e = edits.get(k);
      keys[k] = ((long) e.start() << 32) | ((long) e.order() << 20) | k;
      sorted &= k == 0 || keys[k - 1] <= keys[k];
    }
    if (sorted) {
      return;
    }
    Arrays.sort(keys);
    PendingEdit[] copy = edits.toArray(new PendingEdit[0]);
    for (int k = 0; k < n; k++) {
      edits.set(k, copy[(int) (keys[k] & 0xFFFFF)]);
    }
  }

  List<PendingEdit> edits() {
    return edits;
  }

  /**
   * Records and applies the current rule's proposals; returns the class of the change made
   * ({@link PassScheduler#NO_CHANGE} when none).
   */
  private int commit(boolean apply) {
    sortProposals();
    if (aStarts.length < count) {
      aStarts = new int[starts.length];
      aEnds = new int[starts.length];
      aLens = new int[starts.length];
    }
    int applied = 0;
    int lastEnd = -1;
    int lastStart = -1;
    char[] out = null;
    int outLen = 0;
    boolean addedBacktick = false;
    boolean spacesOnly = true;
    boolean caseOnly = true;
    boolean capitalizedOnly = true;
    int copied = 0;
    for (int k = 0; k < count; k++) {
      int s = starts[k];
      int e = ends[k];
      boolean report = reportOnly[k];
      boolean applyThis = apply && !report && replacements[k] != null;
      if (applyThis && (s < lastEnd || (s == e && s == lastStart && lastEnd == lastStart))) {
        continue; // overlaps an edit already taken: drop it, a later pass would not see it either
      }
      String replacement = replacements[k];
      if (!report && regionEquals(s, e, replacement)) {
        continue;
      }
      RuleKind kind = report ? RuleKind.REPORT : rule.kind();
      if (passes.pass() > 0 && !applyThis) {
        continue;
      }
      if (countsOnly) {
        tally.add(rule.id(), applyThis);
      } else {
        // against the input: an edit of text that an earlier edit put in is widened to all of
        // that text, and reported from its original, so that input[start, end) is always the
        // original reported and the replacement what this edit makes of it
        long wide = map.widened(s, e);
        int cs = (int) (wide >>> 32);
        int ce = (int) wide;
        long range = map.original(cs, ce);
        int os = (int) (range >>> 32);
        int oe = (int) range;
        String reported = replacement == null || (cs == s && ce == e) ? replacement
            : new String(chars, cs, s - cs) + replacement + new String(chars, e, ce - e);
        edits.add(
            new PendingEdit(
                rule.id(), kind, os, oe, new String(input, os, oe - os), reported, messages[k],
                applyThis, ruleOrder));
      }
      if (applyThis) {
        spacesOnly = spacesOnly && PassScheduler.onlySpaces(chars, s, e)
            && PassScheduler.onlySpaces(replacement);
        caseOnly = caseOnly && PassScheduler.sameLettersIgnoringCase(chars, s, e, replacement);
        capitalizedOnly = capitalizedOnly && caseOnly
            && PassScheduler.capitalizesSentenceStart(chars, s, e, replacement);
        if (out == null) {
          out = spareChars.length >= length + 16 ? spareChars : new char[length + (length >> 3) + 16];
        }
        int need = outLen + (s - copied) + replacement.length() + (length - e);
        if (need > out.length) {
          out = Arrays.copyOf(out, Math.max(need, out.length + (out.length >> 1)));
        }
        System.arraycopy(chars, copied, out, outLen, s - copied);
        outLen += s - copied;
        replacement.getChars(0, replacement.length(), out, outLen);
        addedBacktick |= replacement.indexOf('`') >= 0 || replacement.indexOf('[') >= 0;
        outLen += replacement.length();
        copied = e;
        aStarts[applied] = s;
        aEnds[applied] = e;
        aLens[applied] = replacement.length();
        applied++;
        lastEnd = e;
        lastStart = s;
      }
    }
    if (out != null) {
      int need = outLen + (length - copied);
      if (need > out.length) {
        out = Arrays.copyOf(out, need);
      }
      System.arraycopy(chars, copied, out, outLen, length - copied);
      outLen += length - copied;
      if (!countsOnly) {
        map.update(aStarts, aEnds, aLens, applied); // counts need no positions
      }
      marks.update(out, outLen, aStarts, aEnds, aLens, applied);
      breaks.committed(aStarts, aEnds, aLens, applied, length);
      // from the new marks, not by adding the replacements: chars that are gone stop counting, so
      // that a rule whose chars are all converted skips the paragraph when it runs again
      presence.clear();
      presence.addMarks(out, marks.array(), outLen, marks.mayHoldDigits());
      spareChars = chars;
      chars = out;
      length = outLen;
      text = null;
      protection.textChanged(chars, length, marks.array(), addedBacktick);
      return spacesOnly ? PassScheduler.SPACES_ONLY : capitalizedOnly ? PassScheduler.CAPITALIZED
          : caseOnly ? PassScheduler.CASE_ONLY : PassScheduler.OTHER_CHANGE;
    }
    return PassScheduler.NO_CHANGE;
  }

  private boolean regionEquals(int s, int e, String replacement) {
    if (replacement == null || replacement.length() != e - s) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (chars[i] != replacement.charAt(i - s)) {
        return false;
      }
    }
    return true;
  }

  private void setText(char[] paragraph, int n) {
    length = n;
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    System.arraycopy(paragraph, 0, chars, 0, n);
    text = null;
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
    if (start < 0 || end < start || end > length) {
      throw new IllegalArgumentException(
          "rule " + rule.id() + " proposed [" + start + ", " + end + ") in a paragraph of length "
              + length);
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
    if (text == null) {
      text = new String(chars, 0, length);
    }
    return text;
  }

  @Override
  public char[] chars() {
    return chars;
  }

  @Override
  public int length() {
    return length;
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
  public int[] marks() {
    return marks.array();
  }

  @Override
  public int[] wordBreaks() {
    return breaks.array(chars, length, spareChars);
  }

  @Override
  public boolean mayContain(char c) {
    return presence.mayContain(c);
  }

  @Override
  public boolean mayContainAny(String chars) {
    return presence.mayContainAny(chars);
  }

  @Override
  public boolean isProtected(int index) {
    return protection.contains(index);
  }

  @Override
  public boolean isProtected(int start, int end) {
    return protection.intersects(start, end);
  }

  @Override
  public boolean isSentenceStart(int index) {
    return index >= 0 && index <= length && SentenceStarts.startsAt(chars, index);
  }

  @Override
  public int sentenceStartAfter(int mark) {
    if (mark < 0 || mark >= length || !SentenceStarts.isMark(chars[mark])) {
      return -1;
    }
    return SentenceStarts.firstLetter(chars, length, SentenceStarts.skipClosers(chars, length, mark + 1));
  }

  /** Chars that protection questions have cost so far, scans of whole paragraphs included: for tests. */
  long protectionCost() {
    return protection.cost();
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
