package org.mtclean.internal;

import java.util.Arrays;

/**
 * Decides which rules run in the passes over one paragraph (see "What the pass scheduler
 * guarantees" in docs/architecture.md). Every rule runs in the first pass. When a rule's commit
 * changes the text, the rules that ran before it have not seen the change: they are marked to run
 * in the next pass, except those whose declaration ({@link org.mtclean.Wakes}) says this class of
 * change cannot give them work; the rule itself is always marked. Passes go on while they change
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

  private final boolean[] stale; // per rule: the text changed since it last ran
  private final boolean[] spaceBlind; // per rule: a SPACES_ONLY change cannot give it work
  private final long[][] spaceBlindWithout; // the same, when the paragraph has none of some chars
  private final boolean[] caseBlind; // per rule: a CASE_ONLY change cannot give it work
  private final boolean[] capitalBlind; // per rule: a CAPITALIZED change cannot give it work

  private int pass;
  private boolean started;
  private boolean changed;
  private int cjk;

  PassScheduler(EnginePlan plan) {
    this.stale = new boolean[plan.rules.length];
    this.spaceBlind = plan.spaceBlind;
    this.spaceBlindWithout = plan.spaceBlindWithout;
    this.caseBlind = plan.caseBlind;
    this.capitalBlind = plan.capitalBlind;
  }

  /** Starts a paragraph: every rule is due in the first pass. */
  void startParagraph() {
    Arrays.fill(stale, true);
    pass = 0;
    started = false;
    changed = false;
    cjk = Integer.MAX_VALUE; // counted once passes go past MAX_PASSES
  }

  /** Whether another pass is due over {@code chars[0, length)}, the paragraph as it now is. */
  boolean nextPass(char[] chars, int length) {
    if (started) {
      if (!changed) {
        return false;
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

  /** The pass under way, from 0: later passes record only applied edits. */
  int pass() {
    return pass;
  }

  /** Whether rule {@code r} is due in this pass; it is then no longer marked. */
  boolean due(int r) {
    if (!stale[r]) {
      return false;
    }
    stale[r] = false;
    return true;
  }

  /**
   * Rule {@code r} changed the text with a change of class {@code change} (not {@link
   * #NO_CHANGE}): marks the rules it may give work, {@code r} itself included; {@code presence}
   * tells which chars the paragraph may now hold.
   */
  void changed(int r, int change, CharPresence presence) {
    changed = true;
    for (int q = 0; q < stale.length; q++) {
      stale[q] |= q == r || switch (change) {
        case SPACES_ONLY -> !spaceBlind[q]
            && (spaceBlindWithout[q] == null || presence.mayContainAny(spaceBlindWithout[q]));
        case CASE_ONLY -> !caseBlind[q];
        case CAPITALIZED -> !capitalBlind[q];
        default -> true;
      };
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
