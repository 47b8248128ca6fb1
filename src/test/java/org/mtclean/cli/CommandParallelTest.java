package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -j N} gives the same output as {@code -j 1}; the progress bar. */
class CommandParallelTest {
  @TempDir Path dir;

  private static final String[] PIECES = {
    "The plan started。", "Results follow：two regions，three cities。", "the board , in principle , agreed .",
    "Location:Wuhan", "the \" Green Factory \" award", "２０２２ revenue rose", "\u3000\u3000Indented line",
    "costs;Revenue rose", "plain words here", "is it done？yes", "\n", "\n\n\n",
  };

  /** Builds a tree of files of very different sizes, some failing, some binary. */
  private void tree(long seed) throws IOException {
    Random rnd = new Random(seed);
    for (int f = 0; f < 120; f++) {
      Path file = dir.resolve("in/d" + (f % 7) + "/s" + (f % 3) + "/f" + f + ".txt");
      Files.createDirectories(file.getParent());
      StringBuilder b = new StringBuilder();
      int pieces = f % 20 == 0 ? 4_000 : rnd.nextInt(40);
      for (int p = 0; p < pieces; p++) {
        b.append(PIECES[rnd.nextInt(PIECES.length)]).append(rnd.nextBoolean() ? " " : "\n");
      }
      byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
      if (f % 17 == 5) {
        bytes = concat(bytes, new byte[] {(byte) 0xC0, 'x'}); // malformed
      }
      if (f % 23 == 7) {
        bytes = concat(new byte[] {'b', 0, 1}, bytes); // binary
      }
      Files.write(file, bytes);
    }
  }

  @Test
  void jobsDoNotChangeAnyOutput() throws IOException {
    long seed = Long.getLong("mtclean.seed", System.nanoTime());
    System.out.println("CommandParallelTest seed " + seed + " (replay with -Dmtclean.seed=" + seed + ")");
    tree(seed);
    String in = dir.resolve("in").toString();
    for (String[] mode : List.of(new String[] {}, new String[] {"--check"}, new String[] {"--diff"},
        new String[] {"-l"}, new String[] {"-v", "--check"})) {
      Cli.Run one = run(mode, "1", in, "r1.json");
      Cli.Run four = run(mode, "4", in, "r4.json");
      String what = String.join(" ", mode) + " seed " + seed;
      assertEquals(3, one.code(), what);
      assertEquals(one.code(), four.code(), what);
      assertArrayEquals(one.stdout(), four.stdout(), what);
      assertEquals(one.err(), four.err(), what);
      assertEquals(Files.readString(dir.resolve("r1.json")), Files.readString(dir.resolve("r4.json")), what);
    }
    Path o1 = dir.resolve("o1");
    Path o4 = dir.resolve("o4");
    Cli.Run one = Cli.run("-j", "1", "-o", o1.toString(), in);
    Cli.Run four = Cli.run("-j", "4", "-o", o4.toString(), in);
    assertEquals(one.err().replace(o1.toString(), "O"), four.err().replace(o4.toString(), "O"));
    assertEquals(listing(o1), listing(o4));
    for (String rel : listing(o1)) {
      assertArrayEquals(Files.readAllBytes(o1.resolve(rel)), Files.readAllBytes(o4.resolve(rel)), rel);
    }
  }

  private Cli.Run run(String[] mode, String jobs, String in, String report) {
    List<String> args = new ArrayList<>(List.of(mode));
    args.addAll(List.of("-j", jobs, "--report", dir.resolve(report).toString(), in));
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<String> listing(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void progressBarShowsFilesBytesAndSpeedOnlyWhenAskedAndLong() throws IOException {
    Path a = Cli.write(dir.resolve("a.txt"), "The plan started。\n");
    // quick run: nothing even with --progress
    Cli.Run quick = Cli.run("-q", "--progress", a.toString());
    assertEquals("", quick.err());
    // a slow writer makes the run long enough to draw the bar
    AtomicOutput.Hook slow = tmp -> {
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    Cli.Run r = Cli.run(new byte[0], slow, "--progress", "-i", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().matches("(?s)\r\\[[#-]{24}\\] 0/1 files  0\\.0/0\\.0 MB  \\d+\\.\\d MB/s .*\r +\r"
        + "mtclean: 1 file: 1 changed.*"), r::toString);
    Cli.Run off = Cli.run(new byte[0], slow, "--no-progress", "-i", a.toString());
    assertTrue(off.err().startsWith("mtclean: 1 file"), off::toString);
  }

  @Test
  void progressLine() {
    Progress p = new Progress(System.err, false, 10, 2_000_000, new java.util.concurrent.atomic.AtomicLong(1_000_000));
    p.fileDone();
    assertTrue(p.line().matches("\\[#{12}-{12}\\] 1/10 files  1\\.0/2\\.0 MB  \\d+\\.\\d MB/s "), p.line());
    p.close();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
