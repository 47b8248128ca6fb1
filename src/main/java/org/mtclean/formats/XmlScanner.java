package org.mtclean.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming XML scanner over a {@link RawText} that reports every token with its offsets in the
 * file, so that a format can edit text in place. It checks well-formedness as it goes (tags that
 * do not match or are not closed, attribute syntax, entities, a bare {@code <} in text, text or a
 * second element after the root) and throws a {@link MalformedFileException} with line and column.
 *
 * <p>Text comes as {@link Kind#TEXT} runs of chars that stand in the file as they are, and one
 * {@link Kind#ENTITY} per entity or character reference, decoded. The XML declaration and a
 * DOCTYPE are passed over; entities a DOCTYPE declares are not known. The declared encoding is
 * ignored: the chars are already decoded. Not thread-safe; one scanner per file.
 */
public final class XmlScanner {
  /** The kinds of token. */
  public enum Kind { START, EMPTY, END, TEXT, ENTITY, CDATA, COMMENT, PI, EOF }

  private static final long RELEASE_AFTER = 1 << 20;

  private final RawText raw;
  private final String format;
  private long pos;
  private Kind kind;
  private long start;
  private long end;
  private String name;
  private String decoded;
  private final List<String> attrNames = new ArrayList<>();
  private final List<String> attrValues = new ArrayList<>();
  private final List<String> open = new ArrayList<>();
  private boolean rootSeen;

  /** A scanner of {@code raw}; {@code format} names the format in error messages ("XLIFF"). */
  public XmlScanner(RawText raw, String format) {
    this.raw = raw;
    this.format = format;
  }

  /** Reads the next token and returns its kind; {@link Kind#EOF} at the end, again and again. */
  public Kind next() throws IOException {
    attrNames.clear();
    attrValues.clear();
    name = null;
    decoded = null;
    start = pos;
    int c = raw.charAt(pos);
    if (c < 0) {
      if (!open.isEmpty()) {
        throw malformed(pos, "the file ends inside <" + open.get(open.size() - 1) + ">, which is not closed");
      }
      if (!rootSeen) {
        throw malformed(pos, "no root element");
      }
      end = pos;
      return kind = Kind.EOF;
    }
    if (c == '<') {
      return kind = markup();
    }
    if (c == '&') {
      if (open.isEmpty()) {
        throw malformed(pos, outsideRoot());
      }
      decoded = reference(pos);
      end = pos;
      return kind = Kind.ENTITY;
    }
    long p = pos;
    if (open.isEmpty()) {
      while (c >= 0 && c != '<' && c != '&') {
        if (!XmlChars.isSpace(c) && !(c == '\uFEFF' && p == 0)) {
          throw malformed(p, outsideRoot());
        }
        c = raw.charAt(++p);
      }
    } else {
      p = raw.indexOfEither(p, '<', '&');
    }
    pos = end = p;
    return kind = Kind.TEXT;
  }

  public Kind kind() {
    return kind;
  }

  /** Offset of the token's first char. */
  public long start() {
    return start;
  }

  /** Offset just after the token. */
  public long end() {
    return end;
  }

  /** The element name of a START, EMPTY or END token, as written (with its prefix). */
  public String name() {
    return name;
  }

  /** The element name without its namespace prefix. */
  public String localName() {
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  /** The decoded value of the attribute {@code qname} (as written, prefix included) of a start tag, or null. */
  public String attribute(String qname) {
    for (int k = 0; k < attrNames.size(); k++) {
      if (attrNames.get(k).equals(qname)) {
        return attrValues.get(k);
      }
    }
    return null;
  }

  /** The number of elements open after this token: a START counts itself, an END does not. */
  public int depth() {
    return open.size();
  }

  /**
   * The token's text: a TEXT run as it stands, an ENTITY decoded, the content of a CDATA section
   * or a comment, the whole of a PI.
   */
  public String text() throws IOException {
    return switch (kind) {
      case TEXT, PI -> raw.slice(start, end);
      case ENTITY -> decoded;
      case CDATA -> raw.slice(start + 9, end - 3);
      case COMMENT -> raw.slice(start + 4, end - 3);
      default -> "";
    };
  }

  /** The token as it stands in the file. */
  public String raw() throws IOException {
    return raw.slice(start, end);
  }

  /** The file's text of {@code [from, to)}, which must not have been written yet. */
  public String slice(long from, long to) throws IOException {
    return raw.slice(from, to);
  }

  /**
   * Writes the file before this token through unchanged when more than a megabyte of it is held,
   * so that long stretches without segments (a file in another language) do not fill memory. Call
   * it only when no segment is being built.
   */
  public void release() throws IOException {
    if (start - raw.written() > RELEASE_AFTER) {
      raw.copyTo(start);
    }
  }

  /** An exception for malformed input at {@code offset}, with its line and column. */
  public MalformedFileException malformed(long offset, String message) throws IOException {
    return MalformedFileException.at(raw, offset, format, message);
  }

  private String outsideRoot() {
    return rootSeen ? "text after the root element" : "text before the root element";
  }

  private Kind markup() throws IOException {
    long p = pos + 1;
    int c = raw.charAt(p);
    if (c == '?') {
      long close = find(p + 1, "?>", "a processing instruction");
      pos = end = close + 2;
      if (start == 0 || start == 1 && raw.charAt(0) == '\uFEFF') {
        if (raw.startsWith(start, "<?xml") && XmlChars.isSpace(raw.charAt(start + 5))) {
          return next(); // the XML declaration
        }
      }
      return Kind.PI;
    }
    if (c == '!') {
      if (raw.startsWith(p, "!--")) {
        pos = end = find(p + 3, "-->", "a comment") + 3;
        return Kind.COMMENT;
      }
      if (raw.startsWith(p, "![CDATA[")) {
        if (open.isEmpty()) {
          throw malformed(start, "a CDATA section outside the root element");
        }
        pos = end = find(p + 8, "]]>", "a CDATA section") + 3;
        return Kind.CDATA;
      }
      if (raw.startsWith(p, "!DOCTYPE") && !rootSeen) {
        pos = doctypeEnd(p + 8);
        return next();
      }
      throw malformed(start, "'<!' starts no comment, CDATA section or DOCTYPE");
    }
    if (c == '/') {
      return endTag(p + 1);
    }
    if (XmlChars.isNameStart(c)) {
      return startTag(p);
    }
    throw malformed(start, "'<' in text (write it as &lt;)");
  }

  private Kind endTag(long p) throws IOException {
    long nameEnd = nameEnd(p, "an end tag");
    name = raw.slice(p, nameEnd);
    long q = skipSpace(nameEnd);
    if (raw.charAt(q) != '>') {
      throw malformed(q, raw.charAt(q) < 0 ? "the file ends inside a tag" : "'>' expected to end </" + name + ">");
    }
    if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
      throw malformed(start, open.isEmpty() ? "</" + name + "> closes no element"
          : "</" + name + "> does not close <" + open.get(open.size() - 1) + ">");
    }
    open.remove(open.size() - 1);
    pos = end = q + 1;
    return Kind.END;
  }

  private Kind startTag(long p) throws IOException {
    if (open.isEmpty() && rootSeen) {
      throw malformed(start, "a second element after the root element");
    }
    long q = nameEnd(p, "a tag");
    name = raw.slice(p, q);
    while (true) {
      long afterSpace = skipSpace(q);
      int c = raw.charAt(afterSpace);
      if (c == '>' || c == '/') {
        if (c == '/' && raw.charAt(afterSpace + 1) != '>') {
          throw malformed(afterSpace, raw.charAt(afterSpace + 1) < 0 ? "the file ends inside a tag" : "'>' expected after '/'");
        }
        pos = end = afterSpace + (c == '/' ? 2 : 1);
        rootSeen = true;
        if (c == '/') {
          return Kind.EMPTY;
        }
        open.add(name);
        return Kind.START;
      }
      if (c < 0) {
        throw malformed(afterSpace, "the file ends inside a tag");
      }
      if (afterSpace == q || !XmlChars.isNameStart(c)) {
        throw malformed(afterSpace, "an attribute name, '>' or '/>' expected in <" + name + ">");
      }
      q = attribute(afterSpace);
    }
  }

  /** Reads one attribute at {@code p}; returns the offset after its closing quote. */
  private long attribute(long p) throws IOException {
    long q = nameEnd(p, "a tag");
    String attr = raw.slice(p, q);
    q = skipSpace(q);
    if (raw.charAt(q) != '=') {
      throw malformed(q, "'=' expected after the attribute " + attr);
    }
    q = skipSpace(q + 1);
    int quote = raw.charAt(q);
    if (quote != '"' && quote != '\'') {
      throw malformed(q, "the value of " + attr + " must be quoted");
    }
    long from = ++q;
    StringBuilder value = null;
    long plainFrom = from;
    int c;
    while ((c = raw.charAt(q)) != quote) {
      if (c < 0) {
        throw malformed(q, "the file ends inside a tag");
      }
      if (c == '<') {
        throw malformed(q, "'<' in the value of " + attr);
      }
      if (c == '&') {
        if (value == null) {
          value = new StringBuilder();
        }
        value.append(raw.slice(plainFrom, q));
        long refStart = q;
        pos = q;
        value.append(reference(refStart));
        q = plainFrom = pos;
      } else {
        q++;
      }
    }
    String v = value == null ? raw.slice(from, q) : value.append(raw.slice(plainFrom, q)).toString();
    if (attrNames.contains(attr)) {
      throw malformed(p, "the attribute " + attr + " is repeated");
    }
    attrNames.add(attr);
    attrValues.add(v);
    return q + 1;
  }

  /** Decodes the entity or character reference at {@code p} and moves {@link #pos} past it. */
  private String reference(long p) throws IOException {
    long q = p + 1;
    int c;
    while ((c = raw.charAt(q)) >= 0 && c != ';' && q - p < 12 && (XmlChars.isNameChar(c) || c == '#')) {
      q++;
    }
    if (c != ';') {
      throw malformed(p, "'&' starts no entity (write it as &amp;)");
    }
    String ref = raw.slice(p + 1, q);
    pos = q + 1;
    String decoded = XmlChars.decode(ref);
    if (decoded != null) {
      return decoded;
    }
    throw malformed(p, ref.startsWith("#") ? "&" + ref + "; is no character" : "unknown entity &" + ref + ";");
  }

  private long doctypeEnd(long p) throws IOException {
    int quote = 0;
    int depth = 0;
    for (long q = p; ; q++) {
      int c = raw.charAt(q);
      if (c < 0) {
        throw malformed(q, "the file ends inside the DOCTYPE");
      }
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return q + 1;
      }
    }
  }

  private long find(long from, String close, String what) throws IOException {
    char first = close.charAt(0);
    for (long q = from; ; q++) {
      int c = raw.charAt(q);
      if (c < 0) {
        throw malformed(q, "the file ends inside " + what);
      }
      if (c == first && raw.startsWith(q, close)) {
        return q;
      }
    }
  }

  private long nameEnd(long p, String where) throws IOException {
    int c = raw.charAt(p);
    if (!XmlChars.isNameStart(c)) {
      throw malformed(p, c < 0 ? "the file ends inside " + where : "a name expected in " + where);
    }
    long q = p + 1;
    while (XmlChars.isNameChar(raw.charAt(q))) {
      q++;
    }
    return q;
  }

  private long skipSpace(long p) throws IOException {
    while (XmlChars.isSpace(raw.charAt(p))) {
      p++;
    }
    return p;
  }
}
