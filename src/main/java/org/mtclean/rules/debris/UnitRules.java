package org.mtclean.rules.debris;

import java.util.Set;
import org.mtclean.DocumentMemory;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;
import org.mtclean.Wakes;
import org.mtclean.WordList;
import org.mtclean.internal.Raw;
import org.mtclean.rules.AbstractRule;

/** Units: the CJK unit characters, and a number glued to a unit symbol. */
public final class UnitRules {
  private UnitRules() {}

  /** The square CJK compatibility unit chars U+3380-U+33DF, and what they read as. */
  private static String squareUnit(char c) {
    return switch (c) {
      case '\u338D' -> "\u03BCg";
      case '\u338E' -> "mg";
      case '\u338F' -> "kg";
      case '\u3390' -> "Hz";
      case '\u3391' -> "kHz";
      case '\u3392' -> "MHz";
      case '\u3393' -> "GHz";
      case '\u3396' -> "ml";
      case '\u3397' -> "dl";
      case '\u3398' -> "kl";
      case '\u339A' -> "nm";
      case '\u339B' -> "\u03BCm";
      case '\u339C' -> "mm";
      case '\u339D' -> "cm";
      case '\u339E' -> "km";
      case '\u339F' -> "mm\u00B2";
      case '\u33A0' -> "cm\u00B2";
      case '\u33A1' -> "m\u00B2";
      case '\u33A2' -> "km\u00B2";
      case '\u33A3' -> "mm\u00B3";
      case '\u33A4' -> "cm\u00B3";
      case '\u33A5' -> "m\u00B3";
      case '\u33A6' -> "km\u00B3";
      case '\u33B8' -> "kV";
      case '\u33B9' -> "MV";
      case '\u33BE' -> "kW";
      case '\u33BF' -> "MW";
      case '\u33C4' -> "cc";
      case '\u33C8' -> "dB";
      case '\u33CA' -> "ha";
      default -> null;
    };
  }

  /** {@code chars.units}: {@code ℃} and {@code ℉}, and square units such as {@code ㎡}, to plain text. */
  public static final class Symbols extends AbstractRule {
    public Symbols() {
      super("chars.units", RuleKind.SAFE,
          "unit characters to plain text: 30\u2103 -> 30\u00B0C, \u2109 -> \u00B0F, 90\u33A1 -> 90 m\u00B2, 5\u338F -> 5 kg");
    }

    // one probe per block of the symbols it converts
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith("\u2103\u2109\u33A1");
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
      for (int k = 0, i; (i = marks[k]) < n; k++) {
        char c = s[i];
        String plain;
        if (c == '\u2103' || c == '\u2109') {
          plain = c == '\u2103' ? "\u00B0C" : "\u00B0F";
        } else if (c >= '\u3380' && c <= '\u33DF' && (plain = squareUnit(c)) != null) {
          // a unit symbol stands apart from its number (SI, AP): 90 m²
          if (i > 0 && Scan.digit(s[i - 1])) {
            plain = " " + plain;
          }
        } else {
          continue;
        }
        if (!ctx.isProtected(i)) {
          ctx.replace(i, i + 1, plain, "unit character to plain text");
        }
      }
    }
  }

  /** {@code numbers.unit}: {@code 1000Mbps}, {@code 150ml} -> {@code 1000 Mbps}, {@code 150 ml}. */
  public static final class Glued extends AbstractRule {
    public Glued() {
      super("numbers.unit", RuleKind.SAFE,
          "a space between a number and its unit symbol: 150ml -> 150 ml, 1000Mbps -> 1,000 Mbps"
              + " (with numbers.thousands); not 5G, 4K, 3D, MP3 or model names such as Ka-52M");
    }

    // a unit glued to the number before it
    @Override
    public Wakes wakes() {
      return Wakes.ANY_CHANGE.exceptCapitalizing().onlyWith("0");
    }

    @Override
    public DocumentMemory memory() {
      return DocumentMemory.CARRIED; // a cache only: the digit runs of the paragraph
    }

    @Override
    public void apply(RuleContext ctx) {
      char[] s = Raw.chars(ctx);
      int n = ctx.length();
      DigitRuns runs = DigitRuns.of(ctx);
      int[] ends = runs.ends;
      Set<String> units = ctx.words(WordList.UNITS); // unit symbols, never a product name (5G, 3D)
      for (int r = 0, i; r < runs.count && (i = ends[r] - 1) < n - 1; r++) {
        // the last digit of a number with a letter right after it
        if (!(Scan.letter(s[i + 1]) || s[i + 1] == '\u03BC' || s[i + 1] == '\u00B5')) {
          continue;
        }
        int u = i + 1;
        int ue = u;
        while (ue < n && (Scan.letter(s[ue]) || s[ue] == '\u03BC' || s[ue] == '\u00B5'
            || s[ue] == '\u00B2' || s[ue] == '\u00B3')) {
          ue++;
        }
        if (!units.contains(new String(s, u, ue - u)) || (ue < n && (Scan.wordChar(s[ue]) || s[ue] == '-'))) {
          continue;
        }
        if (!numberStandsAlone(s, i + 1, units) || Scan.inCodeOrLink(ctx, s, n, i, ue)) {
          continue;
        }
        ctx.replace(u, u, " ", "a space between a number and its unit");
      }
    }

    /** The number ending at {@code e} is not part of a name or code: 5-10kg yes, Ka-52kg no. */
    private static boolean numberStandsAlone(char[] s, int e, Set<String> units) {
      int d = Scan.digitsStart(s, e);
      if (d > 1 && s[d - 1] == '.' && Scan.digit(s[d - 2])) {
        d = Scan.digitsStart(s, d - 1); // 1.5kg
      }
      while (d > 1 && s[d - 1] == ',' && Scan.digit(s[d - 2]) && e - d >= 3) {
        d = Scan.digitsStart(s, d - 1); // 1,000Mbps
      }
      if (d == 0) {
        return true;
      }
      char c = s[d - 1];
      if (c == '-' || c == '\u2013' || c == '~') {
        int r = Scan.digitsStart(s, d - 1);
        return r < d - 1 && (r == 0 || !Scan.wordChar(s[r - 1]) && s[r - 1] != '-' && s[r - 1] != '.');
      }
      if (c == '/') { // mg/100ml, not a path
        int u = Scan.lettersStart(s, d - 1);
        return u < d - 1 && units.contains(new String(s, u, d - 1 - u));
      }
      return !Scan.wordChar(c) && c != '.' && c != ',' && c != '_' && c != '#';
    }
  }
}
