package org.mtclean.internal;

import org.mtclean.Indices;

/**
 * The read-only marks and word breaks of the engine's paragraph, made when a rule first asks for
 * them and kept while the text stays the same (the same {@link RawParagraph#textVersion}). Not
 * thread-safe.
 */
final class IndexViews {
  private long marksVersion = -1;
  private Indices marks;
  private long breaksVersion = -1;
  private Indices breaks;

  Indices marks(ParagraphPipeline p) {
    long version = p.textVersion();
    if (version != marksVersion) {
      marks = Raw.view(p.rawMarks(), p.length());
      marksVersion = version;
    }
    return marks;
  }

  Indices wordBreaks(ParagraphPipeline p) {
    long version = p.textVersion();
    if (version != breaksVersion) {
      breaks = Raw.view(p.rawWordBreaks(), p.length());
      breaksVersion = version;
    }
    return breaks;
  }
}
