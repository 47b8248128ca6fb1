package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNodeMatcherTest {
  private static List<Atom> atoms(String raw, String decoded, boolean markdown, int[] consumed) {
    List<Atom> piece = new ArrayList<>();
    consumed[0] = new TextNodeMatcher(raw, markdown).match(0, raw.length(), decoded, piece);
    return piece;
  }

  private static String kinds(List<Atom> piece) {
    StringBuilder b = new StringBuilder();
    for (Atom a : piece) {
      b.append(a.kind()).append('[').append(a.start()).append(',').append(a.end()).append(") ");
    }
    return b.toString().trim();
  }

  @Test
  void plainReferencesEscapesAndLineEnds() {
    int[] n = new int[1];
    assertEquals("PLAIN[0,2) TEXT[2,7) PLAIN[7,8) TEXT[8,14) TEXT[14,16) PLAIN[16,17)",
        kinds(atoms("a &amp; &#x41;\\*b", "a & A*b", true, n)));
    assertEquals(17, n[0]);
    assertEquals("PLAIN[0,1) BLANK[1,3) PLAIN[3,4) TEXT[4,7) PLAIN[7,8)",
        kinds(atoms("a  \r\n  b", "a  \r\n  b", false, n)));
  }

  @Test
  void spacesTheParserLeftOutAtTheEndAreNotConsumed() {
    int[] n = new int[1];
    atoms("text  ", "text", true, n);
    assertEquals(4, n[0]);
  }

  @Test
  void whatDoesNotMatchIsNotGuessed() {
    int[] n = new int[1];
    atoms("x \\| y", "x | ", true, n); // a span that is shorter than its text
    assertEquals(-1, n[0]);
    atoms("&NotEqualTilde; x", "\u2242\u0338 x", false, n); // a reference of two chars
    assertEquals(-1, n[0]);
    atoms("a</x>b", "ab", false, n);
    assertEquals(-1, n[0]);
  }

  @Test
  void referencesTheParserKeptAreText() {
    int[] n = new int[1];
    assertEquals("PLAIN[0,9)", kinds(atoms("&bogus; x", "&bogus; x", false, n)));
    assertEquals("CODE[0,6) PLAIN[6,7)", kinds(atoms("&nbsp;x", "\u00A0x", false, n)));
    assertEquals("PLAIN[0,2) CODE[2,7) PLAIN[7,9) CODE[9,16) PLAIN[16,17)",
        kinds(atoms("co&shy;o &#8203;x", "co\u00ADo \u200Bx", false, n))); // layout chars on purpose
    assertEquals("TEXT[0,4) PLAIN[4,6)", kinds(atoms("&amp x", "& x", false, n))); // HTML without ;
    assertEquals(-1, atomsEnd("&amp x", "& x", true)); // Markdown needs the ;
  }

  private static int atomsEnd(String raw, String decoded, boolean markdown) {
    int[] n = new int[1];
    atoms(raw, decoded, markdown, n);
    return n[0];
  }
}
