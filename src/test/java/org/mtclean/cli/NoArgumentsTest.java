package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The filter case without arguments skips picocli's parse: it must do what "-" does. */
class NoArgumentsTest {
  private static void assertSameRun(Cli.Run expected, Cli.Run got) {
    assertEquals(expected.code(), got.code(), got.toString());
    assertArrayEquals(expected.stdout(), got.stdout(), got.toString());
    assertEquals(expected.err(), got.err());
  }

  @Test
  void cleansStandardInputAsADashDoes() {
    String text = "Release time：2024-03-18  the the plant  opened 。\n\n\n\u3000Four month Twenty-four , he said\n";
    Cli.Run dash = Cli.stdin(text, "-");
    assertSameRun(dash, Cli.stdin(text));
    assertSameRun(dash, Cli.stdin(text, "--encoding", "UTF-8", "--color", "auto"));
  }

  @Test
  void failsOnBadInputAsADashDoes() {
    byte[] bad = {'a', 'b', (byte) 0xE4, (byte) 0xB8, 'c', '\n'};
    Cli.Run dash = Cli.run(bad, AtomicOutput.Hook.NONE, "-");
    assertEquals(Main.FILE_FAILED, dash.code());
    assertSameRun(dash, Cli.run(bad, AtomicOutput.Hook.NONE));
    byte[] empty = "".getBytes(StandardCharsets.UTF_8);
    assertSameRun(Cli.run(empty, AtomicOutput.Hook.NONE, "-"), Cli.run(empty, AtomicOutput.Hook.NONE));
  }
}
