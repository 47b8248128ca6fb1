package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * TMX translation memories: the {@code seg} of each {@code tuv} in English ({@code xml:lang},
 * or {@code lang} in TMX 1.1) is a segment, named by its {@code tu}'s {@code tuid} or else the
 * 1-based number of the {@code tu}. Its source is the {@code tuv} in the header's
 * {@code srclang}, or else the first one not in English. A memory whose {@code srclang} is
 * English holds English sources, not translations, and is left alone, as is one with no English
 * {@code tuv}. Inline {@code hi} tags are codes around text; {@code bpt}, {@code ept}, {@code ph},
 * {@code it} and {@code ut} are codes with their content.
 */
public final class TmxFormat implements Format {
  static final XmlInline INLINE = new XmlInline(Set.of("hi"), "x", "i");

  @Override
  public String name() {
    return "tmx";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("tmx");
  }

  @Override
  public void scan(RawText raw, SegmentSink sink) throws IOException {
    XmlScanner x = new XmlScanner(raw, "TMX");
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.START && k != XmlScanner.Kind.EMPTY) {
      // the declaration, a DOCTYPE, comments before the root
    }
    if (!x.localName().equals("tmx")) {
      throw x.malformed(x.start(), "the root element is <" + x.name() + ">, not <tmx>");
    }
    if (k == XmlScanner.Kind.EMPTY) {
      return;
    }
    String srclang = null;
    int units = 0;
    boolean english = false;
    Set<String> languages = new TreeSet<>();
    while ((k = x.next()) != XmlScanner.Kind.EOF) {
      x.release();
      if (k != XmlScanner.Kind.START && k != XmlScanner.Kind.EMPTY) {
        continue;
      }
      String name = x.localName();
      if (name.equals("header")) {
        srclang = x.attribute("srclang");
        if (srclang != null && !srclang.equalsIgnoreCase("*all*") && SegmentSink.isEnglish(srclang)) {
          sink.notice("source language is " + srclang + ": the English text is the source; left alone");
          return;
        }
      } else if (name.equals("tu") && k == XmlScanner.Kind.START) {
        units++;
        String tuid = x.attribute("tuid");
        english |= unit(x, tuid == null ? String.valueOf(units) : tuid, srclang, sink, languages);
      }
    }
    if (!english && units > 0) {
      sink.notice("no text in English (languages: " + String.join(", ", languages) + "); left alone");
    }
  }

  /** One tu; returns whether it had a tuv in English. */
  private static boolean unit(XmlScanner x, String id, String srclang, SegmentSink sink, Set<String> languages)
      throws IOException {
    int depth = x.depth();
    List<Segment.Builder> targets = new ArrayList<>();
    XmlInline.Source source = null;
    boolean sourceFromHeader = false;
    String lang = null;
    XmlScanner.Kind k;
    while ((k = x.next()) != XmlScanner.Kind.END || x.depth() >= depth) {
      if (k == XmlScanner.Kind.EMPTY && x.localName().equals("seg") && lang != null && SegmentSink.isEnglish(lang)) {
        targets.add(Segment.builder(id, XmlInline.ESCAPER).end(x.end())); // an empty target, for the checks
      }
      if (k != XmlScanner.Kind.START) {
        continue;
      }
      String name = x.localName();
      if (name.equals("tuv")) {
        lang = x.attribute("xml:lang");
        lang = lang != null ? lang : x.attribute("lang");
        if (lang != null) {
          languages.add(lang);
        }
      } else if (name.equals("seg")) {
        if (lang != null && SegmentSink.isEnglish(lang)) {
          Segment.Builder b = Segment.builder(id, XmlInline.ESCAPER);
          INLINE.read(x, b, null);
          targets.add(b);
        } else if (!sourceFromHeader && (source == null || lang != null && lang.equalsIgnoreCase(srclang))) {
          source = new XmlInline.Source();
          INLINE.read(x, source, null);
          sourceFromHeader = lang != null && lang.equalsIgnoreCase(srclang);
        } else {
          XmlInline.skip(x);
        }
      } else {
        XmlInline.skip(x); // note, prop
      }
    }
    for (Segment.Builder t : targets) {
      sink.segment(XmlInline.Source.into(t, source).build());
    }
    return !targets.isEmpty();
  }
}
