package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {
  private static final Format MD = new MarkdownFormat();

  private static ScannedSegments scan(String text) throws IOException {
    ScannedSegments s = ScannedSegments.of(MD, text);
    s.assertWellFormed(text);
    return s;
  }

  @Test
  void registeredByNameAndExtension() {
    assertEquals("md", Formats.byName("md").name());
    assertEquals("md", Formats.forFileName("README.markdown").name());
    assertEquals("md", Formats.forFileName("notes.MD").name());
  }

  @Test
  void idIsTheLineTheBlockStartsOn() throws IOException {
    String text = "---\ntitle: x\n---\n\n# Heading\n\nA paragraph\nover two lines.\n\n- item\n\n| a | b |\n|---|---|\n| c | d |\n";
    ScannedSegments s = scan(text);
    assertEquals(List.of("Heading", "A paragraph\nover two lines.", "item", "a", "b", "c", "d"), s.texts());
    assertEquals(List.of("line 5", "line 7", "line 10", "line 12", "line 12", "line 14", "line 14"), s.ids());
  }

  @Test
  void codeHtmlDefinitionsAndFrontMatterAreNotSegments() throws IOException {
    String text = "+++\ntitle = \"a，b\"\n+++\n\n```\nfenced，\n```\n\n    indented，\n\n<div>\nblock，\n</div>\n\n"
        + "[ref]: http://x.com/，y \"title，z\"\n\n---\n";
    assertTrue(scan(text).segments.isEmpty());
  }

  @Test
  void inlineMarkupIsCodesAndTheSentenceIsOne() throws IOException {
    ScannedSegments s = scan("Run `ls，-l` then *see* [the page，here](http://x.com/，y \"t，\") "
        + "<b>now</b> ![alt，text](a.png) <http://x.com/，z>.\n");
    assertEquals(List.of("Run {`ls，-l`} then {*}see{*} {[}the page，here{](http://x.com/，y \"t，\")} "
        + "{<b>}now{</b>} {![alt，text](a.png)} {<http://x.com/，z>}."), s.texts());
  }

  @Test
  void lineBreaksStayAndHardBreaksAreCodes() throws IOException {
    String text = "> quoted，\n> more\n\n- one  \n  two\\\n  three\n";
    ScannedSegments s = scan(text);
    assertEquals(List.of("quoted，\nmore", "one{  }\ntwo{\\}\nthree"), s.texts());
    // the line break stands for the line end and the next line's block quote marker
    Segment quote = s.segments.get(0);
    assertEquals(text.indexOf('\n'), quote.rawOffset(7));
    assertEquals(text.indexOf("more"), quote.rawOffset(8));
  }

  @Test
  void taskListBoxesAreMarkup() throws IOException {
    ScannedSegments s = scan("- [ ] Buy milk，today\n- [x] Done。\n- [X]\n- [link] text\n\n[ ] not an item\n");
    assertEquals(List.of("Buy milk，today", "Done。", "[link] text", "[ ] not an item"), s.texts());
  }

  @Test
  void templateTagsAndMathAreCodes() throws IOException {
    ScannedSegments s = scan("Welcome to {{ site.name }}，see {{< figure src=\"a，b.png\" >}} and {% include x.html %}。\n\n"
        + "Math $x = 1 ，y$ here，but $5 and $10，US$5 are money。\n\n$$\nx = 1 ，y\n$$\n\nOpen {{ and $ never closed，ok\n");
    assertEquals(List.of("Welcome to {{{ site.name }}}，see {{{< figure src=\"a，b.png\" >}}} and {{% include x.html %}}。",
        "Math {$x = 1 ，y$} here，but $5 and $10，US$5 are money。", "Open {{ and $ never closed，ok"), s.texts());
  }

  @Test
  void escapesAndEntitiesKeepTheirFileRanges() throws IOException {
    String text = "a \\* b &amp; c&nbsp;d &#8220;e&#8221;\n";
    Segment seg = scan(text).segments.get(0);
    assertEquals("a * b & c\uFFFCd “e”", seg.text());
    assertEquals(2, seg.rawOffset(2)); // the escaped star stands for "\*"
    assertEquals(4, seg.rawOffset(3));
    assertEquals(7, seg.rawOffset(6)); // "&" stands for "&amp;"
    assertEquals(12, seg.rawOffset(7));
    assertEquals("&nbsp;", seg.codes().get(0).raw()); // an entity no-break space is the author's
  }

  @Test
  void crlfBomAndEmptyDocuments() throws IOException {
    ScannedSegments s = scan("\uFEFF---\r\na: b\r\n---\r\nOne，\r\ntwo.\r\n");
    assertEquals(List.of("One，\r\ntwo."), s.texts());
    assertEquals(List.of("line 4"), s.ids());
    assertTrue(scan("").segments.isEmpty());
    assertTrue(scan("\n\n   \n").segments.isEmpty());
  }

  @Test
  void frontMatterLanguageOtherThanEnglishLeavesTheFileAlone() throws IOException {
    ScannedSegments zh = scan("---\ntitle: x\nlang: zh-CN # main\n---\n\nText，here\n");
    assertTrue(zh.segments.isEmpty());
    assertEquals(1, zh.notices.size());
    assertTrue(zh.notices.get(0).contains("zh-CN"), zh.notices.get(0));
    assertEquals(List.of("Text，here"), scan("+++\nlanguage = \"en-GB\"\n+++\nText，here\n").texts());
    assertEquals(List.of("lang: zh"), scan("Text\n\nlang: zh\n").texts().subList(1, 2)); // not front matter
    assertEquals("fr", FrontMatter.language("---\nlocale: 'fr'\n---\n", 0, 18));
  }

  @Test
  void frontMatterOnlyAtTheTopAndClosed() {
    assertEquals(13, FrontMatter.end("---\na: 1\n---\nText", 0));
    assertEquals(13, FrontMatter.end("---\na: 1\n...\nText", 0));
    assertEquals(15, FrontMatter.end("+++\r\na=1\r\n+++\r\nText", 0));
    assertEquals(0, FrontMatter.end("---\nnever closed\n", 0)); // a thematic break
    assertEquals(0, FrontMatter.end("+++\na = 1\n---\n", 0));
    assertEquals(0, FrontMatter.end("----\na\n----\n", 0));
    assertEquals(0, FrontMatter.end("Text\n---\na\n---\n", 0));
  }

  @Test
  void escaperWritesMarkupCharsAsText() {
    assertEquals("a\\*b\\_c \\[d\\] \\`e\\` \\<f\\> g\\|h", MarkdownFormat.escape("a*b_c [d] `e` <f> g|h"));
    assertEquals("R&D, a.", MarkdownFormat.escape("R&D, a."));
    assertEquals("\\&amp; x", MarkdownFormat.escape("&amp; x"));
  }

  @Test
  void anyTextIsMarkdown() {
    String[] parts = {"*", "**", "_", "`", "``", "[", "]", "(", ")", "<", ">", "!", "\\", "&", "&amp;",
        "&#", ";", "#", "-", "+", "|", "---", "```", "~~~", "\n", "\r\n", "\n\n", "    ", "\t", " ",
        "word", "，", "。", "http://x.y", "<b>", "</b>", "<!--", "-->", "1.", "\uFEFF", "\u0000", "\uD83D\uDE00"};
    ScannedSegments.assertAnyTextScans(MD, parts, "MarkdownFormatTest");
  }
}
