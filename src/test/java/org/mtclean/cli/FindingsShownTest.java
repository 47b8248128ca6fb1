package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A run that only cleans text (stdout, -o, -i) does not look for findings that nobody reads:
 * the rules that only report are skipped and the summary counts applied edits. The modes that
 * show findings still look for them. The text is the same either way.
 */
class FindingsShownTest {
  private static final String TEXT = "Signed in 北京 today，ok.\n";

  @Test
  void cleaningAloneSkipsReportOnlyRules() {
    Cli.Run clean = Cli.stdin(TEXT, "--no-config");
    assertEquals("Signed in 北京 today, ok.\n", clean.out());
    assertTrue(clean.err().contains("applied: punct.cjk 1"), clean.err());
    assertFalse(clean.err().contains("proposed"), clean.err());
    for (String[] mode : new String[][] {{"--check"}, {"--diff"}, {"-v"}, {"--report", "-", "--check"}}) {
      String[] args = new String[mode.length + 1];
      args[0] = "--no-config";
      System.arraycopy(mode, 0, args, 1, mode.length);
      Cli.Run r = Cli.stdin(TEXT, args);
      assertTrue(r.err().contains("proposed: untranslated 1"), String.join(" ", mode) + "\n" + r);
    }
    Cli.Run verbose = Cli.stdin(TEXT, "--no-config", "-v");
    assertEquals(clean.out(), verbose.out(), "the same text");
  }
}
