package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark-java side of {@link MarkdownFormat}: parses the document with source spans and
 * hands over one segment per paragraph, heading or table cell. Loaded only when the library is
 * on the class path.
 */
final class MarkdownScanner {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  private MarkdownScanner() {}

  static void scan(String doc, SegmentSink sink) throws IOException {
    int top = doc.startsWith("\uFEFF") ? 1 : 0;
    int start = FrontMatter.end(doc, top);
    String language = FrontMatter.language(doc, top, start);
    if (language != null && !SegmentSink.isEnglish(language)) {
      sink.notice("the front matter gives the language \"" + language + "\": the file is left as it is");
      return;
    }
    String body = doc.substring(start);
    Node root = PARSER.parse(body);
    WholeDocument.Lines lines = new WholeDocument.Lines(doc);
    SegmentAssembly assembly = new SegmentAssembly(body, start, MarkdownFormat.ESCAPER, true);
    Deque<Node> blocks = new ArrayDeque<>();
    blocks.push(root);
    while (!blocks.isEmpty()) {
      Node block = blocks.pop();
      if (block instanceof Paragraph || block instanceof Heading || block instanceof TableCell) {
        List<SourceSpan> spans = block.getSourceSpans();
        int at = spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
        if (block instanceof Paragraph && TemplateSpans.isMathBlock(body, at)) {
          continue;
        }
        collect(block, body, assembly);
        String id = "line " + lines.lineOf(start + at);
        Segment s = assembly.build(offset -> id);
        if (s != null) {
          sink.segment(s);
        }
      } else if (hasBlockChildren(block)) {
        pushChildren(block, blocks);
      }
      // code blocks, HTML blocks, thematic breaks, link reference definitions, math blocks:
      // never touched
    }
  }

  /** Whether {@code block} holds blocks whose prose is cleaned: documents, quotes, lists, tables. */
  private static boolean hasBlockChildren(Node block) {
    return block instanceof org.commonmark.node.Document
        || block instanceof org.commonmark.node.BlockQuote
        || block instanceof org.commonmark.node.ListBlock
        || block instanceof org.commonmark.node.ListItem
        || block.getClass().getName().startsWith("org.commonmark.ext.gfm.tables.Table");
  }

  /** Adds the text nodes of a leaf block, in order, to {@code assembly}. */
  private static void collect(Node leaf, String body, SegmentAssembly assembly) {
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(leaf, stack);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof Text t) {
        List<SourceSpan> spans = t.getSourceSpans();
        if (spans.size() == 1) {
          int from = spans.get(0).getInputIndex();
          int to = from + spans.get(0).getLength();
          String literal = t.getLiteral();
          int box = t.getParent() == leaf && t.getPrevious() == null && isListItemStart(leaf) ? taskBox(literal) : 0;
          if (box > 0 && body.startsWith(literal.substring(0, box), from)) {
            from += box; // a task list item's [ ] or [x]: its markup, not text
            literal = literal.substring(box);
          }
          if (from >= assembly.end()) {
            TemplateSpans.addText(assembly, body, from, to, literal, true);
          }
        }
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        assembly.lineBreak();
      } else if (n instanceof Image || n instanceof Code || n instanceof HtmlInline || isAutolink(n, body)) {
        continue; // inline codes: they stay in the gap between text nodes
      } else {
        pushChildren(n, stack);
      }
    }
  }

  private static boolean isListItemStart(Node leaf) {
    return leaf instanceof Paragraph && leaf.getParent() instanceof org.commonmark.node.ListItem
        && leaf.getPrevious() == null;
  }

  /** The length of a task box ({@code [ ]}, {@code [x]}) that starts {@code s}, or 0. */
  private static int taskBox(String s) {
    boolean box = s.length() >= 3 && s.charAt(0) == '[' && s.charAt(2) == ']'
        && (s.charAt(1) == ' ' || s.charAt(1) == 'x' || s.charAt(1) == 'X');
    return box && (s.length() == 3 || s.charAt(3) == ' ' || s.charAt(3) == '\t') ? 3 : 0;
  }

  private static boolean isAutolink(Node n, String body) {
    if (!(n instanceof Link)) {
      return false;
    }
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty() || body.charAt(spans.get(0).getInputIndex()) == '<';
  }

  /** Pushes the children of {@code n} so that the first is popped first. */
  private static void pushChildren(Node n, Deque<Node> stack) {
    for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
      stack.push(c);
    }
  }
}
