package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Edit;

/** The driver with a toy format: lines that start with {@code T:} are targets, {@code <x/>} a code, {@code &amp;} an entity. */
class FormatCleanerTest {
  static final Format TOY = new Format() {
    @Override
    public String name() {
      return "toy";
    }

    @Override
    public Set<String> extensions() {
      return Set.of("toy");
    }

    @Override
    public void scan(RawText raw, SegmentSink sink) throws IOException {
      long at = 0;
      int line = 0;
      while (!raw.atEnd(at)) {
        line++;
        long end = at;
        while (raw.charAt(end) >= 0 && raw.charAt(end) != '\n') {
          end++;
        }
        if (raw.startsWith(at, "T:")) {
          Segment.Builder b = Segment.builder("line" + line, s -> s.replace("&", "&amp;"));
          long i = at + 2;
          while (i < end) {
            if (raw.startsWith(i, "<x/>")) {
              b.code("<x/>", "x", i, i + 4);
              i += 4;
            } else if (raw.startsWith(i, "&amp;")) {
              b.text("&", i, i + 5);
              i += 5;
            } else {
              b.plain(String.valueOf((char) raw.charAt(i)), i);
              i++;
            }
          }
          sink.segment(b.end(end).build());
        }
        at = end + 1;
      }
    }
  };

  private static String clean(String input, List<Edit> edits) throws IOException {
    StringWriter out = new StringWriter();
    new FormatCleaner(Cleaner.defaults()).clean(TOY, new StringReader(input), out, edits::add, m -> {});
    return out.toString();
  }

  @Test
  void cleansTargetsAndKeepsEverythingElse() throws IOException {
    List<Edit> edits = new ArrayList<>();
    String in = "S: 你好，世界。\nT:Hello， world。 Tom &amp; Jerry\nS: 。\n";
    assertEquals("S: 你好，世界。\nT:Hello, world. Tom &amp; Jerry\nS: 。\n", clean(in, edits));
    assertTrue(edits.stream().allMatch(e -> e.unit().equals("line2") && e.start().line() == 2));
    assertEquals(8, edits.get(0).start().column()); // the ， after "T:Hello"
  }

  @Test
  void codesAreNeverEdited() throws IOException {
    String in = "T:Press <x/> Save<x/> ， then <x/>。\n";
    String out = clean(in, new ArrayList<>());
    assertEquals(3, out.split("<x/>", -1).length - 1);
    assertFalse(out.contains("，"));
  }

  @Test
  void replacementsAreEscaped() throws IOException {
    // a full-width ampersand becomes & and must be written as an entity
    String out = clean("T:R＆D spending\n", new ArrayList<>());
    assertTrue(out.equals("T:R&amp;D spending\n") || out.equals("T:R＆D spending\n"), out);
  }

  @Test
  void hunksFallBackToPiecesWhenEditsDoNotRebuildTheOutput() {
    List<Hunk> h = Hunk.between("a，b\uFFFCc。", "a, b\uFFFCc.", List.of());
    assertEquals(List.of(new Hunk(1, 2, ", "), new Hunk(5, 6, ".")), h);
  }
}
