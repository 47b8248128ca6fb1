package org.mtclean.internal;

import org.mtclean.Indices;

/**
 * The read-only marks and word breaks of a {@link RawParagraph}, made when a rule first asks for
 * them and kept while the text stays the same (the same {@code String}). Not thread-safe.
 */
final class IndexViews {
  private String marksOf;
  private Indices marks;
  private String breaksOf;
  private Indices breaks;

  Indices marks(RawParagraph p) {
    String text = p.text();
    if (text != marksOf) {
      marks = Raw.view(p.rawMarks(), text.length());
      marksOf = text;
    }
    return marks;
  }

  Indices wordBreaks(RawParagraph p) {
    String text = p.text();
    if (text != breaksOf) {
      breaks = Raw.view(p.rawWordBreaks(), text.length());
      breaksOf = text;
    }
    return breaks;
  }
}
