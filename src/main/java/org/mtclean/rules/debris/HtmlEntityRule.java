package org.mtclean.rules.debris;

import java.util.Map;
import org.mtclean.DocumentMemory;
import org.mtclean.Options;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Raw;
import org.mtclean.rules.AbstractRule;

/**
 * {@code chars.entities}: HTML character references left in plain text become the character:
 * {@code &quot;} and {@code & quot;} -> {@code "}, {@code &amp;} -> {@code &}, {@code &#39;} ->
 * {@code '}, {@code &nbsp;} -> a space. A paragraph that holds an HTML tag ({@code <p>},
 * {@code </b>}, {@code <br/>}) is HTML, where references are right, and is left alone; so is a
 * protected span such as a URL ({@code ?a=1&amp;b=2}). A double-escaped {@code &amp;quot;} becomes
 * {@code "} in one step.
 */
public final class HtmlEntityRule extends AbstractRule {
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("quot", "\""), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("mdash", "\u2014"),
      Map.entry("ndash", "\u2013"), Map.entry("hellip", "..."), Map.entry("lsquo", "\u2018"),
      Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
      Map.entry("middot", "\u00B7"), Map.entry("deg", "\u00B0"), Map.entry("copy", "\u00A9"),
      Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"), Map.entry("times", "\u00D7"),
      Map.entry("yen", "\u00A5"), Map.entry("euro", "\u20AC"), Map.entry("pound", "\u00A3"));

  public HtmlEntityRule() {
    super("chars.entities", RuleKind.SAFE,
        "HTML character references in plain text to characters: &quot; & quot; -> \", &amp; -> &,"
            + " &#39; -> ' (not in a paragraph with HTML tags, nor in a URL)", Options.KEEP_NBSP);
  }

  // a reference starts with & (and ends with ;, which apply looks for)
  @Override
  public Wakes wakes() {
    return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith("&");
  }

  @Override
  public DocumentMemory memory() {
    return DocumentMemory.NONE;
  }

  @Override
  public void apply(RuleContext ctx) {
    if (!ctx.mayContain('&') || !ctx.mayContain(';')) {
      return;
    }
    char[] s = Raw.chars(ctx);
    int n = ctx.length();
    if (ctx.mayContain('<') && hasTag(s, n)) {
      return;
    }
    boolean keepNbsp = ctx.option(Options.KEEP_NBSP);
    int[] marks = Raw.marks(ctx);
    int resume = 0;
    for (int k = 0, i; (i = marks[k]) < n; k++) {
      if (s[i] != '&' || i < resume) {
        continue;
      }
      int end = referenceEnd(s, n, i);
      String value = end < 0 ? null : decode(s, i, end);
      // &amp;quot;, &amp;amp;#39;: a reference escaped again is undone in one step
      while ("&".equals(value) && end < n) {
        int inner = nameEnd(s, n, end);
        String v = inner < 0 ? null : decodeName(s, end, inner - 1);
        if (v == null) {
          break;
        }
        value = v;
        end = inner;
      }
      if (value == null || ctx.isProtected(i, end)) {
        continue;
      }
      if (value.equals("\u00A0") && !keepNbsp) {
        value = " ";
      }
      ctx.replace(i, end, value, "HTML character reference to the character");
      resume = end;
    }
  }

  /** End (after the ;) of a reference whose & is at {@code amp}, or -1; one space may follow the &. */
  private static int referenceEnd(char[] s, int n, int amp) {
    int i = amp + 1;
    if (i < n && s[i] == ' ') {
      i++;
    }
    return nameEnd(s, n, i);
  }

  /** End (after the ;) of a reference name ({@code quot;}, {@code #39;}) at {@code start}, or -1. */
  private static int nameEnd(char[] s, int n, int start) {
    int i = start;
    if (i < n && s[i] == '#') {
      i++;
      if (i < n && (s[i] == 'x' || s[i] == 'X')) {
        i++;
        while (i < n && (Scan.digit(s[i]) || (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f')) {
          i++;
        }
      } else {
        i = Scan.digitsEnd(s, n, i);
      }
      if (i - start < 2 || (s[i - 1] | 0x20) == 'x') {
        return -1;
      }
    } else {
      i = Scan.lettersEnd(s, n, i);
    }
    if (i == start || i - start > 8 || i >= n || s[i] != ';') {
      return -1;
    }
    return i + 1;
  }

  private static String decode(char[] s, int amp, int end) {
    int name = amp + 1;
    boolean spaced = s[name] == ' ';
    if (spaced) {
      name++;
    }
    String v = decodeName(s, name, end - 1);
    // & quot; with a space: only the references MT splits, not an "& co;" in prose
    if (spaced && v != null && !(v.equals("\"") || v.equals("&") || v.equals("'") || v.equals("\u00A0")
        || v.equals("<") || v.equals(">"))) {
      return null;
    }
    return v;
  }

  /** The character of the reference name in {@code [from, to)} (to at the ;), or null. */
  private static String decodeName(char[] s, int from, int to) {
    if (s[from] == '#') {
      boolean hex = from + 1 < to && (s[from + 1] | 0x20) == 'x';
      int cp = 0;
      for (int i = from + (hex ? 2 : 1); i < to; i++) {
        int d = Character.digit(s[i], hex ? 16 : 10);
        cp = cp * (hex ? 16 : 10) + d;
        if (cp > 0x10FFFF) {
          return null;
        }
      }
      if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xD800 && cp < 0xE000)) {
        return null;
      }
      return cp == 0xA0 ? "\u00A0" : new String(Character.toChars(cp));
    }
    return NAMED.get(new String(s, from, to - from));
  }

  /** {@code <p>}, {@code </b>}, {@code <br/>}, {@code <a href=...>}, {@code <!-- }: the text is HTML. */
  private static boolean hasTag(char[] s, int n) {
    for (int i = 0; i + 2 < n; i++) {
      if (s[i] != '<') {
        continue;
      }
      char c = s[i + 1];
      if (c == '/' || c == '!' || Scan.letter(c)) {
        int j = i + 1;
        while (j < n && s[j] != '>' && s[j] != '<' && s[j] != '\n') {
          j++;
        }
        if (j < n && s[j] == '>') {
          return true;
        }
      }
    }
    return false;
  }
}
