package org.mtclean.formats;

import java.io.IOException;
import java.util.Set;

/**
 * Markdown (CommonMark with GitHub tables): the prose of paragraphs, headings, list items, block
 * quotes and table cells is cleaned, one segment per paragraph, heading or cell, named by the
 * line it starts on ({@code line 12}). Emphasis and link markup, link destinations, inline code
 * and inline HTML are inline codes: the text on both sides is one sentence. Code blocks, HTML
 * blocks, link reference definitions and front matter ({@code ---} YAML or {@code +++} TOML at
 * the top) are never touched, nor are images (their alt text included) and autolinks.
 *
 * <p>Every text is valid Markdown, so this format never reports a malformed file. The document is
 * parsed whole in memory. Parsing needs commonmark-java ({@code org.commonmark:commonmark} and
 * {@code org.commonmark:commonmark-ext-gfm-tables}), an optional dependency: without it
 * {@link #scan} throws an {@link IllegalStateException} that says so.
 */
public final class MarkdownFormat implements Format {
  /** Backslash-escapes what could start markup, so that a replacement is read as text. */
  static final Segment.Escaper ESCAPER = MarkdownFormat::escape;

  @Override
  public String name() {
    return "md";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("md", "markdown");
  }

  @Override
  public void scan(RawText raw, SegmentSink sink) throws IOException {
    WholeDocument.requireLibrary("org.commonmark.ext.gfm.tables.TablesExtension", "Markdown",
        "org.commonmark:commonmark and org.commonmark:commonmark-ext-gfm-tables");
    MarkdownScanner.scan(WholeDocument.read(raw), sink);
  }

  static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean markup = switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|' -> true;
        case '&' -> startsReference(text, i);
        default -> false;
      };
      if (markup && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        b.append(markup ? "\\" : "").append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  private static boolean startsReference(String s, int i) {
    int k = i + 1;
    while (k < s.length() && k - i < 40 && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '#')) {
      k++;
    }
    return k > i + 1 && k < s.length() && s.charAt(k) == ';';
  }
}
