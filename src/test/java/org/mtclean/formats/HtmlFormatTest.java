package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {
  private static final Format HTML = new HtmlFormat();

  private static ScannedSegments scan(String text) throws IOException {
    ScannedSegments s = ScannedSegments.of(HTML, text);
    s.assertWellFormed(text);
    return s;
  }

  @Test
  void registeredByNameAndExtension() {
    assertEquals("html", Formats.byName("HTML").name());
    assertEquals("html", Formats.forFileName("index.htm").name());
    assertEquals("html", Formats.forFileName("page.html").name());
  }

  @Test
  void idIsTheBlockElementAndTheLineOfItsStartTag() throws IOException {
    String text = "<html>\n<head><title>Title</title></head>\n<body>\n<p>\n  Para\n</p>\nLoose text\n"
        + "<table><tr><td>Cell</td></tr></table>\n<ul><li>Item</li></ul>\n</body></html>\n";
    ScannedSegments s = scan(text);
    assertEquals(List.of("Title", "Para", "Loose text", "Cell", "Item"), s.texts());
    assertEquals(List.of("title at line 2", "p at line 4", "body at line 3", "td at line 8", "li at line 9"), s.ids());
  }

  @Test
  void inlineElementsAndCommentsAreCodesBlocksSplit() throws IOException {
    ScannedSegments s = scan("<p>One <a href=\"x，y\" title=\"t。\">link</a><br>two <!-- c，--> <img alt=\"a，b\"> "
        + "<code>x，y</code> end<div>Next</div>");
    // adjacent tags are one code
    assertEquals(List.of("One {<a href=\"x，y\" title=\"t。\">}link{</a><br>}two {<!-- c，-->} "
        + "{<img alt=\"a，b\">} {<code>x，y</code>} end", "Next"), s.texts());
  }

  @Test
  void skippedElementsAreNotSegments() throws IOException {
    String text = "<!DOCTYPE html><head><style>p{content:\"，\"}</style><script>a=\"，\";</script></head>"
        + "<body><pre>pre，</pre><textarea>t，</textarea><template><p>t，</p></template>"
        + "<svg><text>s，</text></svg><p translate=\"no\">Brand，</p><!-- c，--></body>";
    assertTrue(scan(text).segments.isEmpty());
  }

  @Test
  void languageOtherThanEnglishIsLeftAlone() throws IOException {
    ScannedSegments s = scan("<html lang=\"zh-Hans\"><body><p>中文，</p><div lang=\"en-GB\"><p>English，</p>"
        + "<p>More <span lang=\"zh\">中文，</span> here</p></div></body></html>");
    assertEquals(List.of("English，", "More {<span lang=\"zh\">中文，</span>} here"), s.texts());
    assertEquals(1, s.notices.size());
    assertTrue(s.notices.get(0).contains("zh-Hans"), s.notices.get(0));
    assertEquals(List.of("Text"), scan("<html xml:lang=\"fr\"><p>Texte</p><p lang=\"en\">Text</p></html>").texts());
    assertTrue(scan("<html lang=\"en-US\"><p>Text</p></html>").notices.isEmpty());
  }

  @Test
  void lineBreaksTakeTheIndentationAfterThem() throws IOException {
    String text = "<p>\n    First line，  \n    second line.\n</p>";
    Segment seg = scan(text).segments.get(0);
    assertEquals("First line，\uFFFC\nsecond line.", seg.text());
    assertEquals("  ", seg.codes().get(0).raw()); // spaces before a line end
    assertEquals(text.indexOf("  \n") + 2, seg.rawOffset(12));
    assertEquals(text.indexOf("second"), seg.rawOffset(13));
  }

  @Test
  void entitiesKeepTheirFileRanges() throws IOException {
    String text = "<p>A &amp; B&nbsp;C &#8220;d&#x201D; &copy x &bogus; &lt;</p>";
    Segment seg = scan(text).segments.get(0);
    assertEquals("A & B\uFFFCC “d” © x &bogus; <", seg.text());
    assertEquals(5, seg.rawOffset(2));
    assertEquals(10, seg.rawOffset(3));
    assertEquals("&nbsp;", seg.codes().get(0).raw());
    assertEquals(text.indexOf("&#8220;"), seg.rawOffset(8));
    assertEquals(text.indexOf("d&#x"), seg.rawOffset(9));
  }

  @Test
  void textTheParserMovesIsNotCleaned() throws IOException {
    // text inside a table but outside its cells is put before the table by the parser
    ScannedSegments s = scan("<table><tr><td>One，</td></tr>Moved，<tr><td>Two，</td></tr></table>");
    assertEquals(List.of("One，", "Two，"), s.texts());
  }

  @Test
  void bomCrlfAndTextWithoutTags() throws IOException {
    ScannedSegments s = scan("\uFEFF<!DOCTYPE html>\r\n<p>One，\r\n  two.</p>\r\n");
    assertEquals(List.of("One，\r\ntwo."), s.texts());
    assertEquals(List.of("p at line 2"), s.ids());
    ScannedSegments plain = scan("Just text，no tags.\nSecond line.");
    assertEquals(List.of("Just text，no tags.\nSecond line."), plain.texts());
    assertEquals(List.of("body at line 1"), plain.ids());
    assertTrue(scan("").segments.isEmpty());
  }

  @Test
  void templateTagsAreCodesDollarsAreText() throws IOException {
    ScannedSegments s = scan("<p>Hello {{ user.name }}，{% if x，y %}welcome{% endif %} for $5 or $x，y$。</p>");
    assertEquals(List.of("Hello {{{ user.name }}}，{{% if x，y %}}welcome{{% endif %}} for $5 or $x，y$。"), s.texts());
  }

  @Test
  void escaperWritesMarkupCharsAsEntities() {
    assertEquals("a &amp; b &lt;c&gt; “d”", HtmlFormat.escape("a & b <c> “d”"));
    assertEquals("plain", HtmlFormat.escape("plain"));
  }

  @Test
  void anyTextIsHtml() {
    String[] parts = {"<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<table>", "<tr>", "<td>", "</td>", "</table>",
        "<pre>", "</pre>", "<script>", "</script>", "<!--", "-->", "<", ">", "&", "&amp;", "&amp", "&#", "&#x",
        ";", "\"", "<a href='x'>", "</a>", "<br>", "<div lang=zh>", "</div>", "<li>", "<title>", "<html lang=en>",
        "<![CDATA[", "]]>", "<!DOCTYPE html>", "\n", "\r\n", "  ", "word", "，", "。", "\uFEFF", "\u0000",
        "\uD83D\uDE00", "<svg>", "</svg>", "<textarea>", "<select><option>", "<frameset>"};
    ScannedSegments.assertAnyTextScans(HTML, parts, "HtmlFormatTest");
  }
}
