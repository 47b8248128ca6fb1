package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SRT and WebVTT scanning: cues, ids, codes and references, line ends, and malformed timings. */
class SubtitleFormatsTest {
  static final Format SRT = new SrtFormat();
  static final Format VTT = new VttFormat();

  static List<Segment> scan(Format f, String text) throws IOException {
    return scan(f, text, new ArrayList<>());
  }

  static List<Segment> scan(Format f, String text, List<String> notices) throws IOException {
    ScannedSegments scanned = ScannedSegments.of(f, text);
    notices.addAll(scanned.notices);
    return scanned.segments;
  }

  @Test
  void srtCuesAreSegmentsNamedByNumber() throws IOException {
    String file = "\n\n7\n00:00:01,000 --> 00:00:02,000\nOne <i>two</i>\n{\\an8}three\n\n\n\n"
        + "8\n00:00:03,000 --> 00:00:04,000 X1:1 X2:2\nfour\n\n00:00:05.000 --> 00:00:06.000\nfive";
    List<Segment> segs = scan(SRT, file);
    assertEquals(List.of("7", "8", "3"), segs.stream().map(Segment::id).toList());
    assertEquals("One \uFFFCtwo\uFFFC\n\uFFFCthree", segs.get(0).text());
    assertEquals(List.of("<i>", "</i>", "{\\an8}"), segs.get(0).codes().stream().map(Segment.Code::raw).toList());
    assertEquals("four", segs.get(1).text());
    assertEquals("five", segs.get(2).text());
    assertEquals(file.length(), segs.get(2).rawEnd());
  }

  @Test
  void textAfterABlankLineInACueIsMoreOfThatCue() throws IOException {
    List<Segment> segs = scan(SRT, "4\n00:00:01,000 --> 00:00:02,000\nfirst\n\n  second\nat 16: 00\n\n"
        + "5\n00:00:03,000 --> 00:00:04,000\nx\n");
    assertEquals(List.of("4", "4", "5"), segs.stream().map(Segment::id).toList());
    assertEquals("  second\nat 16: 00", segs.get(1).text());
  }

  @Test
  void lineBreaksAreWrittenInTheFileStyle() throws IOException {
    Segment s = scan(SRT, "1\r\n00:00:01,000 --> 00:00:02,000\r\nab\r\ncd\r\n").get(0);
    assertEquals("ab\ncd", s.text());
    assertEquals(s.rawOffset(2) + 2, s.rawOffset(3)); // the \n stands for \r\n
    assertEquals("x\r\ny", s.escaper().escape("x\ny"));
    Segment lf = scan(SRT, "1\n00:00:01,000 --> 00:00:02,000\nab\ncd\n").get(0);
    assertEquals("x\ny", lf.escaper().escape("x\ny"));
  }

  @Test
  void lessThanWithoutATagIsText() throws IOException {
    Segment s = scan(SRT, "1\n00:00:01,000 --> 00:00:02,000\n3 < 4 and {x} <i\n").get(0);
    assertEquals("3 < 4 and {x} <i", s.text());
  }

  @Test
  void vttCuesAreNamedByIdentifierOrPlace() throws IOException {
    String file = "\uFEFFWEBVTT\nKind: captions\n\nNOTE a，b\nc\n\nSTYLE\n::cue {}\n\nfirst\n00:01.000 --> 00:02.000\nA\n\n"
        + "00:00:02.000 --> 00:00:03.000 align:start\nB\n\nREGION\nid:x\n\nlast one\n01:00:02.000 --> 01:00:03.000\nC\n";
    List<Segment> segs = scan(VTT, file);
    assertEquals(List.of("first", "2", "last one"), segs.stream().map(Segment::id).toList());
    assertEquals(List.of("A", "B", "C"), segs.stream().map(Segment::text).toList());
  }

  @Test
  void vttTagsAreCodesAndReferencesAreDecoded() throws IOException {
    String file = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>R&amp;D &lt;3 <00:01.500>now&nbsp;&#233;t&eacute;</v>\n";
    Segment s = scan(VTT, file).get(0);
    assertEquals("\uFFFCR&D <3 \uFFFCnow\uFFFCét&eacute;\uFFFC", s.text());
    assertEquals(List.of("<v Ann>", "<00:01.500>", "&nbsp;", "</v>"),
        s.codes().stream().map(Segment.Code::raw).toList());
    int amp = file.indexOf("&amp;");
    assertEquals(amp, s.rawOffset(2));
    assertEquals(amp + 5, s.rawOffset(3));
    assertEquals("a &amp; b &lt; c > d", s.escaper().escape("a & b < c > d"));
  }

  @Test
  void vttLessThanADigitIsATagOnlyAsATimestamp() throws IOException {
    Segment s = scan(VTT, "WEBVTT\n\n00:01.000 --> 00:02.000\nI <3 you> <00:01.500>now\n").get(0);
    assertEquals("I <3 you> \uFFFCnow", s.text());
  }

  @Test
  void vttInAnotherLanguageIsLeftAloneWithANotice() throws IOException {
    List<String> notices = new ArrayList<>();
    String cue = "\n\n00:01.000 --> 00:02.000\n你好，世界。\n";
    assertEquals(0, scan(VTT, "WEBVTT\nKind: captions\nLanguage: zh-Hans" + cue, notices).size());
    assertEquals(1, notices.size());
    assertTrue(notices.get(0).contains("zh-Hans"), notices.get(0));
    assertEquals(1, scan(VTT, "WEBVTT\nLanguage: en-US" + cue, notices).size());
    assertEquals(1, notices.size());
  }

  private static void assertAt(Format f, String text, long line, long column, String words) {
    MalformedFileException e = assertThrows(MalformedFileException.class, () -> scan(f, text));
    assertEquals(line, e.position().line(), e.getMessage());
    assertEquals(column, e.position().column(), e.getMessage());
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  @Test
  void malformedSrtNamesLineAndColumn() {
    assertAt(SRT, "1\n00:00:01,000 -> 00:00:02,000\nx\n", 2, 14, "timing");
    assertAt(SRT, "1\n00:00:01 --> 00:00:02,000\nx\n", 2, 9, "timing");
    assertAt(SRT, "1\n00:00:01,000 --> 00:00:02,000\nx\n\n2\n00:00:03,000 --> 00:0:04,000\ny\n", 6, 21, "timing");
    assertAt(SRT, "y\n\n1\n00:00:01,000 --> 00:00:02,000\nx\n", 1, 1, "cue number");
    assertAt(SRT, "1\n00:00:01,000 --> 00:00:02,000\nx\n\ny\n00:00:02,000 -> 00:00:03,000\n", 5, 1, "cue number");
    assertAt(SRT, "1\n00:00:01,000 --> 00:00:02,000\nx\n\ny\n00:00:02.000 00:00:03.000\n", 5, 1, "cue number");
    assertAt(SRT, "1\n00:00:01,000 --> 00:00:02,000\nx\n\n2\n", 5, 1, "no timing");
    assertAt(SRT, "1\nHello there\n", 2, 1, "timing");
  }

  @Test
  void malformedVttNamesLineAndColumn() {
    assertAt(VTT, "WEBVTTX\n\n", 1, 1, "WEBVTT");
    assertAt(VTT, "1\n00:01.000 --> 00:02.000\nx\n", 1, 1, "WEBVTT");
    assertAt(VTT, "WEBVTT\n\n00:01,000 --> 00:02.000\nx\n", 3, 6, "timing");
    assertAt(VTT, "WEBVTT\n\n00:01.000 -->00:02.000\nx\n", 3, 14, "timing");
    assertAt(VTT, "WEBVTT\n\nintro\nHello\n", 4, 1, "timing");
    assertAt(VTT, "WEBVTT\n\nintro\n", 3, 1, "no timing");
  }
}
