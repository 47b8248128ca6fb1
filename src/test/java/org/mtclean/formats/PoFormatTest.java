package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PO scanning: what is a segment, its text, source and id, escapes, and malformed files. */
class PoFormatTest {
  static final Format PO = new PoFormat();

  /** The segments of {@code text} and the notices. */
  static List<Segment> scan(String text, List<String> notices) throws IOException {
    return SubtitleFormatsTest.scan(PO, text, notices);
  }

  static List<Segment> scan(String text) throws IOException {
    return scan(text, new ArrayList<>());
  }

  private static final String FILE = String.join("\n",
      "# comment，kept。",
      "msgid \"\"",
      "msgstr \"\"",
      "\"Language: en\\n\"",
      "",
      "#, fuzzy",
      "msgctxt \"menu\"",
      "msgid \"打开 %s\"",
      "msgstr \"Open %s，\"",
      "",
      "msgid \"一个文件\"",
      "msgid_plural \"%d 个文件\"",
      "msgstr[0] \"one file\"",
      "msgstr[1] \"%d files\"",
      "",
      "#~ msgid \"旧\"",
      "#~ msgstr \"old，\"",
      "");

  @Test
  void msgstrsAreSegmentsWithIdsAndSources() throws IOException {
    List<Segment> segs = scan(FILE);
    assertEquals(3, segs.size());
    assertEquals("Open \uFFFC，", segs.get(0).text());
    assertEquals("menu|打开 %s", segs.get(0).id());
    assertEquals("打开 \uFFFC", segs.get(0).source());
    assertEquals("%s", segs.get(0).sourceCodes().get(0).id());
    assertEquals("%s", segs.get(0).codes().get(0).raw());
    assertEquals("one file", segs.get(1).text());
    Segment shell = scan("msgid \"见 ${name}.conf(5)\"\nmsgstr \"See ${name}.conf(5)\"\n").get(0);
    assertEquals("See \uFFFC.conf(5)", shell.text());
    assertEquals("${name}", shell.codes().get(0).id());
    assertEquals("一个文件", segs.get(1).source());
    assertEquals("\uFFFC files", segs.get(2).text());
    assertEquals("\uFFFC 个文件", segs.get(2).source());
    assertEquals("一个文件", segs.get(2).id());
  }

  @Test
  void idsAreCutAndKeepLineBreaksVisible() throws IOException {
    String id = "a\\nb".repeat(20);
    List<Segment> segs = scan("msgid \"" + id + "\"\nmsgstr \"x\"\n");
    assertEquals("a\\nb".repeat(10) + "\u2026", segs.get(0).id());
  }

  @Test
  void escapesAreDecodedAtTheirOffsets() throws IOException {
    String file = "msgid \"x\"\nmsgstr \"a\\\\b\\\"c\\nd\\101\\x42\"\n";
    Segment s = scan(file).get(0);
    assertEquals("a\\b\"c\ndAB", s.text());
    int q = file.indexOf("a\\\\");
    long[] expected = {q, q + 1, q + 3, q + 4, q + 6, q + 7, q + 9, q + 10, q + 14, q + 18};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], s.rawOffset(i), "char " + i);
    }
  }

  @Test
  void escaperWritesEscapes() {
    assertEquals("a\\\\b\\\"c\\nd\\te", PoFormat.ESCAPER.escape("a\\b\"c\nd\te"));
    assertEquals("plain", PoFormat.ESCAPER.escape("plain"));
  }

  @Test
  void outerWhiteSpaceStaysOutOfTheSegment() throws IOException {
    Segment s = scan("msgid \"x\"\nmsgstr \"\\n  Hello \\n\"\n").get(0);
    assertEquals("Hello", s.text());
    Segment empty = scan("msgid \"x\"\nmsgstr \"\"\n").get(0);
    assertEquals("", empty.text());
  }

  @Test
  void spaceRunsAreCodesWhenTheSourceLaysOutColumns() throws IOException {
    Segment help = scan("msgid \"-v  详细\"\nmsgstr \"-v   verbose  output\"\n").get(0);
    assertEquals("-v\uFFFCverbose\uFFFCoutput", help.text());
    assertEquals(List.of("  ", "  "), help.codes().stream().map(Segment.Code::id).toList());
    assertEquals("-v\uFFFC详细", help.source());
    Segment prose = scan("msgid \"  详细\"\nmsgstr \"  verbose  output\"\n").get(0);
    assertEquals("verbose  output", prose.text()); // leading white space lays out no columns
    assertEquals("详细", prose.source());
  }

  @Test
  void nonEnglishFileIsLeftAloneWithANotice() throws IOException {
    List<String> notices = new ArrayList<>();
    List<Segment> segs = scan("msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"x\"\nmsgstr \"y，\"\n", notices);
    assertEquals(0, segs.size());
    assertEquals(1, notices.size());
    assertTrue(notices.get(0).contains("fr"), notices.get(0));
    // nothing after the header of such a file is read
    assertEquals(0, scan("msgid \"\"\nmsgstr \"Language: zh_CN\\n\"\n\nmsgfoo \"x\n", notices).size());
  }

  /**
   * Any edit, written through the escaper, leaves a valid PO file whose msgstr is the edited
   * text: also when it spans the break between two literals.
   */
  @Test
  void editsRoundTripThroughTheFile() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("PoFormatTest");
    Random rnd = new Random(seed);
    String file = "msgid \"x\"\nmsgstr \"\"\n\"Hello \\\"world\\\"\\n\"\n  \"second\\tline \\\\ end\"\n\nmsgid \"y\"\nmsgstr \"z\"\n";
    Segment s = scan(file).get(0);
    String text = s.text();
    String[] pieces = {"", "a", "\"", "\\", "\n", "\t", "，", " "};
    for (int round = 0; round < 300; round++) {
      int i = rnd.nextInt(text.length() + 1);
      int j = i + rnd.nextInt(text.length() - i + 1);
      String r = pieces[rnd.nextInt(pieces.length)] + pieces[rnd.nextInt(pieces.length)];
      if (text.substring(i, j).indexOf(Segment.CODE) >= 0) {
        continue;
      }
      String edited = file.substring(0, (int) s.rawOffset(i)) + PoFormat.ESCAPER.escape(r)
          + file.substring((int) s.rawOffset(j));
      String message = "seed " + seed + " round " + round + ": [" + i + "," + j + ") -> " + r;
      List<Segment> again = scan(edited);
      assertEquals(2, again.size(), message);
      String expected = (text.substring(0, i) + r + text.substring(j)).replace(Segment.CODE, '\t').strip();
      assertEquals(expected.replace('\t', Segment.CODE), again.get(0).text(), message + "\n" + edited);
    }
  }

  private static MalformedFileException malformed(String text) {
    return assertThrows(MalformedFileException.class, () -> scan(text));
  }

  private static void assertAt(String text, long line, long column, String words) {
    MalformedFileException e = malformed(text);
    assertEquals(line, e.position().line(), e.getMessage());
    assertEquals(column, e.position().column(), e.getMessage());
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  @Test
  void malformedFilesNameLineAndColumn() {
    assertAt("msgid \"a\"\nmsgstr \"open\n", 2, 8, "not closed");
    assertAt("msgid \"a\"\nmsgstr \"x\"\nmsgfoo \"y\"\n", 3, 1, "unknown keyword msgfoo");
    assertAt("msgid \"a\"\nmsgstr \"bad \\q\"\n", 2, 13, "unknown escape \\q");
    assertAt("# c\nmsgstr \"x\"\n", 2, 1, "msgstr without a msgid");
    assertAt("msgid \"a\"\nmsgid \"b\"\nmsgstr \"x\"\n", 2, 1, "no msgstr");
    assertAt("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr \"x\"\n", 3, 1, "msgstr[0]");
    assertAt("msgid \"a\"\nmsgstr[0] \"x\"\n", 2, 1, "without msgid_plural");
    assertAt("msgid \"a\"\nmsgstr \"x\" y\n", 2, 12, "after the string");
    assertAt("msgid \"a\"\nmsgstr \"x\"\n\n\"stray\"\n", 4, 1, "no keyword");
    assertAt("msgid \"a\"\nmsgstr\n", 2, 7, "needs a string");
    assertAt("msgid \"a\"\n", 2, 1, "no msgstr");
    assertAt("msgid \"a\"\nmsgstr \"x\\\n", 2, 10, "backslash at the end");
  }

  @Test
  void crlfAndBomAreRead() throws IOException {
    List<Segment> segs = scan("\uFEFFmsgid \"a\"\r\nmsgstr \"\"\r\n\"b \"\r\n\"c\"\r\n");
    assertEquals("b c", segs.get(0).text());
  }
}
