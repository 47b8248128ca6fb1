package org.mtclean.formats;

/** Front matter at the top of a Markdown file: a YAML block between {@code ---} lines, or TOML between {@code +++}. */
final class FrontMatter {
  private FrontMatter() {}

  /** The index just past the front matter that starts at {@code from} (its closing line included), or {@code from} when there is none. */
  static int end(String doc, int from) {
    String fence;
    if (doc.startsWith("---", from)) {
      fence = "---";
    } else if (doc.startsWith("+++", from)) {
      fence = "+++";
    } else {
      return from;
    }
    int line = nextLine(doc, from, fence);
    if (line < 0) {
      return from;
    }
    while (line < doc.length()) {
      int next = nextLine(doc, line, fence);
      if (next >= 0 || (fence.equals("---") && (next = nextLine(doc, line, "...")) >= 0)) {
        return next;
      }
      line = lineEnd(doc, line);
    }
    return from; // never closed: a thematic break, not front matter
  }

  /**
   * The language the front matter {@code [from, end)} names in a top-level {@code lang},
   * {@code language} or {@code locale} key ({@code lang: zh-CN}, {@code lang = "fr"}), or null.
   */
  static String language(String doc, int from, int end) {
    int line = from;
    while (line < end) {
      int next = Math.min(lineEnd(doc, line), end);
      for (String key : KEYS) {
        if (doc.startsWith(key, line)) {
          int k = line + key.length();
          while (k < next && (doc.charAt(k) == ' ' || doc.charAt(k) == '\t')) {
            k++;
          }
          if (k < next && (doc.charAt(k) == ':' || doc.charAt(k) == '=')) {
            String value = unquoted(doc.substring(k + 1, next));
            if (!value.isEmpty()) {
              return value;
            }
          }
        }
      }
      line = next;
    }
    return null;
  }

  private static final String[] KEYS = {"lang", "language", "locale"};

  /** A scalar value without its comment and quotes: {@code "zh-CN" # main} gives {@code zh-CN}. */
  private static String unquoted(String raw) {
    String v = raw.trim();
    int hash = v.indexOf(" #");
    if (hash >= 0) {
      v = v.substring(0, hash).trim();
    }
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
      v = v.substring(1, v.length() - 1).trim();
    }
    return v;
  }

  /** If the line at {@code at} is {@code fence} (trailing spaces allowed), the start of the next line; else -1. */
  private static int nextLine(String doc, int at, String fence) {
    if (!doc.startsWith(fence, at)) {
      return -1;
    }
    int k = at + fence.length();
    while (k < doc.length() && (doc.charAt(k) == ' ' || doc.charAt(k) == '\t')) {
      k++;
    }
    if (k == doc.length()) {
      return k;
    }
    char c = doc.charAt(k);
    if (c != '\n' && c != '\r') {
      return -1;
    }
    return lineEnd(doc, at);
  }

  /** The start of the line after the one at {@code at}. */
  private static int lineEnd(String doc, int at) {
    int k = at;
    while (k < doc.length() && doc.charAt(k) != '\n' && doc.charAt(k) != '\r') {
      k++;
    }
    if (k < doc.length() && doc.charAt(k) == '\r') {
      k++;
      if (k < doc.length() && doc.charAt(k) == '\n') {
        k++;
      }
    } else if (k < doc.length()) {
      k++;
    }
    return k;
  }
}
