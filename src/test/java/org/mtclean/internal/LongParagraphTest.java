package org.mtclean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.Rule;
import org.mtclean.RuleKind;

/** A very long paragraph is cleaned in pieces with the same result as in one go. */
class LongParagraphTest {
  @Test
  void piecesGiveTheSameTextAndEditsAsOneGo() throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> docs = Files.list(Path.of("test-data/documents"))) {
      for (Path p : docs.filter(p -> p.toString().endsWith(".input.txt")).sorted().toList()) {
        for (String line : Files.readString(p, StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            b.append(line.strip()).append(' ');
          }
        }
      }
    }
    String paragraph = b.toString().repeat(4).strip();
    assertTrue(paragraph.length() > ParagraphPipeline.SPLIT_ABOVE);
    ParagraphPipeline pieces = pipeline(ParagraphPipeline.PIECE_CHARS);
    ParagraphPipeline whole = pipeline(Integer.MAX_VALUE / 4);
    assertTrue(pieces.nextCut(paragraph, 0) < paragraph.length(), "the test text has cuts");
    String a = pieces.clean(paragraph, 0);
    List<PendingEdit> aEdits = List.copyOf(pieces.edits());
    String c = whole.clean(paragraph, 0);
    assertEquals(c, a);
    List<PendingEdit> cEdits = whole.edits();
    assertEquals(applied(cEdits), applied(aEdits));
  }

  private static List<String> applied(List<PendingEdit> edits) {
    return edits.stream().filter(PendingEdit::applied)
        .map(e -> e.ruleId() + "@" + e.start() + "-" + e.end() + "=" + e.replacement()).toList();
  }

  private static ParagraphPipeline pipeline(int pieceChars) {
    List<Rule> rules = Cleaner.defaults().rules();
    boolean[] applies = new boolean[rules.size()];
    for (int r = 0; r < applies.length; r++) {
      applies[r] = rules.get(r).kind() == RuleKind.SAFE;
    }
    ParagraphPipeline p = new ParagraphPipeline(rules, applies, Map.of(), pieceChars);
    p.startDocument(new DocumentState('"'));
    return p;
  }
}
