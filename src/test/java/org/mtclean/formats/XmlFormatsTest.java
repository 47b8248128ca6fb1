package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Segment ids, texts, sources and codes that the XLIFF and TMX formats find. */
class XmlFormatsTest {
  private static final Format XLIFF = Formats.byName("xliff");
  private static final Format TMX = Formats.byName("tmx");

  /** Each segment as {@code id|text|source|code ids}, codes shown as #; notices as {@code notice: ...}. */
  private static List<String> scan(Format f, String xml) throws IOException {
    List<String> out = new ArrayList<>();
    RawText raw = new RawText(new StringReader(xml), Writer.nullWriter());
    f.scan(raw, new SegmentSink() {
      @Override
      public void segment(Segment s) throws IOException {
        assertEquals(xml.substring((int) s.rawStart(), (int) s.rawEnd()), raw.slice(s.rawStart(), s.rawEnd()));
        List<String> ids = new ArrayList<>();
        s.codes().forEach(c -> ids.add(c.id()));
        s.sourceCodes().forEach(c -> ids.add("s:" + c.id()));
        out.add(s.id() + "|" + show(s.text()) + "|" + show(s.source()) + "|" + String.join(" ", ids));
      }

      @Override
      public void notice(String message) {
        out.add("notice: " + message);
      }
    });
    return out;
  }

  private static String show(String s) {
    return s == null ? "null" : s.replace(Segment.CODE, '#');
  }

  @Test
  void registeredByNameAndExtension() {
    assertSame(XLIFF, Formats.forFileName("a.xlf"));
    assertSame(XLIFF, Formats.forFileName("A.XLIFF"));
    assertSame(TMX, Formats.forFileName("memory.tmx"));
  }

  @Test
  void xliff12UnitsWithSourceAndCodes() throws IOException {
    String xml = """
        <?xml version="1.0"?>
        <xliff version="1.2"><file source-language="zh-CN" target-language="en-US"><body>
        <group id="g"><trans-unit id="u1"><source>按<g id="1">保存</g>，<x id="2"/></source>
        <target>Press <g id="1">Save</g> ， <x id="2"/> %s &amp; <ph id="3">&lt;br/&gt;</ph>{0}</target>
        <alt-trans><target>Other ， text</target></alt-trans></trans-unit></group>
        <trans-unit id="u2" translate="no"><source>X</source><target>X ， Y</target></trans-unit>
        <trans-unit id="u3"><source>空</source><target/></trans-unit>
        <trans-unit id="u4"><source>无译文</source></trans-unit>
        </body></file></xliff>
        """;
    assertEquals(List.of(
        "u1|Press #Save# ， # # & ##|按#保存#，#|g#1 /g#1 x#2 %s ph#3 {0} s:g#1 s:/g#1 s:x#2",
        "u3||空|"), scan(XLIFF, xml));
  }

  @Test
  void runsOfSpacesAreCodesWhereTheSourceLaysOutColumns() throws IOException {
    String xml = """
        <xliff version="1.2"><file target-language="en"><body>
        <trans-unit id="help"><source>  -q, --quiet    安静</source><target>  -q, --quiet    Quiet  mode</target></trans-unit>
        <trans-unit id="text"><source>  文件已保存  </source><target>The file  was saved</target></trans-unit>
        </body></file></xliff>
        """;
    assertEquals(List.of(
        // three runs in the target, two in the source, each a code with the id of two spaces
        "help|#-q, --quiet#Quiet#mode|#-q, --quiet#安静|" + " ".repeat(9) + "s:   s:  ",
        "text|The file  was saved|  文件已保存  |"), scan(XLIFF, xml));
  }

  @Test
  void xliff12SegmentMarkersAreSegments() throws IOException {
    String xml = """
        <xliff version="1.2"><file target-language="en"><body><trans-unit id="7">
        <source>一。二。</source>
        <seg-source><mrk mtype="seg" mid="1">一。</mrk><mrk mtype="seg" mid="2">二。</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">One。</mrk> <mrk mtype="seg" mid="2">Two <mrk mtype="term">words</mrk>。</mrk></target>
        </trans-unit></body></file></xliff>
        """;
    assertEquals(List.of(
        "7/1|One。|一。|",
        "7/2|Two #words#。|二。|mrk /mrk"), scan(XLIFF, xml));
  }

  @Test
  void xliff12FilesInOtherLanguagesAreLeftAloneWithOneNotice() throws IOException {
    String xml = """
        <xliff version="1.2">
        <file target-language="fr-FR"><body><trans-unit id="a"><source>s</source><target>Bonjour ， monde</target></trans-unit></body></file>
        <file target-language="fr-FR"><body><trans-unit id="b"><source>s</source><target>Salut ，</target></trans-unit></body></file>
        <file target-language="en-GB"><body><trans-unit id="c"><source>s</source><target>Hello ，</target></trans-unit></body></file>
        </xliff>
        """;
    assertEquals(List.of("notice: target language is fr-FR; left alone", "c|Hello ，|s|"), scan(XLIFF, xml));
  }

  @Test
  void xliff2UnitsAndSegments() throws IOException {
    String xml = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en">
        <file id="f"><unit id="u1"><originalData><data id="d1">&lt;b&gt;</data></originalData>
        <segment id="s1"><source>点击<pc id="1">这里</pc>。</source><target>Click <pc id="1">here</pc> 。</target></segment>
        <ignorable><source> </source><target> ， </target></ignorable>
        <segment><source>共<ph id="2" dataRef="d1"/>个</source><target>Total <ph id="2" dataRef="d1"/> ，<sc id="3"/>x<ec startRef="3"/></target></segment>
        </unit><unit id="u2"><segment><source>无</source></segment></unit></file></xliff>
        """;
    assertEquals(List.of(
        "u1/s1|Click #here# 。|点击#这里#。|pc#1 /pc#1 s:pc#1 s:/pc#1",
        "u1|Total # ，#x#|共#个|ph#2 sc#3 ec#3 s:ph#2"), scan(XLIFF, xml));
  }

  @Test
  void textMarkedNotToTranslateIsOneCode() throws IOException {
    String v1 = "<xliff version=\"1.2\"><file target-language=\"en\"><body><trans-unit id=\"a\"><source>s</source>"
        + "<target>Use <mrk mtype=\"protected\" mid=\"p\">Four month ，</mrk> and <mrk mtype=\"x-term\">this</mrk></target>"
        + "</trans-unit></body></file></xliff>";
    assertEquals(List.of("a|Use # and #this#|s|mrk mrk /mrk"), scan(XLIFF, v1));
    String v2 = "<xliff version=\"2.0\" trgLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment><source>s</source>"
        + "<target>Run <mrk id=\"m\" translate=\"no\">rm -rf ，</mrk> now</target></segment></unit>"
        + "<unit id=\"locked\" translate=\"no\"><segment><source>s</source><target>x ，</target></segment></unit></file></xliff>";
    assertEquals(List.of("u|Run # now|s|mrk#m"), scan(XLIFF, v2));
  }

  @Test
  void xliff2InAnotherLanguageIsLeftAlone() throws IOException {
    String xml = "<xliff version=\"2.1\" srcLang=\"en\" trgLang=\"de-DE\"><file id=\"f\"><unit id=\"1\"><segment>"
        + "<source>a</source><target>b ，</target></segment></unit></file></xliff>";
    assertEquals(List.of("notice: target language is de-DE; left alone"), scan(XLIFF, xml));
  }

  @Test
  void tmxUnitsNamedByTuidOrNumber() throws IOException {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4"><header srclang="zh-CN" segtype="sentence"/><body>
        <tu tuid="t1"><tuv xml:lang="en-US"><seg>Open <bpt i="1">&lt;b&gt;</bpt>file<ept i="1">&lt;/b&gt;</ept> ，</seg></tuv>
          <tuv xml:lang="ja"><seg>ファイル</seg></tuv><tuv xml:lang="zh-CN"><seg>打开<bpt i="1">&lt;b&gt;</bpt>文件<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
        <tu><prop type="x">p</prop><tuv lang="EN"><seg>Second <hi x="4">one</hi> 。</seg></tuv><tuv xml:lang="fr"><seg>Deux</seg></tuv></tu>
        <tu tuid="t3"><tuv xml:lang="zh-CN"><seg>只有中文</seg></tuv></tu>
        <tu tuid="t4"><tuv xml:lang="zh-CN"><seg>空</seg></tuv><tuv xml:lang="en"><seg/></tuv></tu>
        </body></tmx>
        """;
    assertEquals(List.of(
        "t1|Open #file# ，|打开#文件#|bpt#1 ept#1 s:bpt#1 s:ept#1",
        "2|Second #one# 。|Deux|hi#4 /hi#4",
        "t4||空|"), scan(TMX, xml));
  }

  @Test
  void tmxWithoutEnglishOrWithEnglishSourceIsLeftAlone() throws IOException {
    String noEnglish = "<tmx version=\"1.4\"><header srclang=\"zh-CN\"/><body><tu><tuv xml:lang=\"zh-CN\"><seg>一</seg></tuv>"
        + "<tuv xml:lang=\"fr-FR\"><seg>un ，</seg></tuv></tu></body></tmx>";
    assertEquals(List.of("notice: no text in English (languages: fr-FR, zh-CN); left alone"), scan(TMX, noEnglish));
    String englishSource = "<tmx version=\"1.4\"><header srclang=\"en-US\"/><body><tu><tuv xml:lang=\"en-US\"><seg>one ，</seg></tuv>"
        + "<tuv xml:lang=\"zh-CN\"><seg>一</seg></tuv></tu></body></tmx>";
    assertEquals(List.of("notice: source language is en-US: the English text is the source; left alone"),
        scan(TMX, englishSource));
  }

  @Test
  void anEditAtTheFirstCharOfATargetIsPlaced() throws IOException {
    String xml = "<xliff version=\"1.2\"><file target-language=\"en\"><body><trans-unit id=\"d\">"
        + "<target>Four month Twenty-four is the deadline。</target></trans-unit></body></file></xliff>";
    List<org.mtclean.Edit> edits = new ArrayList<>();
    String out = FormatGoldenTest.run(XLIFF, xml, edits);
    assertEquals(xml.replace("Four month Twenty-four", "April 24").replace("。", "."), out);
    assertEquals(xml.indexOf("Four") + 1, edits.get(0).start().column());
    assertEquals("d", edits.get(0).unit());
  }

  @Test
  void malformedFilesNameLineAndColumn() {
    MalformedFileException x = assertThrows(MalformedFileException.class, () -> scan(XLIFF,
        "<xliff version=\"1.2\"><file target-language=\"en\"><body>\n<trans-unit id=\"1\"><target>a <g id=\"1\">b</target>"));
    assertEquals(2, x.position().line());
    assertEquals(41, x.position().column());
    assertTrue(x.getMessage().startsWith("XLIFF is malformed at line 2, column 41: </target> does not close <g>"), x.getMessage());

    MalformedFileException t = assertThrows(MalformedFileException.class, () -> scan(TMX,
        "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\">\n  <seg>Tom & Jerry</seg></tuv></tu></body></tmx>"));
    assertEquals(2, t.position().line());
    assertEquals(12, t.position().column());
    assertTrue(t.getMessage().startsWith("TMX is malformed at line 2, column 12: '&' starts no entity"), t.getMessage());

    MalformedFileException root = assertThrows(MalformedFileException.class, () -> scan(XLIFF, "<html></html>"));
    assertTrue(root.getMessage().contains("the root element is <html>, not <xliff>"), root.getMessage());
  }
}
