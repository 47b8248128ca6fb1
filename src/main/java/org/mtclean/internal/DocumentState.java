package org.mtclean.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.mtclean.CarriedState;

/**
 * What rules may know of the document beyond the current paragraph. The double-quote style is
 * worked out here and only here, for every path ({@code clean(String)}, streams, batches on
 * several threads, the command): the first paragraph with a double quote decides, curly if it
 * has a curly one, else straight; until then it is straight. A scan of the whole text could see
 * further, but a stream cannot, and the text must not depend on the path.
 */
final class DocumentState {
  static final int STRAIGHT = '"';
  static final int CURLY = 0x201C;

  private final Map<Object, Object> states = new HashMap<>();
  private final Quotes quotes = new Quotes();
  private boolean seenParagraph;

  /** The state at the start of a document. */
  DocumentState() {}

  /** The state at a batch start, with {@code quoteStyle} as the paragraphs before it decided. */
  private DocumentState(int quoteStyle) {
    quotes.style = quoteStyle;
  }

  /**
   * The state a batch of later paragraphs starts from when batches are cleaned in parallel:
   * {@code quoteStyle} as the paragraphs before the batch decided it, and the rule states that
   * are settled (shared) — or null when some rule state is not settled yet.
   */
  DocumentState carryTo(int quoteStyle) {
    if (!seenParagraph) {
      return null; // the rules make their state on the first paragraph
    }
    DocumentState next = new DocumentState(quoteStyle);
    next.seenParagraph = true;
    for (Map.Entry<Object, Object> e : states.entrySet()) {
      if (!(e.getValue() instanceof CarriedState c)) {
        return null;
      }
      if (!c.cache()) {
        if (!c.settled()) {
          return null;
        }
        next.states.put(e.getKey(), c);
      }
    }
    return next;
  }

  /** Learns the quote style from the paragraphs seen so far when no hint was given. */
  void observe(char[] paragraph, int n) {
    seenParagraph = true;
    quotes.observe(paragraph, n);
    quotes.endParagraph();
  }

  int quoteStyle() {
    return quotes.style == 0 ? STRAIGHT : quotes.style;
  }

  /**
   * The quote style as the paragraphs decide it, line by line: the first paragraph with a double
   * quote decides, curly if it has a curly one, else straight; 0 while none has.
   */
  static final class Quotes {
    int style;
    private boolean straight;
    private boolean curly;

    /** Looks at a line (or all) of the current paragraph. */
    void observe(char[] s, int n) {
      observe(s, 0, n);
    }

    /** Looks at {@code s[from, to)}, a line (or all) of the current paragraph. */
    void observe(char[] s, int from, int to) {
      for (int i = from; style == 0 && !curly && i < to; i++) {
        char c = s[i];
        curly = c == '\u201C' || c == '\u201D';
        straight |= c == '"';
      }
    }

    void endParagraph() {
      if (style == 0) {
        style = curly ? CURLY : straight ? STRAIGHT : 0;
      }
      straight = curly = false;
    }
  }

  @SuppressWarnings("unchecked")
  <T> T state(Object key, Supplier<T> factory) {
    if (key == lastKey && key != null) {
      return (T) lastValue; // the number rules ask for one key four times a paragraph
    }
    Object value;
    if (key == otherKey && key != null) {
      value = otherValue; // the digit rules ask for another between them
    } else {
      value = states.get(key); // no lambda made on the common path
      if (value == null) {
        value = factory.get();
        states.put(key, value);
      }
    }
    otherKey = lastKey;
    otherValue = lastValue;
    lastKey = key;
    lastValue = value;
    return (T) value;
  }

  // the last two keys asked for, and their states
  private Object lastKey;
  private Object lastValue;
  private Object otherKey;
  private Object otherValue;
}
