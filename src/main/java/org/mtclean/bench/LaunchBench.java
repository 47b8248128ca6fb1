package org.mtclean.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whole-process figures of the command as users launch it: {@code bin/mtclean}, next to
 * {@code java -jar target/mtclean.jar} (the JVM's default flags) and a plain JVM program that
 * only decodes and re-encodes UTF-8 ({@link Utf8Copy}). Each command is a fresh process; the
 * commands of one row alternate, run after run, so that a slow spell of the machine hits them
 * alike, and every row prints the median wall time of each and the median of the pairwise ratios.
 *
 * <p>Inputs, made from the garbled articles ({@code test-data/documents/*.input.txt}) repeated:
 * 1 KB and 50 MB on standard input, 200 MB with {@code --big}, and 2,000 small files cleaned with
 * {@code -o DIR}; and 50 MB of the same articles as cleaned ({@code *.expected.txt}), where the
 * command edits nothing, to show what the edits cost.
 *
 * <pre>java -cp target/mtclean.jar org.mtclean.bench.LaunchBench [--runs N] [--big]</pre>
 */
public final class LaunchBench {
  private LaunchBench() {}

  public static void main(String[] args) throws Exception {
    int runs = 5;
    boolean big = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--big" -> big = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path jar = Path.of("target", "mtclean.jar").toAbsolutePath();
    Path launcher = Path.of("bin", "mtclean").toAbsolutePath();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    byte[] corpus = corpus(".input.txt");
    Path tmp = Files.createTempDirectory("mtclean-launch");
    try {
      List<String> launch = List.of("sh", launcher.toString());
      List<String> plain = List.of(java, "-jar", jar.toString());
      List<String> copy = List.of(java, "-cp", jar.toString(), Utf8Copy.class.getName());
      // the launcher makes its archive on the first run: not a run to count
      run(launch, write(tmp.resolve("warm.txt"), corpus, 1 << 10), null);

      System.out.printf(Locale.ROOT, "%-22s %12s %12s %12s %10s %10s%n", "input", "bin/mtclean",
          "java -jar", "copy", "bin/copy", "bin/jar");
      List<long[]> sizes = new ArrayList<>(List.of(new long[] {1 << 10}, new long[] {50L << 20}));
      if (big) {
        sizes.add(new long[] {200L << 20});
      }
      for (long[] size : sizes) {
        Path in = write(tmp.resolve("in-" + size[0] + ".txt"), corpus, size[0]);
        row(label(size[0]) + " stdin", runs, in, null, launch, plain, copy);
      }
      Path clean = write(tmp.resolve("clean.txt"), corpus(".expected.txt"), 50L << 20);
      row("50 MB stdin, no edits", runs, clean, null, launch, plain, copy);
      Path tree = tmp.resolve("files");
      Files.createDirectories(tree);
      for (int i = 0; i < 2000; i++) {
        write(tree.resolve(String.format(Locale.ROOT, "f%04d.txt", i)), corpus, 25 << 10);
      }
      Path out = tmp.resolve("out");
      row("2,000 files of 25 KB", runs, null, List.of("-o", out.toString(), tree.toString()),
          launch, plain, null);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void row(String label, int runs, Path stdin, List<String> args,
      List<String> launch, List<String> plain, List<String> copy) throws Exception {
    double[] a = new double[runs];
    double[] b = new double[runs];
    double[] c = new double[runs];
    double[] ac = new double[runs];
    double[] ab = new double[runs];
    for (int r = 0; r < runs; r++) {
      a[r] = run(with(launch, args), stdin, args);
      b[r] = run(with(plain, args), stdin, args);
      c[r] = copy == null ? Double.NaN : run(copy, stdin, null);
      ac[r] = a[r] / c[r];
      ab[r] = a[r] / b[r];
    }
    System.out.printf(Locale.ROOT, "%-22s %11.2fs %11.2fs %12s %10s %9.2fx%n", label, median(a),
        median(b), copy == null ? "-" : String.format(Locale.ROOT, "%.2fs", median(c)),
        copy == null ? "-" : String.format(Locale.ROOT, "%.2fx", median(ac)), median(ab));
  }

  private static List<String> with(List<String> command, List<String> args) {
    List<String> all = new ArrayList<>(command);
    if (args != null) {
      all.addAll(args);
    }
    return all;
  }

  /** Seconds of wall time of one process, its output thrown away; fails on a non-zero exit. */
  private static double run(List<String> command, Path stdin, List<String> args)
      throws IOException, InterruptedException {
    if (args != null) {
      for (int i = 0; i < args.size() - 1; i++) {
        if (args.get(i).equals("-o")) {
          deleteTree(Path.of(args.get(i + 1)));
        }
      }
    }
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    if (stdin != null) {
      pb.redirectInput(stdin.toFile());
    } else {
      pb.redirectInput(new File("/dev/null"));
    }
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
    }
    return seconds;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String label(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
  }

  private static byte[] corpus(String ending) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.list(Path.of("test-data", "documents"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(ending)).sorted().toList()) {
        b.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code size} bytes of the corpus repeated, cut after a line so that UTF-8 stays whole. */
  private static Path write(Path file, byte[] corpus, long size) throws IOException {
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      long left = size;
      while (left > 0) {
        int n = (int) Math.min(left, corpus.length);
        int end = n;
        if (n < corpus.length) {
          while (end > 0 && corpus[end - 1] != '\n') {
            end--;
          }
          if (end == 0) {
            end = n;
            while (end > 0 && (corpus[end - 1] & 0xC0) == 0x80) {
              end--;
            }
            if (end > 0 && (corpus[end - 1] & 0x80) != 0) {
              end--;
            }
          }
        }
        out.write(corpus, 0, end);
        left -= n;
        if (end < n) {
          break;
        }
      }
    }
    return file;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
