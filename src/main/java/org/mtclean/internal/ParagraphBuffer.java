package org.mtclean.internal;

import java.util.Arrays;
import org.mtclean.RuleKind;

/**
 * One paragraph's text while the rules clean it, and everything derived from it: the map back to
 * the paragraph as given, the marks and word breaks, which chars it may hold and its protected
 * spans. A rule's accepted edits are applied in one commit ({@link #startCommit}, {@link #apply}
 * for each, {@link #commit}), which brings all of these up to date and tells the class of the
 * change for the {@link PassScheduler}. Holds one paragraph at a time, from {@link #load} to the
 * next load; reused by its pipeline for every paragraph, so it belongs to one thread.
 */
final class ParagraphBuffer {
  private char[] chars = new char[256];
  private int length;
  private char[] input; // the paragraph as given, unchanged while it is cleaned
  private String text; // chars as a String, made when asked for
  private final OffsetMap map = new OffsetMap();
  private final ParagraphProtection protection = new ParagraphProtection();
  private final CharPresence presence = new CharPresence();
  private final Marks marks = new Marks(false);
  private final LazyBreaks breaks = new LazyBreaks();

  // the commit under way: the edits applied so far, and the text they make
  private int[] aStarts = new int[16];
  private int[] aEnds = new int[16];
  private int[] aLens = new int[16];
  private int applied;
  private char[] out; // null until the commit's first edit
  private int outLen;
  private int copied; // chars[0, copied) is in out
  private boolean addedCodeOrMark;
  private boolean spacesOnly;
  private boolean caseOnly;
  private boolean capitalizedOnly;
  private char[] spareChars = new char[256]; // the text before the last commit, reused by the next
  // changes with every load and every commit that changed the text; each buffer counts in a range
  // of its own, so that a version seen on one thread's buffer never names a text of another's
  private long version = VERSION_RANGES.getAndIncrement() << 40;
  private static final java.util.concurrent.atomic.AtomicLong VERSION_RANGES =
      new java.util.concurrent.atomic.AtomicLong();

  /** Takes {@code paragraph[0, n)} as the text; it must not change until the next load. */
  void load(char[] paragraph, int n) {
    input = paragraph;
    length = n;
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    System.arraycopy(paragraph, 0, chars, 0, n);
    text = null;
    version++;
    map.reset(n);
    Marks.build(marks, breaks.list(), chars, length, presence);
    breaks.built();
    protection.startParagraph(chars, length, marks.array());
  }

  /** Lets go of the paragraph's text. */
  void release() {
    input = null;
    text = null;
    protection.release();
  }

  /** Chars and ints held, which grow with the longest paragraph seen. */
  long retainedSize() {
    return (long) chars.length + spareChars.length + marks.capacity() + breaks.capacity()
        + aStarts.length;
  }

  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  /** A number that changes whenever the text may have: the same number, the same text. */
  long version() {
    return version;
  }

  String text() {
    if (text == null) {
      text = new String(chars, 0, length);
    }
    return text;
  }

  int[] marks() {
    return marks.array();
  }

  int[] wordBreaks() {
    return breaks.array(chars, length, spareChars);
  }

  CharPresence presence() {
    return presence;
  }

  boolean isProtected(int index) {
    return protection.contains(index);
  }

  boolean isProtected(int start, int end) {
    return protection.intersects(start, end);
  }

  /** Chars that protection questions have cost so far, scans of whole paragraphs included. */
  long protectionCost() {
    return protection.cost();
  }

  boolean isSentenceStart(int index) {
    return index >= 0 && index <= length && SentenceStarts.startsAt(chars, index);
  }

  int sentenceStartAfter(int mark) {
    if (mark < 0 || mark >= length || !SentenceStarts.isMark(chars[mark])) {
      return -1;
    }
    return SentenceStarts.firstLetter(chars, length, SentenceStarts.skipClosers(chars, length, mark + 1));
  }

  /** Whether {@code chars[s, e)} already reads {@code replacement}. */
  boolean holds(int s, int e, String replacement) {
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

  /**
   * The edit of {@code [s, e)} to {@code replacement} expressed against the paragraph as given:
   * an edit of text that an earlier commit put in is widened to all of that text and placed at
   * its original, so that the record's original is always the input's text at its range and its
   * replacement what this edit makes of it.
   */
  PendingEdit againstInput(String ruleId, RuleKind kind, int s, int e, String replacement,
      String message, boolean applies, int order) {
    long wide = map.widened(s, e);
    int cs = (int) (wide >>> 32);
    int ce = (int) wide;
    long range = map.original(cs, ce);
    int os = (int) (range >>> 32);
    int oe = (int) range;
    String reported = replacement == null || (cs == s && ce == e) ? replacement
        : new String(chars, cs, s - cs) + replacement + new String(chars, e, ce - e);
    return new PendingEdit(
        ruleId, kind, os, oe, new String(input, os, oe - os), reported, message, applies, order);
  }

  /** Starts a commit; the text stays as it is until {@link #commit}. */
  void startCommit() {
    applied = 0;
    out = null;
    outLen = 0;
    copied = 0;
    addedCodeOrMark = false;
    spacesOnly = true;
    caseOnly = true;
    capitalizedOnly = true;
  }

  /**
   * Replaces {@code [s, e)} of the text as it was at {@link #startCommit} with {@code
   * replacement}; the edits of a commit come in increasing order and do not overlap.
   */
  void apply(int s, int e, String replacement) {
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
    addedCodeOrMark |= holdsCodeOrMark(replacement);
    outLen += replacement.length();
    copied = e;
    if (applied == aStarts.length) {
      aStarts = Arrays.copyOf(aStarts, applied * 2);
      aEnds = Arrays.copyOf(aEnds, applied * 2);
      aLens = Arrays.copyOf(aLens, applied * 2);
    }
    aStarts[applied] = s;
    aEnds[applied] = e;
    aLens[applied] = replacement.length();
    applied++;
  }

  /** Whether {@code r} holds a backtick or a {@code [}: one pass over a short replacement. */
  private static boolean holdsCodeOrMark(String r) {
    for (int i = 0, n = r.length(); i < n; i++) {
      char c = r.charAt(i);
      if (c == '`' || c == '[') {
        return true;
      }
    }
    return false;
  }

  /**
   * Ends the commit: the text becomes the edited one, and the marks, breaks, presence, protection
   * and (with {@code mapPositions}) the offset map follow it. Returns the class of the change,
   * with {@link PassScheduler#AWAY_FROM_LINE_ENDS} when it holds, or {@link
   * PassScheduler#NO_CHANGE} when no edit was applied.
   */
  int commit(boolean mapPositions) {
    if (out == null) {
      return PassScheduler.NO_CHANGE;
    }
    int need = outLen + (length - copied);
    if (need > out.length) {
      out = Arrays.copyOf(out, need);
    }
    System.arraycopy(chars, copied, out, outLen, length - copied);
    outLen += length - copied;
    if (mapPositions) {
      map.update(aStarts, aEnds, aLens, applied);
    }
    marks.update(out, outLen, aStarts, aEnds, aLens, applied);
    breaks.committed(aStarts, aEnds, aLens, applied, length);
    // from the new marks, not by adding the replacements: chars that are gone stop counting, so
    // that a rule whose chars are all converted skips the paragraph when it runs again
    presence.clear();
    presence.addMarks(out, marks.array(), outLen, marks.mayHoldDigits());
    spareChars = chars;
    chars = out;
    out = null;
    length = outLen;
    text = null;
    version++;
    protection.textChanged(chars, length, marks.array(), addedCodeOrMark);
    boolean awayFromEnds =
        PassScheduler.awayFromLineEnds(chars, length, aStarts, aEnds, aLens, applied);
    int away = awayFromEnds ? PassScheduler.AWAY_FROM_LINE_ENDS : 0;
    if (spacesOnly) {
      return away | (awayFromEnds
          && PassScheduler.leavesNoRunOfSpaces(chars, length, aStarts, aEnds, aLens, applied)
          ? PassScheduler.TIDY_SPACING : PassScheduler.SPACES_ONLY);
    }
    return away | (capitalizedOnly ? PassScheduler.CAPITALIZED
        : caseOnly ? PassScheduler.CASE_ONLY : PassScheduler.OTHER_CHANGE);
  }
}
