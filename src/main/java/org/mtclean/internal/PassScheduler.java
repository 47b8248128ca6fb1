package org.mtclean.internal;

/**
 * Decides which rules run in the passes over one paragraph (see "What the pass scheduler
 * guarantees" in docs/architecture.md). Every rule runs in the first pass. When a rule's commit
 * changes the text, the rules that ran before it have not seen the change: they are marked to run
 * in the next pass, except those whose declaration ({@link org.mtclean.Wakes}) says this class of
 * change cannot give them work; the rule itself is marked too, unless it declares that its own
 * change cannot give it more work. Passes go on while they change
 * the text, up to {@link #MAX_PASSES}; after that only while each pass lowers the number of CJK
 * chars (a chain of conversions to English, each link of which lets the next go English), a count
 * that cannot fall forever. So a paragraph ends at a fixed point of the rules unless rules undo
 * each other's changes without converting Chinese, which the randomized tests look for. The rules
 * that decide "English context" see a whole chain of numbers at once (NumberChain), so that real
 * chains settle in a pass or two whatever their length. One per pipeline; not thread-safe.
 */
final class PassScheduler {
  static final int MAX_PASSES = 16;

  // what a rule's applied edits changed: see ParagraphBuffer.commit
  static final int NO_CHANGE = 0;
  static final int SPACES_ONLY = 1; // spaces and tabs put in or taken out, nothing else
  static final int CASE_ONLY = 2; // letters changed case, nothing else
  static final int OTHER_CHANGE = 3;
  static final int CAPITALIZED = 4; // first letters of sentences made capitals, nothing else
  static final int TIDY_SPACING = 5; // SPACES_ONLY, leaving no run of spaces and no whitespace at a
                                     // line's ends next to an edit
  static final int CLASS = 7; // the class of a change: the bits above are flags
  static final int AWAY_FROM_LINE_ENDS = 8; // flag: no whitespace at a line's ends next to an edit

  // bit sets of rule indices, 64 to a word: the rules due in the next pass, and per class of change
  // the rules it marks (those that declare it may give them work)
  private final long[] stale;
  private final long[] all;
  private final long[] bySpacing; // woken by any change of spacing only
  private final long[] byTidySpacing;
  private final long[] nearLineEnds; // rules woken by a change only when it is near a line's ends
  private final long[] byCase;
  private final long[] byCapitals;
  private final long[] ownBlind; // rules whose own change cannot give them more work
  private final int[] spacingWith; // rules woken by spacing only when the paragraph may hold chars
  private final long[][] spacingWithMask; // ... those chars, as CharPresence masks
  private final boolean[] tidyBlindWith; // ... and whether a tidy change cannot wake them

  private final int rules;
  private int pass;
  private boolean started;
  private boolean changed;
  private int cjk;

  PassScheduler(EnginePlan plan) {
    int n = plan.rules.length;
    rules = n;
    int words = (n + 63) >>> 6;
    stale = new long[words];
    all = new long[words];
    bySpacing = new long[words];
    byTidySpacing = new long[words];
    nearLineEnds = new long[words];
    byCase = new long[words];
    byCapitals = new long[words];
    ownBlind = new long[words];
    int withCount = 0;
    for (int r = 0; r < n; r++) {
      set(all, r);
      if (!plan.spaceBlind[r]) {
        if (plan.spaceBlindWithout[r] == null) {
          set(bySpacing, r);
          if (!plan.tidyBlind[r]) {
            set(byTidySpacing, r);
          }
        } else {
          withCount++;
        }
      }
      if (!plan.caseBlind[r]) {
        set(byCase, r);
      }
      if (!plan.capitalBlind[r]) {
        set(byCapitals, r);
      }
      if (plan.ownBlind[r]) {
        set(ownBlind, r);
      }
      if (plan.lineEndsBlind[r]) {
        set(nearLineEnds, r);
      }
    }
    spacingWith = new int[withCount];
    spacingWithMask = new long[withCount][];
    tidyBlindWith = new boolean[withCount];
    for (int r = 0, k = 0; r < n; r++) {
      if (!plan.spaceBlind[r] && plan.spaceBlindWithout[r] != null) {
        spacingWith[k] = r;
        tidyBlindWith[k] = plan.tidyBlind[r];
        spacingWithMask[k++] = plan.spaceBlindWithout[r];
      }
    }
  }

  private static void set(long[] bits, int r) {
    bits[r >>> 6] |= 1L << r;
  }

  /** Starts a paragraph: every rule is due in the first pass. */
  void startParagraph() {
    System.arraycopy(all, 0, stale, 0, all.length);
    pass = 0;
    started = false;
    changed = false;
    cjk = Integer.MAX_VALUE; // counted once passes go past MAX_PASSES
  }

  /** Whether another pass is due over {@code chars[0, length)}, the paragraph as it now is. */
  boolean nextPass(char[] chars, int length) {
    if (started) {
      if (!changed || !anyStale()) {
        return false; // a pass with no rule due would change nothing
      }
      pass++;
    }
    started = true;
    if (pass >= MAX_PASSES) {
      int now = cjkCount(chars, length);
      if (now >= cjk) {
        return false;
      }
      cjk = now;
    }
    changed = false;
    return true;
  }

  private boolean anyStale() {
    for (long w : stale) {
      if (w != 0) {
        return true;
      }
    }
    return false;
  }

  /** The pass under way, from 0: later passes record only applied edits. */
  int pass() {
    return pass;
  }

  /**
   * The first rule from {@code r} on that is due in this pass, or -1 when none is; it is then no
   * longer marked.
   */
  int nextDue(int r) {
    if (r >= rules) {
      return -1;
    }
    int first = r >>> 6;
    long bit = 1L << r;
    if ((stale[first] & bit) != 0) { // the next rule itself: every rule, in the first pass
      stale[first] &= ~bit;
      return r;
    }
    for (int w = first; w < stale.length; w++) {
      long bits = w == r >>> 6 ? stale[w] & (-1L << r) : stale[w];
      if (bits != 0) {
        int due = (w << 6) + Long.numberOfTrailingZeros(bits);
        stale[w] &= ~(1L << due);
        return due;
      }
    }
    return -1;
  }

  /**
   * Rule {@code r} changed the text with a change of class {@code change} (not {@link
   * #NO_CHANGE}): marks the rules it may give work, {@code r} itself included unless it is blind to its own
   * changes; {@code presence}
   * tells which chars the paragraph may now hold.
   */
  void changed(int r, int change, CharPresence presence) {
    changed = true;
    boolean awayFromLineEnds = (change & AWAY_FROM_LINE_ENDS) != 0;
    change &= CLASS;
    long[] woken = switch (change) {
      case SPACES_ONLY -> bySpacing;
      case TIDY_SPACING -> byTidySpacing;
      case CASE_ONLY -> byCase;
      case CAPITALIZED -> byCapitals;
      default -> all;
    };
    for (int w = 0; w < stale.length; w++) {
      stale[w] |= awayFromLineEnds ? woken[w] & ~nearLineEnds[w] : woken[w];
    }
    if (change == SPACES_ONLY || change == TIDY_SPACING) {
      for (int k = 0; k < spacingWith.length; k++) {
        if ((change == SPACES_ONLY || !tidyBlindWith[k]) && presence.mayContainAny(spacingWithMask[k])) {
          set(stale, spacingWith[k]);
        }
      }
    }
    long bit = 1L << r;
    if ((ownBlind[r >>> 6] & bit) == 0) {
      stale[r >>> 6] |= bit;
    } else {
      stale[r >>> 6] &= ~bit; // nextDue cleared it before the rule ran: only its own change set it
    }
  }

  /** CJK letters, marks and full-width forms: the measure of the passes past the cap. */
  private static int cjkCount(char[] chars, int length) {
    int n = 0;
    for (int i = 0; i < length; i++) {
      if (chars[i] >= 0x2E80) {
        n++;
      }
    }
    return n;
  }

  // The classes of a change, as a commit finds them edit by edit on the text before the change.

  /** Whether {@code s[from, to)} holds only spaces and tabs. */
  static boolean onlySpaces(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] != ' ' && s[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a change of spacing only left {@code s[0, n)}, the new text, with no two spaces or
   * tabs in a row and no tab next to any edit: with {@link #awayFromLineEnds}, a tidy change.
   * Edit {@code k} replaced the old {@code [starts[k], ends[k])} with {@code lens[k]} chars.
   */
  static boolean leavesNoRunOfSpaces(char[] s, int n, int[] starts, int[] ends, int[] lens,
      int edits) {
    int delta = 0;
    for (int k = 0; k < edits; k++) {
      int lo = starts[k] + delta;
      int hi = lo + lens[k];
      delta += lens[k] - (ends[k] - starts[k]);
      while (lo > 0 && (s[lo - 1] == ' ' || s[lo - 1] == '\t')) {
        lo--;
      }
      while (hi < n && (s[hi] == ' ' || s[hi] == '\t')) {
        hi++;
      }
      if (hi - lo >= 2 || (hi > lo && s[lo] == '\t')) {
        return false; // a run, or a tab (space.runs makes one a space)
      }
    }
    return true;
  }

  /**
   * Whether the edits of a commit left {@code s[0, n)}, the new text, with no whitespace at the
   * start or end of a line next to any of them: the edit, with the whitespace on either side of
   * it, holds no line end or text end with whitespace on its line's side. Edit {@code k}
   * replaced the old {@code [starts[k], ends[k])} with {@code lens[k]} chars.
   */
  static boolean awayFromLineEnds(char[] s, int n, int[] starts, int[] ends, int[] lens,
      int edits) {
    int delta = 0;
    for (int k = 0; k < edits; k++) {
      int from = starts[k] + delta;
      int to = from + lens[k];
      delta += lens[k] - (ends[k] - starts[k]);
      while (from > 0 && isLineSpace(s[from - 1])) {
        from--;
      }
      while (to < n && isLineSpace(s[to])) {
        to++;
      }
      for (int p = from; p <= to; p++) {
        boolean lineStart = p == 0 || s[p - 1] == '\n' || s[p - 1] == '\r';
        boolean lineEnd = p == n || s[p] == '\n' || s[p] == '\r';
        if ((lineStart && p < n && isLineSpace(s[p]))
            || (lineEnd && p > 0 && isLineSpace(s[p - 1]))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whitespace that space.indent and space.trailing take from the ends of lines. */
  private static boolean isLineSpace(char c) {
    return Chars.isInlineSpace(c) || Chars.isZeroWidth(c);
  }

  /** Whether {@code r} holds only spaces and tabs. */
  static boolean onlySpaces(String r) {
    for (int i = 0, n = r.length(); i < n; i++) {
      if (r.charAt(i) != ' ' && r.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code replacement} is the text at {@code s[from, to)} with letters in another case. */
  static boolean sameLettersIgnoringCase(char[] s, int from, int to, String replacement) {
    if (replacement.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char a = s[i];
      char b = replacement.charAt(i - from);
      if (a != b && (!Character.isLetter(a) || Character.toLowerCase(a) != Character.toLowerCase(b)
          || Character.toUpperCase(a) != Character.toUpperCase(b))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code replacement} turns the one lower-case letter at {@code s[from, to)} into its
   * capital, where a sentence starts as {@code case.sentence-start} sees one
   * ({@link SentenceStarts}). {@code [from, to)} has the same letters as {@code replacement}.
   */
  static boolean capitalizesSentenceStart(char[] s, int from, int to, String replacement) {
    if (to <= from) {
      return false;
    }
    int cp = Character.codePointAt(s, from, to);
    if (Character.charCount(cp) != to - from || !Character.isLowerCase(cp)
        || replacement.codePointAt(0) != Character.toUpperCase(cp)) {
      return false;
    }
    return SentenceStarts.startsAt(s, from);
  }
}
