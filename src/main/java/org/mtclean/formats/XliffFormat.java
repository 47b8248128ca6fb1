package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * XLIFF 1.2 and 2.x, told apart by the {@code version} of the root element. In XLIFF 1.2 each
 * {@code trans-unit}'s {@code target} is a segment when its {@code file}'s
 * {@code target-language} is English (several {@code file}s may differ), named by the unit's
 * {@code id}; a target divided into {@code <mrk mtype="seg">} gives one segment per marker,
 * {@code unit/mid}. Units marked {@code translate="no"} and alternative translations are left
 * alone. The source of each segment is its {@code source} (or the {@code seg-source} marker of
 * the same {@code mid}). When the source lays out columns with runs of spaces, runs of spaces
 * in the target are protected codes. XLIFF 2.x is read by {@link Xliff2}.
 */
public final class XliffFormat implements Format {
  static final XmlInline INLINE = new XmlInline(Set.of("g", "mrk"), "id", "rid");

  @Override
  public String name() {
    return "xliff";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("xlf", "xliff");
  }

  @Override
  public void scan(RawText raw, SegmentSink sink) throws IOException {
    XmlScanner x = new XmlScanner(raw, "XLIFF");
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.START && k != XmlScanner.Kind.EMPTY) {
      // the declaration, comments, white space before the root
    }
    if (!x.localName().equals("xliff")) {
      throw x.malformed(x.start(), "the root element is <" + x.name() + ">, not <xliff>");
    }
    if (k == XmlScanner.Kind.EMPTY) {
      return;
    }
    String version = x.attribute("version");
    String ns = x.attribute("xmlns");
    if (version != null ? version.startsWith("2") : ns != null && ns.contains(":xliff:document:2")) {
      Xliff2.scan(x, sink);
    } else {
      scan12(x, sink);
    }
  }

  private static void scan12(XmlScanner x, SegmentSink sink) throws IOException {
    Set<String> noticed = new HashSet<>();
    boolean english = true;
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.EOF) {
      x.release();
      if (k != XmlScanner.Kind.START) {
        continue;
      }
      String name = x.localName();
      if (name.equals("file")) {
        String lang = x.attribute("target-language");
        english = SegmentSink.isEnglish(lang);
        if (!english && noticed.add(lang)) {
          sink.notice("target language is " + lang + "; left alone");
        }
      } else if (name.equals("trans-unit")) {
        if (english && !"no".equals(x.attribute("translate"))) {
          unit(x, sink);
        } else {
          XmlInline.skip(x);
        }
      }
    }
  }

  /** One trans-unit, from its start tag to its end tag; its segments go to {@code sink} at the end. */
  private static void unit(XmlScanner x, SegmentSink sink) throws IOException {
    String id = x.attribute("id");
    String unitId = id == null ? "" : id;
    int depth = x.depth();
    XmlInline.Source source = null;
    Map<String, XmlInline.Source> markedSources = new HashMap<>();
    Segment.Builder target = null;
    List<String> mids = new ArrayList<>();
    List<Segment.Builder> marked = new ArrayList<>();
    while (true) {
      XmlScanner.Kind k = x.next();
      if (k == XmlScanner.Kind.END && x.depth() < depth) {
        break;
      }
      if (k == XmlScanner.Kind.EMPTY && x.depth() == depth && x.localName().equals("target")) {
        target = Segment.builder(unitId, XmlInline.ESCAPER).end(x.end());
      }
      if (k != XmlScanner.Kind.START) {
        continue;
      }
      switch (x.localName()) {
        case "source" -> {
          source = new XmlInline.Source();
          INLINE.read(x, source, null);
        }
        case "seg-source" -> INLINE.read(x, new XmlInline.Source(), m -> {
          String mid = segmentMarker(m);
          if (mid == null) {
            return false;
          }
          XmlInline.Source s = new XmlInline.Source();
          INLINE.read(m, s, null);
          markedSources.put(mid, s);
          return true;
        });
        case "target" -> {
          target = Segment.builder(unitId, XmlInline.ESCAPER);
          XmlInline inline = INLINE.spaceRuns(source != null && source.hasSpaceRuns());
          inline.read(x, target, m -> {
            String mid = segmentMarker(m);
            if (mid == null) {
              return false;
            }
            Segment.Builder b = Segment.builder(unitId + "/" + mid, XmlInline.ESCAPER);
            inline.read(m, b, null);
            mids.add(mid);
            marked.add(b);
            return true;
          });
        }
        default -> XmlInline.skip(x); // alt-trans, note, context-group: not the unit's target
      }
    }
    boolean runs = source != null && source.hasSpaceRuns();
    if (!marked.isEmpty()) {
      for (int i = 0; i < marked.size(); i++) {
        XmlInline.Source s = markedSources.get(mids.get(i));
        sink.segment(XmlInline.Source.into(marked.get(i), runs && s != null ? s.withSpaceRunCodes() : s).build());
      }
    } else if (target != null) {
      sink.segment(XmlInline.Source.into(target, runs ? source.withSpaceRunCodes() : source).build());
    }
  }

  /** The {@code mid} of a {@code <mrk mtype="seg">} start tag, or null for any other element. */
  private static String segmentMarker(XmlScanner x) {
    if (x.localName().equals("mrk") && "seg".equals(x.attribute("mtype"))) {
      String mid = x.attribute("mid");
      return mid == null ? "" : mid;
    }
    return null;
  }
}
