package org.mtclean.bitext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtclean.formats.Placeholders;
import org.mtclean.formats.Segment;
import org.mtclean.internal.Chars;

/**
 * {@code bitext.placeholder}: the inline codes or placeholders of the target differ from the
 * source's, in count or id. Inline codes of a segment are compared by id; in the text itself
 * (plain text, and text a format did not make codes of) placeholders ({@code %s}, {@code %1$d},
 * {@code {0}}, {@code %(name)s}) are compared as written and tags ({@code <b>}, {@code </a>},
 * {@code <br/>}) by name, so that a translated attribute does not count. One finding per target.
 * Stateless.
 */
final class PlaceholderCheck {
  static final String ID = "bitext.placeholder";

  private PlaceholderCheck() {}

  /**
   * Whether a code is compared: a comment (a note to translators) or a protected run of layout
   * spaces may differ between the languages.
   */
  private static boolean compared(Segment.Code c) {
    return !c.raw().isBlank() && !c.raw().startsWith("<!--");
  }

  /** Compares the inline codes of a segment and the placeholders and tags of its text. */
  static void check(List<Segment.Code> sourceCodes, List<Segment.Code> targetCodes, String source,
      Findings out) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> shown = new LinkedHashMap<>();
    for (Segment.Code c : sourceCodes) {
      if (compared(c)) {
        add(counts, shown, "code:" + key(c), c.raw(), 1);
      }
    }
    for (Segment.Code c : targetCodes) {
      if (compared(c)) {
        add(counts, shown, "code:" + key(c), c.raw(), -1);
      }
    }
    int[] firstExtra = {-1};
    scan(source, counts, shown, 1, null);
    scan(out.target(), counts, shown, -1, firstExtra);
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int d = e.getValue();
      String what = shown.get(e.getKey());
      if (d > 0) {
        missing.add(d == 1 ? what : d + " \u00D7 " + what);
      } else if (d < 0) {
        extra.add(-d == 1 ? what : -d + " \u00D7 " + what);
      }
    }
    if (missing.isEmpty() && extra.isEmpty()) {
      return;
    }
    StringBuilder m = new StringBuilder("inline codes or placeholders differ from the source:");
    if (!missing.isEmpty()) {
      m.append(" missing ").append(String.join(", ", missing));
    }
    if (!extra.isEmpty()) {
      m.append(missing.isEmpty() ? " " : "; ").append("extra ").append(String.join(", ", extra));
    }
    String target = out.target();
    int at = firstExtra[0] >= 0 ? firstExtra[0] : -1;
    if (at < 0 && !extra.isEmpty()) {
      at = firstExtraCode(sourceCodes, targetCodes, target);
    }
    int[] span = at >= 0 ? new int[] {at, at + 1} : new int[] {0, target.length()};
    if (at >= 0 && target.charAt(at) != Segment.CODE) {
      span[1] = at + tokenLength(target, at);
    }
    out.report(ID, span[0], span[1], m.toString());
  }

  /** Where the first target code stands that the source has fewer of, or -1. */
  private static int firstExtraCode(List<Segment.Code> sourceCodes, List<Segment.Code> targetCodes,
      String target) {
    Map<String, Integer> left = new HashMap<>();
    for (Segment.Code c : sourceCodes) {
      left.merge(key(c), 1, Integer::sum);
    }
    int at = -1;
    for (Segment.Code c : targetCodes) {
      at = target.indexOf(Segment.CODE, at + 1);
      if (at < 0) {
        return -1;
      }
      if (left.merge(key(c), -1, Integer::sum) < 0) {
        return at;
      }
    }
    return -1;
  }

  private static String key(Segment.Code c) {
    return c.id() == null || c.id().isEmpty() ? c.raw() : c.id();
  }

  private static void add(Map<String, Integer> counts, Map<String, String> shown, String key,
      String display, int delta) {
    counts.merge(key, delta, Integer::sum);
    shown.putIfAbsent(key, display);
  }

  /**
   * Counts the placeholders and tags of {@code text} with {@code delta}; records in
   * {@code firstExtra} where the first one lies whose key the source lacks.
   */
  private static void scan(String text, Map<String, Integer> counts, Map<String, String> shown,
      int delta, int[] firstExtra) {
    int i = 0;
    while (i < text.length()) {
      int len = tokenLength(text, i);
      if (len == 0) {
        i++;
        continue;
      }
      String raw = text.substring(i, i + len);
      String key = raw.charAt(0) == '<' ? "tag:" + tagKey(raw) : "ph:" + raw;
      add(counts, shown, key, raw.charAt(0) == '<' ? tagKey(raw) : raw, delta);
      if (firstExtra != null && firstExtra[0] < 0 && counts.get(key) < 0) {
        firstExtra[0] = i;
      }
      i += len;
    }
  }

  /** The length of a placeholder or tag at {@code i}, or 0. */
  static int tokenLength(String s, int i) {
    char c = s.charAt(i);
    if (c == '<') {
      return tagLength(s, i);
    }
    return c == '%' || c == '{' ? Placeholders.at(new CjkAsSpace(s), i) : 0;
  }

  /**
   * The text with each CJK letter read as a space: {@link Placeholders} takes a letter right
   * after {@code %d} for a word ({@code %do}), but in {@code 共%d个文件} it ends the placeholder.
   */
  private record CjkAsSpace(String s) implements CharSequence {
    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      char c = s.charAt(index);
      return c >= '\u2E80' && Chars.isCjkLetter(c) ? ' ' : c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CjkAsSpace(s.substring(start, end));
    }

    @Override
    public String toString() {
      return s;
    }
  }

  /** {@code <b>}, {@code </a>}, {@code <br/>}, {@code <a href="x">}: a letter after {@code <} or {@code </}, no {@code <} before {@code >}. */
  private static int tagLength(String s, int i) {
    int k = i + 1;
    if (k < s.length() && s.charAt(k) == '/') {
      k++;
    }
    if (k >= s.length() || !isAsciiLetter(s.charAt(k))) {
      return 0;
    }
    int limit = Math.min(s.length(), i + 300);
    for (int j = k; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '>') {
        return j + 1 - i;
      }
      if (c == '<' || c == '\n') {
        return 0;
      }
    }
    return 0;
  }

  /** {@code <a>}, {@code </a>}, {@code <br/>}: the tag without its attributes. */
  private static String tagKey(String raw) {
    int k = raw.charAt(1) == '/' ? 2 : 1;
    int j = k;
    while (j < raw.length() && (isAsciiLetter(raw.charAt(j)) || Character.isDigit(raw.charAt(j))
        || raw.charAt(j) == '-' || raw.charAt(j) == ':')) {
      j++;
    }
    String name = raw.substring(k, j).toLowerCase(java.util.Locale.ROOT);
    boolean selfClosing = raw.endsWith("/>");
    return "<" + (k == 2 ? "/" : "") + name + (selfClosing ? "/" : "") + ">";
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
