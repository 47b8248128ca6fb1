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
    long seed = org.mtclean.TestSeeds.seed("CommandParallelTest");
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

  /**
   * A single large input (a file or stdin) is cleaned in batches of paragraphs on the workers:
   * text, report and listing are those of {@code -j 1}, and a late decoding error still loses
   * nothing.
   */
  @Test
  void aSingleLargeInputCleansAsWithOneJob() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("CommandParallelTest");
    Random rnd = new Random(seed);
    StringBuilder b = new StringBuilder("Quarterly Report\n\n");
    while (b.length() < 1_500_000) {
      for (int p = rnd.nextInt(30); p >= 0; p--) {
        b.append(PIECES[rnd.nextInt(PIECES.length)]).append(rnd.nextBoolean() ? " " : "\n");
      }
      b.append(rnd.nextInt(50) == 0 ? "Quarterly Report\n\n" : "\n\n");
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("big.txt"), bytes);
    for (String[] mode : List.of(new String[] {"--check", "-v"}, new String[] {"--check", "--report", "-"},
        new String[] {"-o", "OUT"})) {
      List<String> one = new ArrayList<>(List.of("-j", "1"));
      List<String> two = new ArrayList<>(List.of("-j", "2"));
      for (String m : mode) {
        one.add(m.equals("OUT") ? dir.resolve("out1").toString() : m);
        two.add(m.equals("OUT") ? dir.resolve("out2").toString() : m);
      }
      one.add(file.toString());
      two.add(file.toString());
      Cli.Run a = Cli.run(one.toArray(String[]::new));
      Cli.Run c = Cli.run(two.toArray(String[]::new));
      String what = String.join(" ", mode) + " seed " + seed;
      assertTrue(a.code() <= 1, () -> what + ": " + a);
      assertEquals(a.code(), c.code(), what);
      assertArrayEquals(a.stdout(), c.stdout(), what);
      assertEquals(a.err().replace("out1", "OUT"), c.err().replace("out2", "OUT"), what);
    }
    assertArrayEquals(Files.readAllBytes(dir.resolve("out1/big.txt")), Files.readAllBytes(dir.resolve("out2/big.txt")));
    Cli.Run stdin1 = Cli.run(bytes, null, "-j", "1");
    Cli.Run stdin2 = Cli.run(bytes, null, "-j", "2");
    assertEquals(0, stdin1.code(), stdin1::toString);
    assertArrayEquals(stdin1.stdout(), stdin2.stdout());
    assertEquals(stdin1.err(), stdin2.err());

    // malformed UTF-8 near the end, batches later: exit 3, the file untouched; stdin is streamed,
    // so its output stops before the bad bytes
    byte[] bad = concat(bytes, new byte[] {'a', (byte) 0xC0, 'b', '\n'});
    Path badFile = Files.write(dir.resolve("bad.txt"), bad);
    Cli.Run inPlace = Cli.run("-j", "2", "-i", badFile.toString());
    assertEquals(3, inPlace.code(), inPlace::toString);
    assertTrue(inPlace.err().contains("malformed UTF-8 input at byte offset " + (bytes.length + 1)), inPlace::toString);
    assertArrayEquals(bad, Files.readAllBytes(badFile));
    Cli.Run badStdin = Cli.run(bad, null, "-j", "2");
    assertEquals(3, badStdin.code(), badStdin::toString);
    byte[] partial = badStdin.stdout();
    assertTrue(partial.length < stdin1.stdout().length);
    assertArrayEquals(java.util.Arrays.copyOf(stdin1.stdout(), partial.length), partial);
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
