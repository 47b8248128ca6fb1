package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlScannerTest {
  private static XmlScanner scanner(String xml) {
    return new XmlScanner(new RawText(new StringReader(xml), Writer.nullWriter()), "XML");
  }

  /** Every token as kind, offsets and text (or name and attributes). */
  private static List<String> tokens(String xml) throws IOException {
    XmlScanner x = scanner(xml);
    List<String> out = new ArrayList<>();
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.EOF) {
      String what = switch (k) {
        case START, EMPTY -> x.name() + (x.attribute("a") != null ? " a=" + x.attribute("a") : "");
        case END -> x.name();
        default -> x.text();
      };
      out.add(k + " " + x.start() + "-" + x.end() + " " + what);
      assertEquals(xml.substring((int) x.start(), (int) x.end()), x.raw());
    }
    return out;
  }

  @Test
  void tokensWithOffsets() throws IOException {
    String xml = "<?xml version=\"1.0\"?>\n<r a='1'>x<b/><!--c，--><?p q?></r>\n";
    assertEquals(List.of(
        "TEXT 21-22 \n",
        "START 22-31 r a=1",
        "TEXT 31-32 x",
        "EMPTY 32-36 b",
        "COMMENT 36-45 c，",
        "PI 45-52 <?p q?>",
        "END 52-56 r",
        "TEXT 56-57 \n"), tokens(xml));
  }

  @Test
  void entitiesAreDecodedOneTokenEach() throws IOException {
    assertEquals(List.of(
        "START 0-3 r",
        "TEXT 3-5 A ",
        "ENTITY 5-10 &",
        "ENTITY 10-14 <",
        "ENTITY 14-18 >",
        "ENTITY 18-24 \"",
        "ENTITY 24-30 '",
        "ENTITY 30-35 A",
        "ENTITY 35-43 中",
        "ENTITY 43-52 \uD83D\uDE00",
        "END 52-56 r"), tokens("<r>A &amp;&lt;&gt;&quot;&apos;&#65;&#x4E2D;&#128512;</r>"));
  }

  @Test
  void attributeValuesAreDecoded() throws IOException {
    XmlScanner x = scanner("<r a = \"x &amp; y&#x3002;\"  b='\"' c=\"'\"/>");
    assertEquals(XmlScanner.Kind.EMPTY, x.next());
    assertEquals("x & y。", x.attribute("a"));
    assertEquals("\"", x.attribute("b"));
    assertEquals("'", x.attribute("c"));
    assertEquals(null, x.attribute("d"));
  }

  @Test
  void cdataKeepsItsContentRaw() throws IOException {
    assertEquals(List.of(
        "START 0-3 r",
        "CDATA 3-27 a &amp; <b>，",
        "END 27-31 r"), tokens("<r><![CDATA[a &amp; <b>，]]></r>"));
  }

  @Test
  void doctypeAndDeclarationArePassedOver() throws IOException {
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"GBK\"?><!DOCTYPE tmx SYSTEM \"tmx14.dtd\" [<!ENTITY x \"]>\">]><tmx/>";
    assertEquals(List.of("TEXT 0-1 \uFEFF", "EMPTY " + xml.indexOf("<tmx") + "-" + xml.length() + " tmx"), tokens(xml));
  }

  @Test
  void namespacePrefixes() throws IOException {
    XmlScanner x = scanner("<x:r xml:lang=\"en\"></x:r>");
    x.next();
    assertEquals("x:r", x.name());
    assertEquals("r", x.localName());
    assertEquals("en", x.attribute("xml:lang"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      mismatched tag            | <r>\\n <a></b></r>           | 2 | 5 | </b> does not close <a>
      unclosed tag at the end   | <r>\\n<a>text                | 2 | 8 | the file ends inside <a>, which is not closed
      end tag without start     | <r></r></x>                  | 1 | 8 | </x> closes no element
      attribute without quotes  | <r a=1/>                     | 1 | 6 | the value of a must be quoted
      attribute without =       | <r a/>                       | 1 | 5 | '=' expected after the attribute a
      attributes run together   | <r a='1'b='2'/>              | 1 | 9 | an attribute name
      repeated attribute        | <r a='1' a='2'/>             | 1 | 10 | the attribute a is repeated
      < in an attribute         | <r a='<'/>                   | 1 | 7 | '<' in the value of a
      unknown entity            | <r>\\n  a &nbsp; b</r>       | 2 | 5 | unknown entity &nbsp;
      bare ampersand            | <r>Tom & Jerry</r>           | 1 | 8 | '&' starts no entity
      bad character reference   | <r>&#xD800;</r>              | 1 | 4 | &#xD800; is no character
      < in text                 | <r>a < b</r>                 | 1 | 6 | '<' in text
      text after the root       | <r/>\\nx                     | 2 | 1 | text after the root element
      second root               | <r/><s/>                     | 1 | 5 | a second element after the root element
      text before the root      | x<r/>                        | 1 | 1 | text before the root element
      end of file inside a tag  | <r>\\n<a b='1'               | 2 | 9 | the file ends inside a tag
      end of file in a value    | <r a='1                      | 1 | 8 | the file ends inside a tag
      end of file in a comment  | <r><!-- x                    | 1 | 10 | the file ends inside a comment
      end of file in CDATA      | <r><![CDATA[ x               | 1 | 15 | the file ends inside a CDATA section
      no root                   | <!-- only -->                | 1 | 14 | no root element
      bad markup                | <r><!x></r>                  | 1 | 4 | '<!' starts no comment
      """)
  void malformedInputNamesLineAndColumn(String what, String xml, int line, int column, String message) {
    String text = xml.replace("\\n", "\n");
    MalformedFileException e = assertThrows(MalformedFileException.class, () -> tokens(text), what);
    assertEquals(line, e.position().line(), e.getMessage());
    assertEquals(column, e.position().column(), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith("XML is malformed at line " + line + ", column " + column), e.getMessage());
  }
}
