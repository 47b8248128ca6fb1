package org.mtclean.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** What a format hands over for a text: its segments and notices. For format unit tests. */
final class ScannedSegments {
  final List<Segment> segments = new ArrayList<>();
  final List<String> notices = new ArrayList<>();

  /**
   * Random texts made of {@code parts} scan as {@code format} without error, well formed, with no
   * blank segment; a failure names the seed and the text.
   */
  static void assertAnyTextScans(Format format, String[] parts, String test) {
    long seed = org.mtclean.TestSeeds.seed(test);
    java.util.Random random = new java.util.Random(seed);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(60);
      for (int k = 0; k < len; k++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      try {
        ScannedSegments s = of(format, text);
        s.assertWellFormed(text);
        for (String t : s.texts()) {
          if (t.isBlank()) {
            throw new AssertionError("a blank segment: [" + t + "]");
          }
        }
      } catch (IOException | RuntimeException | AssertionError e) {
        throw new AssertionError("seed " + seed + " (-Dmtclean.seed=" + seed + "), text "
            + text.replace("\n", "\\n"), e);
      }
    }
  }

  static ScannedSegments of(Format format, String text) throws IOException {
    ScannedSegments s = new ScannedSegments();
    RawText raw = new RawText(new StringReader(text), Writer.nullWriter());
    format.scan(raw, new SegmentSink() {
      @Override
      public void segment(Segment segment) {
        s.segments.add(segment);
      }

      @Override
      public void notice(String message) {
        s.notices.add(message);
      }
    });
    return s;
  }

  /** Each segment's text, codes shown as {@code {raw}}. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Segment seg : segments) {
      StringBuilder b = new StringBuilder();
      int c = 0;
      for (int i = 0; i < seg.text().length(); i++) {
        char ch = seg.text().charAt(i);
        if (ch == Segment.CODE) {
          b.append('{').append(seg.codes().get(c++).raw()).append('}');
        } else {
          b.append(ch);
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  List<String> ids() {
    return segments.stream().map(Segment::id).toList();
  }

  /**
   * Checks what every format must hold: segments in file order and inside the text, offsets
   * never decreasing, and a char that stands for one char of the file equal to it.
   */
  void assertWellFormed(String text) {
    long end = 0;
    for (Segment seg : segments) {
      if (seg.rawStart() < end || seg.rawEnd() > text.length() || seg.rawEnd() < seg.rawStart()) {
        throw new AssertionError("segment out of order or out of the text: " + seg.id() + " "
            + seg.rawStart() + "-" + seg.rawEnd());
      }
      for (int i = 0; i < seg.text().length(); i++) {
        long at = seg.rawOffset(i);
        long next = seg.rawOffset(i + 1);
        char c = seg.text().charAt(i);
        if (next < at || (next == at + 1 && c != Segment.CODE && text.charAt((int) at) != c)) {
          throw new AssertionError("char " + i + " of " + seg.id() + " does not match the file");
        }
      }
      end = seg.rawEnd();
    }
  }
}
