package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The jsoup side of {@link HtmlFormat}: parses the page with source positions, walks the tree
 * and hands over one segment per run of text between block boundaries. Loaded only when jsoup
 * is on the class path.
 */
final class HtmlScanner implements NodeFilter {
  /** Elements inside a sentence: their tags are inline codes. */
  private static final Set<String> INLINE = Set.of(
      "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "br", "button", "cite", "data",
      "del", "dfn", "em", "font", "i", "img", "input", "ins", "label", "mark", "meter", "nobr",
      "output", "picture", "progress", "q", "rp", "rt", "ruby", "s", "small", "source", "span",
      "strike", "strong", "sub", "sup", "time", "tt", "u", "wbr");
  /** Never cleaned; inside a sentence the whole element is one inline code. */
  private static final Set<String> SKIPPED_INLINE = Set.of(
      "code", "kbd", "samp", "var", "script", "style", "svg", "math", "iframe", "object", "embed");
  /** Never cleaned, and a block boundary. */
  private static final Set<String> SKIPPED_BLOCK = Set.of(
      "pre", "textarea", "listing", "xmp", "plaintext", "template");

  private record Frame(boolean english, boolean block, Element owner) {}

  private final String doc;
  private final String body; // the document without a byte order mark
  private final int base;
  private final SegmentSink sink;
  private final SegmentAssembly assembly;
  private final WholeDocument.Lines lines;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final List<Segment> segments = new ArrayList<>();
  private final Set<Integer> elementStarts = new HashSet<>();

  private HtmlScanner(String doc, int base, SegmentSink sink) {
    this.doc = doc;
    this.body = doc.substring(base);
    this.base = base;
    this.sink = sink;
    this.assembly = new SegmentAssembly(body, base, HtmlFormat.ESCAPER, false);
    this.lines = new WholeDocument.Lines(doc);
  }

  static void scan(String doc, SegmentSink sink) throws IOException {
    int base = doc.startsWith("\uFEFF") ? 1 : 0;
    HtmlScanner s = new HtmlScanner(doc, base, sink);
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    org.jsoup.nodes.Document page = parser.parseInput(s.body, "");
    s.frames.push(new Frame(true, true, null));
    NodeTraversor.filter(s, page);
    s.flush();
    s.segments.sort(Comparator.comparingLong(Segment::rawStart));
    long end = 0;
    for (Segment seg : s.segments) {
      if (seg.rawStart() >= end) {
        sink.segment(seg);
        end = seg.rawEnd();
      }
    }
  }

  @Override
  public FilterResult head(Node node, int depth) {
    Frame parent = frames.peek();
    keepSourceOrder(node);
    if (node instanceof Element e) {
      String name = e.normalName();
      boolean english = parent.english;
      String lang = e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang");
      if (!lang.isBlank()) {
        english = SegmentSink.isEnglish(lang);
        if (!english && name.equals("html")) {
          sink.notice("the page is in language \"" + lang.trim()
              + "\": only its parts marked as English are cleaned");
        }
      }
      boolean inline = INLINE.contains(name) || SKIPPED_INLINE.contains(name);
      if (SKIPPED_INLINE.contains(name) || SKIPPED_BLOCK.contains(name)
          || e.attr("translate").trim().equalsIgnoreCase("no")) {
        if (!inline) {
          flush();
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (!inline) {
        flush();
      }
      frames.push(new Frame(english, !inline, inline ? parent.owner : e));
    } else if (node instanceof TextNode t && !(node instanceof CDataNode) && parent.english) {
      Range r = t.sourceRange();
      if (r.isTracked()) {
        TemplateSpans.addText(assembly, body, r.startPos(), r.endPos(), t.getWholeText(), false);
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element) {
      if (frames.peek().block) {
        flush();
      }
      frames.pop();
    }
    return FilterResult.CONTINUE;
  }

  /**
   * The tree is in source order except where the parser moved misplaced text (text inside a
   * table but outside its cells goes before the table). A node that starts before the text
   * collected so far ends takes that text back, which is then not cleaned. Formatting elements
   * that the parser reopens after a misnested end tag keep their first position: not a move.
   */
  private void keepSourceOrder(Node node) {
    Range r = node.sourceRange();
    if (!r.isTracked() || r.isImplicit()) {
      return;
    }
    boolean reopened = node instanceof Element && !elementStarts.add(r.startPos());
    if (!reopened && r.startPos() < assembly.end()) {
      assembly.truncate(r.startPos());
    }
  }

  private void flush() {
    if (assembly.isEmpty()) {
      return;
    }
    Element owner = frames.peek().owner;
    Segment seg = assembly.build(start -> {
      // the line of the owner's start tag when it is in the file, else where the text starts
      Range r = owner == null ? null : owner.sourceRange();
      long at = r != null && r.isTracked() && !r.isImplicit() ? base + r.startPos() : start;
      return (owner == null ? "text" : owner.normalName()) + " at line " + lines.lineOf((int) at);
    });
    if (seg != null) {
      segments.add(seg);
    }
  }
}
