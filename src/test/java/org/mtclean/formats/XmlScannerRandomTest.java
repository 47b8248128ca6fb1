package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random documents: the scanner's tokens cover the file without gap or overlap and decode its
 * text, and a document with one char inserted or deleted either scans or fails as malformed,
 * never otherwise. Fixed seed by default (see TestSeeds).
 */
class XmlScannerRandomTest {
  private static final String[] TEXT = {"a", "Save", " ", "，", "。", "\n", "\r\n", "中", "\uD83D\uDE00", "%s",
      "{0}", ">", "'", "\""};
  private static final String[][] ENTITIES = {{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
      {"&apos;", "'"}, {"&#65;", "A"}, {"&#x3002;", "。"}, {"&#128512;", "\uD83D\uDE00"}};
  private static final String[] NAMES = {"r", "g", "x:ph", "trans-unit", "seg"};

  /** A document and the text content the scanner must decode from it. */
  private record Doc(String xml, String text) {}

  @Test
  void tokensCoverTheFileAndDecodeItsText() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("XmlScannerRandomTest");
    Random random = new Random(seed);
    for (int n = 0; n < 300; n++) {
      Doc doc = document(random);
      XmlScanner x = new XmlScanner(new RawText(new StringReader(doc.xml), Writer.nullWriter()), "XML");
      StringBuilder text = new StringBuilder();
      long at = doc.xml.startsWith("<?xml") ? doc.xml.indexOf("?>") + 2 : 0; // the declaration is passed over
      XmlScanner.Kind k;
      while ((k = x.next()) != XmlScanner.Kind.EOF) {
        if (x.start() != at) {
          fail("seed " + seed + ", document " + n + ": a gap before " + k + " at " + x.start() + ": " + doc.xml);
        }
        at = x.end();
        if (k == XmlScanner.Kind.TEXT || k == XmlScanner.Kind.ENTITY || k == XmlScanner.Kind.CDATA) {
          text.append(x.text());
        }
      }
      assertEquals(doc.xml.length(), at, "seed " + seed + ", document " + n + ": " + doc.xml);
      assertEquals(doc.text, text.toString(), "seed " + seed + ", document " + n + ": " + doc.xml);
    }
  }

  @Test
  void aDamagedDocumentScansOrFailsAsMalformed() {
    long seed = org.mtclean.TestSeeds.seed("XmlScannerRandomTest") + 1;
    Random random = new Random(seed);
    String damage = "<>&\"'/=;![]-?x";
    for (int n = 0; n < 2000; n++) {
      String xml = document(random).xml;
      int at = random.nextInt(xml.length());
      String damaged = random.nextBoolean()
          ? xml.substring(0, at) + damage.charAt(random.nextInt(damage.length())) + xml.substring(at)
          : xml.substring(0, at) + xml.substring(at + 1);
      try {
        XmlScanner x = new XmlScanner(new RawText(new StringReader(damaged), Writer.nullWriter()), "XML");
        while (x.next() != XmlScanner.Kind.EOF) {
          // scan to the end
        }
      } catch (MalformedFileException e) {
        // expected for most
      } catch (IOException | RuntimeException e) {
        throw new AssertionError("seed " + seed + ", document " + n + ": " + e + " on " + damaged, e);
      }
    }
  }

  private static Doc document(Random random) {
    StringBuilder xml = new StringBuilder();
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      text.append('\n');
    }
    element(random, xml, text, 0);
    if (random.nextBoolean()) {
      xml.append("\n<!-- end -->\n");
      text.append("\n\n");
    }
    return new Doc(xml.toString(), text.toString());
  }

  private static void element(Random random, StringBuilder xml, StringBuilder text, int depth) {
    String name = NAMES[random.nextInt(NAMES.length)];
    xml.append('<').append(name);
    for (int a = random.nextInt(3); a > 0; a--) {
      char quote = random.nextBoolean() ? '"' : '\'';
      xml.append(random.nextBoolean() ? " " : "\n  ").append("a").append(a).append(random.nextBoolean() ? "=" : " = ")
          .append(quote).append("v&amp;。&#x3002;").append(quote == '"' ? "'" : "\"").append(quote);
    }
    if (depth > 3 || random.nextInt(5) == 0) {
      xml.append(random.nextBoolean() ? "/>" : " />");
      return;
    }
    xml.append('>');
    for (int k = random.nextInt(8); k > 0; k--) {
      switch (random.nextInt(7)) {
        case 0, 1, 2 -> {
          String t = TEXT[random.nextInt(TEXT.length)];
          xml.append(t);
          text.append(t);
        }
        case 3 -> {
          String[] e = ENTITIES[random.nextInt(ENTITIES.length)];
          xml.append(e[0]);
          text.append(e[1]);
        }
        case 4 -> {
          xml.append("<![CDATA[a <b> &amp; ，]]>");
          text.append("a <b> &amp; ，");
        }
        case 5 -> xml.append(random.nextBoolean() ? "<!-- c，- -->" : "<?pi x?>");
        default -> element(random, xml, text, depth + 1);
      }
    }
    xml.append("</").append(name).append(random.nextBoolean() ? ">" : " >");
  }
}
