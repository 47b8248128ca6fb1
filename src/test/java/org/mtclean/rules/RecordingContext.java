package org.mtclean.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.mtclean.Indices;
import org.mtclean.Option;
import org.mtclean.RuleContext;
import org.mtclean.WordList;

/**
 * A context for one paragraph that records every edit and report a rule makes, in order, with
 * the chars it is told are protected. For rules that look at the text, the protection and the
 * presence of chars only; the other questions fail.
 */
final class RecordingContext implements RuleContext {
  final List<String> calls = new ArrayList<>();
  private final String text;
  private final boolean[] protectedChars;
  private final boolean exactPresence;

  /**
   * @param exactPresence whether {@link #mayContain} answers exactly, or always yes (which a
   *     rule must take as "maybe")
   */
  RecordingContext(String text, boolean[] protectedChars, boolean exactPresence) {
    this.text = text;
    this.protectedChars = protectedChars;
    this.exactPresence = exactPresence;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public boolean mayContain(char c) {
    return !exactPresence || text.indexOf(c) >= 0;
  }

  @Override
  public boolean mayContainAny(String chars) {
    for (int k = 0; k < chars.length(); k++) {
      if (mayContain(chars.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void replace(int start, int end, String replacement, String message) {
    calls.add("replace " + start + "-" + end + " [" + replacement + "] " + message);
  }

  @Override
  public void report(int start, int end, String proposal, String message) {
    calls.add("report " + start + "-" + end + " [" + proposal + "] " + message);
  }

  @Override
  public boolean isProtected(int index) {
    return protectedChars[index];
  }

  @Override
  public boolean isProtected(int start, int end) {
    for (int i = start; i < end; i++) {
      if (protectedChars[i]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Indices marks() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Indices wordBreaks() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isSentenceStart(int index) {
    throw new UnsupportedOperationException();
  }

  @Override
  public int sentenceStartAfter(int mark) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> T option(Option<T> option) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Set<String> words(WordList list) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long paragraphIndex() {
    return 0;
  }

  @Override
  public int documentQuoteStyle() {
    return '"';
  }

  @Override
  public <T> T state(Object key, Supplier<T> factory) {
    throw new UnsupportedOperationException();
  }
}
