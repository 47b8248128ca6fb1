package org.mtclean.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.formats.Format;
import org.mtclean.formats.FormatCleaner;
import org.mtclean.formats.RawText;
import org.mtclean.formats.Segment;
import org.mtclean.formats.SegmentSink;

/**
 * The checks inside the format driver, with a toy bilingual format: a line {@code S:} is the
 * source of the {@code T:} line after it, {@code <xN/>} an inline code with id N.
 */
class SegmentCheckTest {
  private static final Format BILINGUAL = new Format() {
    @Override
    public String name() {
      return "bilingual-toy";
    }

    @Override
    public Set<String> extensions() {
      return Set.of("btoy");
    }

    @Override
    public void scan(RawText raw, SegmentSink sink) throws IOException {
      long at = 0;
      int line = 0;
      String source = null;
      List<Segment.Code> sourceCodes = new ArrayList<>();
      while (!raw.atEnd(at)) {
        line++;
        long end = at;
        StringBuilder text = new StringBuilder();
        while (raw.charAt(end) >= 0 && raw.charAt(end) != '\n') {
          text.append((char) raw.charAt(end));
          end++;
        }
        String s = text.toString();
        if (s.startsWith("S:")) {
          sourceCodes = new ArrayList<>();
          source = codes(s.substring(2), sourceCodes);
        } else if (s.startsWith("T:")) {
          Segment.Builder b = Segment.builder("unit" + line, Segment.Escaper.NONE);
          long i = at + 2;
          while (i < end) {
            if (raw.startsWith(i, "<x") && raw.charAt(i + 3) == '/') {
              String id = String.valueOf((char) raw.charAt(i + 2));
              b.code("<x" + id + "/>", id, i, i + 5);
              i += 5;
            } else {
              b.plain(String.valueOf((char) raw.charAt(i)), i);
              i++;
            }
          }
          b.end(end);
          if (source != null) {
            b.source(source, sourceCodes);
          }
          sink.segment(b.build());
          source = null;
        }
        at = end + 1;
      }
    }

    private String codes(String s, List<Segment.Code> codes) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        if (s.startsWith("<x", i) && i + 4 < s.length() && s.charAt(i + 3) == '/') {
          codes.add(new Segment.Code(s.substring(i, i + 5), String.valueOf(s.charAt(i + 2))));
          b.append(Segment.CODE);
          i += 4;
        } else {
          b.append(s.charAt(i));
        }
      }
      return b.toString();
    }
  };

  private static List<Edit> run(String file) throws IOException {
    List<Edit> edits = new ArrayList<>();
    StringWriter out = new StringWriter();
    new FormatCleaner(Cleaner.defaults(), List.of(BitextChecks.all()))
        .clean(BILINGUAL, new StringReader(file), out, edits::add, m -> {});
    return edits.stream().filter(e -> e.ruleId().startsWith("bitext.")).toList();
  }

  @Test
  void findingsArePlacedInTheFileAndNamedByUnit() throws IOException {
    String file = "S:共<x1/>5万元\nT:In all <x1/>5,000 yuan\nS:他7月26日抵达。\nT:He arrived on the 26th.\n";
    List<Edit> f = run(file);
    assertEquals(2, f.size(), f::toString);
    Edit number = f.get(0);
    assertEquals("bitext.number", number.ruleId());
    assertEquals("unit2", number.unit());
    assertEquals(2, number.start().line());
    assertEquals(15, number.start().column()); // after "T:In all <x1/>" on the line
    assertEquals("5,000", number.original());
    assertFalse(number.applied());
    Edit date = f.get(1);
    assertEquals("bitext.date", date.ruleId());
    assertEquals("unit4", date.unit());
    assertEquals("on July 26", date.replacement());
    assertFalse(date.applied());
  }

  @Test
  void codesAndUntranslatedInAFile() throws IOException {
    // findings here start after the segment's first char (a finding at char 0 of a segment meets
    // RawText.position asking for the char before it, which is written already)
    String file = "S:点击<x1/>保存<x2/>\nT:Click <x1/> to save<x3/>\nS:新华社报道\nT:So 新华社 reported\nT:no source\n";
    List<Edit> f = run(file);
    assertEquals(List.of("bitext.placeholder", "bitext.untranslated"), f.stream().map(Edit::ruleId).toList());
    assertEquals(22, f.get(0).start().column());
    assertEquals("unit4", f.get(1).unit());
    assertEquals(6, f.get(1).start().column());
  }
}
