package org.mtclean.bitext;

import java.util.ArrayList;
import java.util.List;
import org.mtclean.Edit;
import org.mtclean.Position;
import org.mtclean.RuleKind;

/** Collects the findings on one target text, placed by char offset in it (line 1). */
final class Findings {
  private final String target;
  private final List<Edit> edits = new ArrayList<>();

  Findings(String target) {
    this.target = target;
  }

  String target() {
    return target;
  }

  /** A finding without a proposed fix on the target's chars {@code [start, end)}. */
  void report(String ruleId, int start, int end, String message) {
    add(ruleId, RuleKind.REPORT, start, end, null, message);
  }

  /** A proposed fix, never applied. */
  void suggest(String ruleId, int start, int end, String replacement, String message) {
    add(ruleId, RuleKind.SUGGEST, start, end, replacement, message);
  }

  private void add(String ruleId, RuleKind kind, int start, int end, String replacement, String message) {
    edits.add(new Edit(ruleId, kind, position(start), position(end), target.substring(start, end),
        replacement, message, false));
  }

  private Position position(int charOffset) {
    int cp = target.codePointCount(0, charOffset);
    return new Position(cp, charOffset, 1, cp + 1);
  }

  List<Edit> edits() {
    edits.sort((a, b) -> Long.compare(a.start().charOffset(), b.start().charOffset()));
    return edits;
  }
}
