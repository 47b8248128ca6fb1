package org.mtclean;

import java.util.function.Supplier;

/**
 * What a rule sees of one paragraph, and where it puts its edits. Indices are UTF-16 indices
 * into {@link #text()}; rules should step over code points ({@link Character#codePointAt}).
 *
 * <p>A context is used by one thread for one rule at a time.
 */
public interface RuleContext extends OptionValues {
  /** The paragraph as earlier rules left it, lines joined by {@code '\n'}, without a final one. */
  String text();

  /** The length of the paragraph in chars. */
  int length();

  /**
   * The places worth a look, for a scanner: the indices, in increasing order, of every char that
   * is not an ASCII letter or digit, except a single space between two of them. A rule about
   * punctuation, spacing, line breaks or non-ASCII text can visit these instead of every char:
   * {@code for (int k = 0; k < marks.size(); k++) { int i = marks.get(k); ... }}. Read-only; it
   * describes {@link #text()} as it is when asked, and is made on the first call after the text
   * changed (a rule that never asks pays nothing).
   */
  Indices marks();

  /**
   * Word boundaries, for a rule that goes word by word: the indices, in increasing order, of every
   * char that is not an ASCII letter (digits included), so that each run of ASCII letters lies
   * between two entries, or before the first or after the last. Read-only and made like
   * {@link #marks()}.
   */
  Indices wordBreaks();

  /**
   * Whether the paragraph may contain {@code c}: never false for a char that is there, so a rule
   * may skip the paragraph when this is false for everything it looks for. Exact for ASCII
   * punctuation, spaces and controls; always true for ASCII letters; for a digit it answers
   * whether the paragraph may hold any digit; for other chars it answers for a small block around
   * {@code c}. A rule that looks only for some chars can declare them instead
   * ({@link Wakes#onlyWith}), and the engine will not run it where they are not.
   */
  boolean mayContain(char c);

  /** Whether the paragraph may contain any of {@code chars} (see {@link #mayContain}). */
  boolean mayContainAny(String chars);

  /** Proposes replacing {@code text().substring(start, end)}; treated by the rule's kind. */
  void replace(int start, int end, String replacement, String message);

  /** Reports a finding that is never applied, with an optional proposed fix (may be null). */
  void report(int start, int end, String proposal, String message);

  /** Whether the char at {@code index} lies in a protected span (URL, time, code, ...). */
  boolean isProtected(int index);

  /**
   * Whether any char in {@code [start, end)} lies in a protected span.
   */
  boolean isProtected(int start, int end);

  /**
   * Whether a letter at {@code index} would start a sentence: at the start of the paragraph, or
   * after {@code . ! ?}, the closing quotes and brackets right after it, at least one space or
   * line break, and opening quotes and brackets ({@code done." (next}: at {@code n}). It looks
   * at the marks only: whether {@code done.} ends a sentence or an abbreviation is the rule's to
   * decide ({@code case.sentence-start} asks for a word before the mark, no ellipsis and no
   * abbreviation).
   */
  boolean isSentenceStart(int index);

  /**
   * Where a sentence would start after the sentence mark ({@code . ! ?}) at {@code mark}: past
   * the closing quotes and brackets right after it, at least one space or line break, and the
   * opening quotes and brackets; -1 when {@code mark} holds no such mark, no space or line break
   * follows ({@code done.Next}) or nothing comes after. Where it is not -1,
   * {@link #isSentenceStart} is true.
   */
  int sentenceStartAfter(int mark);

  /** The value of an option, or its default. */
  @Override
  <T> T option(Option<T> option);

  /**
   * A word list as this cleaner has it: the shipped entries and those added with
   * {@link Cleaner.Builder#words}. Unmodifiable; the same set for every paragraph.
   */
  java.util.Set<String> words(WordList list);

  /** 0-based index of this paragraph in the document. */
  long paragraphIndex();

  /**
   * The double-quote style of the document: {@code '"'} or {@code '\u201C'}. The first paragraph
   * with a double quote decides it (curly if it has a curly one), on every path alike; before that
   * paragraph it is straight.
   */
  int documentQuoteStyle();

  /**
   * Per-document state of a rule, created on first use; the same object for every paragraph of
   * one document.
   */
  <T> T state(Object key, Supplier<T> factory);
}
