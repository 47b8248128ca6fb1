package org.mtclean.rules;

import org.mtclean.DocumentMemory;
import org.mtclean.Options;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.internal.Raw;

/** Characters and width: invisible characters, full-width forms, wide spaces. */
public final class CharacterRules {
  private CharacterRules() {}

  /** One char for each block that {@code chars.invisible} removes from (see RuleContext#mayContain). */
  private static final String INVISIBLE_PROBES = invisibleProbes();

  private static String invisibleProbes() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n') {
        b.append(c);
      }
    }
    return b.append("\u007F\u0080\u200B\u2060\uFEFF").toString();
  }

  /** {@code chars.invisible}: zero-width characters and control characters are removed. */
  public static final class Invisible extends AbstractRule {
    public Invisible() {
      super("chars.invisible", RuleKind.SAFE,
          "remove zero-width characters (U+200B, U+2060, U+FEFF) and control characters");
    }

    // it looks for invisible chars only, never at plain spaces or the case of letters
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptSpacing().exceptCase().onlyWith(INVISIBLE_PROBES);
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      int[] marks = Raw.marks(ctx);
      for (int k = 0, start; (start = marks[k]) < n; k++) {
        if (!removable(s[start]) || (start > 0 && removable(s[start - 1]))) {
          continue;
        }
        int i = start;
        while (i < n && removable(s[i])) {
          i++;
        }
        ctx.replace(start, i, "", "removed invisible or control characters");
      }
    }

    private static boolean removable(char c) {
      if (c < 0x20) {
        return c != '\t' && c != '\n';
      }
      if (c < 0x7F) {
        return false;
      }
      return c <= 0x9F || c == 0x200B || c == 0x2060 || c == 0xFEFF;
    }
  }

  /** {@code chars.fullwidth}: full-width letters, digits and symbols become ASCII. */
  public static final class FullWidth extends AbstractRule {
    public FullWidth() {
      super("chars.fullwidth", RuleKind.SAFE,
          "full-width ASCII forms (U+FF01-U+FF5E) become ASCII: \uFF12\uFF10\uFF12\uFF12 -> 2022;"
              + " full-width currency signs become narrow ones: \uFFE5500 -> \u00A5500");
    }

    // it looks for full-width forms only, never at plain spaces or the case of letters; the chars
    // it declares stand for their blocks of full-width forms (see CharPresence), which hold the
    // Chinese punctuation it leaves to punct.cjk apart
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptSpacing().exceptCase().onlyWith("\uFF10\uFF21\uFF41\uFFE5");
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      int[] marks = Raw.marks(ctx);
      for (int k = 0, start; (start = marks[k]) < n; k++) {
        if (!convertible(s[start]) || (start > 0 && convertible(s[start - 1]))) {
          continue;
        }
        int i = start;
        StringBuilder b = new StringBuilder();
        while (i < n && convertible(s[i])) {
          b.append(narrow(s[i]));
          i++;
        }
        boolean ascii = true;
        for (int c = 0; c < b.length(); c++) {
          ascii &= b.charAt(c) < 0x80;
        }
        ctx.replace(start, i, b.toString(), ascii ? "full-width characters to ASCII" : "full-width characters to narrow ones");
      }
    }

    /** Full-width forms, except the punctuation that {@code punct.cjk} converts in context. */
    static boolean convertible(char c) {
      if (c < 0xFF01 || c > 0xFF5E) { // one compare for ASCII text
        return c >= 0xFFE0 && c <= 0xFFE6; // the signs: cent, pound, not, macron, broken bar, yen, won
      }
      return switch (c) {
        case '\uFF01', '\uFF0C', '\uFF0E', '\uFF1A', '\uFF1B', '\uFF1F', '\uFF08', '\uFF09',
            '\uFF5E' -> false;
        default -> true;
      };
    }
  }

  /** The narrow form of a {@link FullWidth#convertible} char. */
  private static char narrow(char c) {
    return c <= 0xFF5E ? (char) (c - 0xFEE0) : NARROW_SIGNS.charAt(c - 0xFFE0);
  }

  private static final String NARROW_SIGNS = "\u00A2\u00A3\u00AC\u00AF\u00A6\u00A5\u20A9";

  /** {@code chars.space}: ideographic, no-break and figure spaces become plain spaces. */
  public static final class WideSpace extends AbstractRule {
    public WideSpace() {
      super("chars.space", RuleKind.SAFE,
          "U+3000, U+00A0, U+2007 and U+202F become plain spaces", Options.KEEP_NBSP);
    }

    // it never looks at the case of letters
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCase().onlyWith("\u3000\u00A0\u2007\u202F");
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.NONE;
    }

    @Override
    public void apply(RuleContext ctx) {
      boolean keepNbsp = ctx.option(Options.KEEP_NBSP);
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      int[] marks = Raw.marks(ctx);
      int resume = 0;
      for (int k = 0, i; (i = marks[k]) < n; k++) {
        if (i < resume || !wide(s[i], keepNbsp)) {
          continue;
        }
        // one edit for a run of wide spaces mixed with plain ones
        int start = i;
        int end = i;
        while (i < n && (wide(s[i], keepNbsp) || s[i] == ' ')) {
          if (s[i] != ' ') {
            end = i + 1;
          }
          i++;
        }
        ctx.replace(start, end, " ".repeat(end - start), "wide or no-break space to plain space");
        resume = end;
      }
    }

    private static boolean wide(char c, boolean keepNbsp) {
      return c >= 0xA0 &&  c == 0x3000 || c == 0x2007 || c == 0x202F || (c == 0xA0 && !keepNbsp);
    }
  }
}
