package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** What every reported edit must satisfy, whatever the rules: it is expressed against the input. */
public final class EditInvariants {
  private EditInvariants() {}

  /**
   * Checks that each edit's original is the input between its start and end char offsets, that
   * its code point offsets agree with the char offsets, and that the edits come in order.
   */
  public static void check(String input, List<Edit> edits, String context) {
    long lastStart = -1;
    for (Edit e : edits) {
      long start = e.start().charOffset();
      long end = e.end().charOffset();
      String where = "edit " + e + "\n" + context;
      assertTrue(0 <= start && start <= end && end <= input.length(), () -> "range: " + where);
      assertEquals(input.substring((int) start, (int) end), e.original(),
          () -> "original is not the input at the edit's offsets: " + where);
      assertEquals(input.codePointCount(0, (int) start), e.start().offset(), () -> "offset: " + where);
      assertEquals(input.codePointCount(0, (int) end), e.end().offset(), () -> "end offset: " + where);
      assertTrue(start >= lastStart, () -> "edits out of order: " + where);
      lastStart = start;
    }
  }
}
