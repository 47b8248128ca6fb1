package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mtclean.Cleaner;
import org.mtclean.Edit;

/**
 * Golden files of the localization formats: {@code test-data/formats/<format>/<name>.input.<ext>}
 * with {@code <name>.expected.<ext>} (the cleaned file) and {@code <name>.findings.txt} (every
 * edit, one a line, as {@link Edit#toString()} prints it). Each is also checked for idempotence,
 * and for byte identity outside the target segments: the text between segments, and every inline
 * code, is the same in input and output.
 */
class FormatGoldenTest {
  static final Path ROOT = Path.of("test-data", "formats");

  @TestFactory
  Stream<DynamicTest> goldenFiles() throws IOException {
    if (!Files.isDirectory(ROOT)) {
      return Stream.empty();
    }
    List<Path> inputs;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      inputs = walk.filter(p -> p.getFileName().toString().contains(".input.")).sorted().toList();
    }
    return inputs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> check(p)));
  }

  static Path sibling(Path input, String kind) {
    String name = input.getFileName().toString();
    int k = name.indexOf(".input.");
    String ext = name.substring(k + ".input.".length());
    return input.resolveSibling(name.substring(0, k) + "." + kind + (kind.equals("findings") ? ".txt" : "." + ext));
  }

  static Format formatOf(Path input) {
    Format f = Formats.forFileName(input.getFileName().toString());
    assertNotNull(f, "no format for " + input);
    return f;
  }

  private static void check(Path input) throws IOException {
    Format format = formatOf(input);
    String in = Files.readString(input, StandardCharsets.UTF_8);
    List<Edit> edits = new ArrayList<>();
    String out = run(format, in, edits);
    assertEquals(Files.readString(sibling(input, "expected"), StandardCharsets.UTF_8), out, "cleaned file");
    StringBuilder findings = new StringBuilder();
    for (Edit e : edits) {
      findings.append(e).append('\n');
    }
    Path findingsFile = sibling(input, "findings");
    if (Boolean.getBoolean("mtclean.golden.rewriteFindings")) { // then read the diff before committing
      if (findings.length() > 0) {
        Files.writeString(findingsFile, findings, StandardCharsets.UTF_8);
      } else {
        Files.deleteIfExists(findingsFile);
      }
    }
    String expectedFindings = Files.exists(findingsFile) ? Files.readString(findingsFile, StandardCharsets.UTF_8) : "";
    assertEquals(expectedFindings, findings.toString(), "findings");
    assertEquals(out, run(format, out, new ArrayList<>()), "idempotence");
    assertEquals(outside(format, in), outside(format, out), "bytes outside the target segments");
    if (!in.contains("\r\n")) {
      String crlf = in.replace("\n", "\r\n");
      assertEquals(out.replace("\n", "\r\n"), run(format, crlf, new ArrayList<>()), "the same file with CRLF");
    }
  }

  static String run(Format format, String in, List<Edit> edits) throws IOException {
    StringWriter w = new StringWriter();
    new FormatCleaner(Cleaner.defaults(), List.of(org.mtclean.bitext.BitextChecks.all()))
        .clean(format, new StringReader(in), w, edits::add, m -> {});
    return w.toString();
  }

  /** The file with each segment's text cut out, its inline codes kept: what must never change. */
  static List<String> outside(Format format, String text) throws IOException {
    List<String> parts = new ArrayList<>();
    RawText raw = new RawText(new StringReader(text), java.io.Writer.nullWriter());
    long[] at = {0};
    format.scan(raw, new SegmentSink() {
      @Override
      public void segment(Segment s) {
        try {
          parts.add(raw.slice(at[0], s.rawStart()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        for (Segment.Code c : s.codes()) {
          parts.add("code:" + c.raw());
        }
        at[0] = s.rawEnd();
      }

      @Override
      public void notice(String message) {}
    });
    parts.add(text.substring((int) at[0]));
    return parts;
  }
}
