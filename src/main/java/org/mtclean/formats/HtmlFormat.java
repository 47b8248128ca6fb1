package org.mtclean.formats;

import java.io.IOException;
import java.util.Set;

/**
 * HTML pages: the text nodes are cleaned, one segment per block ({@code p}, {@code li},
 * {@code td}, {@code h1}, {@code title} …), named by its element and the line of its start tag
 * ({@code p at line 12}). Inline elements ({@code a b i em strong span br img sup sub} …),
 * comments and {@code code} spans are inline codes: the text on both sides is one sentence.
 * Entities stay entities: {@code &amp;} is cleaned as {@code &}, and a changed char is written
 * back with {@code & < >} escaped; {@code &nbsp;} is kept as the author wrote it.
 *
 * <p>Never touched: {@code script}, {@code style}, {@code pre}, {@code code}, {@code kbd},
 * {@code samp}, {@code var}, {@code textarea}, {@code svg}, {@code math}, every attribute value
 * ({@code alt} and {@code title} included), comments, the doctype, elements marked
 * {@code translate="no"}, and elements whose {@code lang} is not English. A page whose
 * {@code html} element has a language other than English gets a notice, and only its parts
 * marked English are cleaned.
 *
 * <p>Browsers read any text as HTML, and so does this format: it never reports a malformed file.
 * The page is parsed whole in memory. Parsing needs jsoup ({@code org.jsoup:jsoup}), an optional
 * dependency: without it {@link #scan} throws an {@link IllegalStateException} that says so.
 */
public final class HtmlFormat implements Format {
  /** Writes {@code & < >} as entities. */
  static final Segment.Escaper ESCAPER = HtmlFormat::escape;

  @Override
  public String name() {
    return "html";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("html", "htm");
  }

  @Override
  public void scan(RawText raw, SegmentSink sink) throws IOException {
    WholeDocument.requireLibrary("org.jsoup.parser.Parser", "HTML", "org.jsoup:jsoup");
    HtmlScanner.scan(WholeDocument.read(raw), sink);
  }

  static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
      if (entity != null && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (entity != null) {
          b.append(entity);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
