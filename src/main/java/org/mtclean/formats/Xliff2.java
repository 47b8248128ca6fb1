package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The XLIFF 2.x side of {@link XliffFormat}: each {@code unit/segment/target} is a segment when
 * the root's {@code trgLang} is English, named by the unit's {@code id} and, when the segment has
 * one, its own ({@code unit/segment}). {@code ignorable} elements, original data and units
 * marked {@code translate="no"} are left alone. Inline {@code pc} and {@code mrk} tags are codes around text; {@code ph}, {@code sc},
 * {@code ec}, {@code sm}, {@code em} and {@code cp} are codes.
 */
final class Xliff2 {
  static final XmlInline INLINE = new XmlInline(Set.of("pc", "mrk"), "id", "startRef");

  private Xliff2() {}

  /** Scans the rest of the file after the root's start tag, which {@code x} is at. */
  static void scan(XmlScanner x, SegmentSink sink) throws IOException {
    String lang = x.attribute("trgLang");
    if (!SegmentSink.isEnglish(lang)) {
      sink.notice("target language is " + lang + "; left alone");
      return;
    }
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.EOF) {
      x.release();
      if (k == XmlScanner.Kind.START && x.localName().equals("unit")) {
        if ("no".equals(x.attribute("translate"))) {
          XmlInline.skip(x);
        } else {
          unit(x, sink);
        }
      }
    }
  }

  private static void unit(XmlScanner x, SegmentSink sink) throws IOException {
    String id = x.attribute("id");
    String unitId = id == null ? "" : id;
    int depth = x.depth();
    List<Segment.Builder> targets = new ArrayList<>();
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.END || x.depth() >= depth) {
      if (k != XmlScanner.Kind.START) {
        continue;
      }
      if (x.localName().equals("segment")) {
        String seg = x.attribute("id");
        Segment.Builder t = segment(x, seg == null ? unitId : unitId + "/" + seg);
        if (t != null) {
          targets.add(t);
        }
      } else {
        XmlInline.skip(x); // ignorable, notes, originalData
      }
    }
    for (Segment.Builder t : targets) {
      sink.segment(t.build());
    }
  }

  /** One segment: its target, with its source, or null when it has no target. */
  private static Segment.Builder segment(XmlScanner x, String id) throws IOException {
    int depth = x.depth();
    XmlInline.Source source = null;
    Segment.Builder target = null;
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.END || x.depth() >= depth) {
      if (k == XmlScanner.Kind.EMPTY && x.localName().equals("target")) {
        target = Segment.builder(id, XmlInline.ESCAPER).end(x.end());
      } else if (k == XmlScanner.Kind.START && x.localName().equals("source")) {
        source = new XmlInline.Source();
        INLINE.read(x, source, null);
      } else if (k == XmlScanner.Kind.START && x.localName().equals("target")) {
        target = Segment.builder(id, XmlInline.ESCAPER);
        INLINE.spaceRuns(source != null && source.hasSpaceRuns()).read(x, target, null);
      } else if (k == XmlScanner.Kind.START) {
        XmlInline.skip(x);
      }
    }
    if (source != null && source.hasSpaceRuns()) {
      source = source.withSpaceRunCodes();
    }
    return target == null ? null : XmlInline.Source.into(target, source);
  }
}
