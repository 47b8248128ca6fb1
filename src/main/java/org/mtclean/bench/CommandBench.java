package org.mtclean.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mtclean.cli.Main;

/**
 * End-to-end throughput of the {@code mtclean} command, run in-process, next to plain copies of
 * the same bytes. Generates a corpus in a temp directory from the texts under DIR whose names end
 * with SUFFIX (default: the garbled articles {@code test-data/documents/*.input.txt}, the corpus
 * of {@link Bench}; {@code test-data .txt} takes every golden input and output instead): one big
 * file and 2,000 small files of SIZE MB each (default 200), and a 50 MB stdin input. Prints MB/s
 * and peak heap for: Java byte copy, /bin/cat, a first run in the cold JVM, then after a warm-up
 * the command with -j 1 and -j 2 (to {@code -o DIR}; -j 2 on the big file cleans batches of its
 * paragraphs in parallel; on the small files the two alternate, and each pair's ratio is shown), the big file at a quarter of the size (flat memory), and 50 MB of stdin
 * (default -j, and -j 1) next to a program that only decodes and re-encodes it.
 *
 * <pre>java -cp target/mtclean.jar org.mtclean.bench.CommandBench [SIZE_MB] [DIR] [SUFFIX]</pre>
 */
public final class CommandBench {
  private static final int SMALL_FILES = 2000;

  private CommandBench() {}

  public static void main(String[] args) throws Exception {
    int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Path data = Path.of(args.length > 1 ? args[1] : "test-data/documents");
    String suffix = args.length > 2 ? args[2] : ".input.txt";
    long size = sizeMb * 1_000_000L;
    long stdinSize = Math.min(50_000_000L, size);
    String source = corpusText(data, suffix);
    Path tmp = Files.createTempDirectory("mtclean-bench-");
    try {
      System.out.printf(Locale.ROOT, "mtclean command bench: %s %s, %d cores, max heap %d MB, load average %.1f%n",
          System.getProperty("java.vm.name"), System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      Path big = tmp.resolve("big/one.txt");
      fill(big, source, size, 0);
      Path quarter = tmp.resolve("quarter/one.txt");
      fill(quarter, source, size / 4, 7);
      Path many = tmp.resolve("many");
      long per = size / SMALL_FILES;
      for (int f = 0; f < SMALL_FILES; f++) {
        fill(many.resolve(String.format(Locale.ROOT, "d%02d/f%04d.txt", f % 40, f)), source, per, f * 131L);
      }
      Path stdin = tmp.resolve("stdin.txt");
      fill(stdin, source, stdinSize, 3);
      System.out.printf(Locale.ROOT, "corpus: %s from %d chars of %s*%s; %d MB big file, %d x %d KB files%n%n",
          tmp, source.length(), data, suffix, size / 1_000_000, SMALL_FILES, per / 1000);

      System.out.printf(Locale.ROOT, "best of %d runs each (the cold one: 1)%n", REPEATS);
      System.out.printf(Locale.ROOT, "%-46s %7s %8s %8s %8s %10s%n", "run", "MB", "seconds", "cpu s", "MB/s", "peak heap");
      Result cold = command("mtclean -j 1 -o DIR, big file / 4, cold JVM", size / 4, 1, "-j", "1", "-o", tmp.resolve("o-cold").toString(), quarter.toString());
      warmUp(tmp, quarter, many);
      Result catBigJava = measure("java byte copy, big file", size, () -> copy(List.of(big), tmp.resolve("copy-big")));
      Result catManyJava = measure("java byte copy, 2000 files", size, () -> copy(files(many), tmp.resolve("copy-many")));
      if (Files.isExecutable(Path.of("/bin/cat"))) {
        measure("/bin/cat, big file", size, () -> cat(List.of(big), tmp.resolve("cat-big")));
        measure("/bin/cat, 2000 files", size, () -> cat(files(many), tmp.resolve("cat-many")));
      }
      Result big1 = command("mtclean -j 1 -o DIR, big file", size, "-j", "1", "-o", tmp.resolve("o-big1").toString(), big.toString());
      Result big2 = command("mtclean -j 2 -o DIR, big file", size, "-j", "2", "-o", tmp.resolve("o-big2").toString(), big.toString());
      Result quarter1 = command("mtclean -j 1 -o DIR, big file / 4", size / 4, "-j", "1", "-o", tmp.resolve("o-q1").toString(), quarter.toString());
      String m1 = "mtclean -j 1 -o DIR, 2000 files";
      String m2 = "mtclean -j 2 -o DIR, 2000 files";
      Result[] manyRuns = paired(
          new Series(m1 + " (alternately)", size), commandWork(m1, "-j", "1", "-o", tmp.resolve("o-many1").toString(), many.toString()),
          new Series(m2 + " (alternately)", size), commandWork(m2, "-j", "2", "-o", tmp.resolve("o-many2").toString(), many.toString()),
          PAIRS);
      Result many1 = manyRuns[0];
      Result many2 = manyRuns[1];
      Result check1 = command("mtclean -j 1 --check --report FILE, 2000 files", size, "-j", "1", "--check", "--report", tmp.resolve("report.json").toString(), many.toString());
      Result stdinRun = measure("mtclean < 50 MB stdin > file", stdinSize, () -> runStdin(stdin, tmp.resolve("stdin-out")));
      Result stdinOne = measure("mtclean -j 1 < 50 MB stdin > file", stdinSize, () -> runStdin(stdin, tmp.resolve("stdin-out"), "-j", "1"));
      Result recode = measure("decode + re-encode only, 50 MB", stdinSize, () -> recode(stdin, tmp.resolve("recode-out")));

      System.out.println();
      System.out.printf(Locale.ROOT, "single job, big file: %.1f MB/s (target >= 25); java copy %.0f MB/s; a quarter of it in a cold JVM %.1f MB/s%n",
          big1.mbps(), catBigJava.mbps(), cold.mbps());
      System.out.printf(Locale.ROOT, "big file, -j 2 (batches of paragraphs): %.1f MB/s, %.2fx -j 1%n", big2.mbps(), big1.seconds() / big2.seconds());
      System.out.printf(Locale.ROOT, "single job, 2000 files: %.1f MB/s; java copy %.0f MB/s%n", many1.mbps(), catManyJava.mbps());
      System.out.printf(Locale.ROOT, "-j 2 vs -j 1 on 2000 files: %.2fx of the best runs (target >= 1.6x); pairs above%n", many1.seconds() / many2.seconds());
      System.out.printf(Locale.ROOT, "peak heap, big file %d MB vs a quarter of it %d MB (flat if close)%n", big1.peakMb(), quarter1.peakMb());
      System.out.printf(Locale.ROOT, "--check --report: %.1f MB/s%n", check1.mbps());
      System.out.printf(Locale.ROOT, "50 MB stdin: command (default -j %d) %.2f s vs decode/re-encode %.2f s = %.1fx (target <= 4x); with -j 1 %.2f s = %.1fx%n",
          Runtime.getRuntime().availableProcessors(), stdinRun.seconds(), recode.seconds(), stdinRun.seconds() / recode.seconds(),
          stdinOne.seconds(), stdinOne.seconds() / recode.seconds());
    } finally {
      deleteTree(tmp);
    }
  }

  record Result(double seconds, long bytes, long peakMb) {
    double mbps() {
      return bytes / 1e6 / seconds;
    }
  }

  /** CPU time of the whole process (all threads, JIT and GC included), or 0 when unknown. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  interface Work {
    void run() throws Exception;
  }

  private static Result measure(String name, long bytes, Work work) throws Exception {
    return measure(name, bytes, () -> { }, work, REPEATS);
  }

  /**
   * The best of {@code repeats} runs of {@code work} (each after {@code prepare}, not timed): the
   * machine has spells in which everything runs at half speed, CPU time included.
   */
  private static Result measure(String name, long bytes, Work prepare, Work work, int repeats) throws Exception {
    Series series = new Series(name, bytes);
    for (int i = 0; i < repeats; i++) {
      prepare.run();
      series.time(work);
    }
    return series.print();
  }

  /**
   * Runs {@code a} and {@code b} alternately, {@code pairs} times each, so that both see the same
   * spells of the shared machine, and prints the best of each and the median of the pairs' ratios
   * {@code a / b} (time of a over time of b).
   */
  private static Result[] paired(Series a, Work workA, Series b, Work workB, int pairs) throws Exception {
    double[] ratios = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      double sa = a.time(workA);
      double sb = b.time(workB);
      ratios[i] = sa / sb;
    }
    Result[] r = {a.print(), b.print()};
    java.util.Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "  ratio of each pair, sorted: %s; median %.2f%n",
        java.util.Arrays.stream(ratios).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x)).toList(),
        ratios[pairs / 2]);
    return r;
  }

  /** Timed runs of one thing: the best time, its CPU time, and the peak heap of all. */
  private static final class Series {
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final String name;
    private final long bytes;
    private double best = Double.MAX_VALUE;
    private double bestCpu;
    private long peak;

    Series(String name, long bytes) {
      this.name = name;
      this.bytes = bytes;
    }

    /** Runs {@code work} once and returns its wall time in seconds. */
    double time(Work work) throws Exception {
      System.gc();
      HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpu0 = processCpuNanos();
      long t = System.nanoTime();
      work.run();
      double s = (System.nanoTime() - t) / 1e9;
      double cpu = (processCpuNanos() - cpu0) / 1e9;
      peak = Math.max(peak, HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
      if (s < best) {
        best = s;
        bestCpu = cpu;
      }
      return s;
    }

    Result print() {
      Result r = new Result(best, bytes, peak);
      System.out.printf(Locale.ROOT, "%-46s %7.1f %8.2f %8.2f %8.1f %7d MB%n", name, bytes / 1e6, best, bestCpu, r.mbps(), peak);
      return r;
    }
  }

  private static final int REPEATS = Integer.getInteger("mtclean.bench.repeats", 3);
  /** Pairs of -j 1 and -j 2 runs on the small files, alternately. */
  private static final int PAIRS = Integer.getInteger("mtclean.bench.pairs", 5);

  private static Result command(String name, long bytes, String... args) throws Exception {
    return command(name, bytes, REPEATS, args);
  }

  /**
   * Each run writes into a directory of its own, and none is deleted until the end: on ext4 a
   * file made right after thousands were deleted costs a scan past their inodes, which are kept
   * from reuse for a minute, so deleting the last run's output before each run measured the
   * file system's clean-up, and the more so with two jobs creating files at once.
   */
  private static Result command(String name, long bytes, int repeats, String... args) throws Exception {
    return measure(name, bytes, () -> { }, commandWork(name, args), repeats);
  }

  /** One run of the command per call; with {@code -o}, each into a directory of its own. */
  private static Work commandWork(String name, String... args) {
    int o = List.of(args).indexOf("-o");
    int[] run = {0};
    return () -> {
      String[] a = args.clone();
      if (o >= 0) {
        a[o + 1] = args[o + 1] + "-" + run[0]++;
      }
      run(name, a);
    };
  }


  /** Runs the command in-process, quietly and without a config file, its output discarded. */
  private static void run(String name, String... args) {
    List<String> all = new ArrayList<>(List.of("-q", "--no-progress", "--no-config"));
    all.addAll(List.of(args));
    int code;
    try (PrintStream out = new PrintStream(OutputStream.nullOutputStream())) {
      code = new Main(out, System.err, InputStream.nullInputStream()).run(all.toArray(String[]::new));
    }
    if (code > 1) {
      throw new IllegalStateException(name + ": exit " + code);
    }
  }

  /**
   * Runs every mode measured below on part of the corpus for {@link #WARM_UP_SECONDS}: on two
   * cores the JIT compiler keeps compiling for ten seconds or more, and a measured run that shares
   * the machine with it reports the compiler's work as the command's (the cold run above shows
   * what a first run in a fresh JVM costs).
   */
  private static void warmUp(Path tmp, Path quarter, Path many) throws Exception {
    Path w = tmp.resolve("warm");
    List<Path> someFiles = files(many).subList(0, 100);
    Path some = tmp.resolve("warm-some");
    for (Path f : someFiles) {
      Files.createDirectories(some);
      Files.copy(f, some.resolve(f.getFileName()));
    }
    long end = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
    for (int round = 0; round < 3 || System.nanoTime() < end; round++) {
      Path r = w.resolve("r" + round); // kept until the end, as the measured runs' output (see command)
      run("warm-up", "-j", "1", "-o", r.resolve("a").toString(), quarter.toString());
      run("warm-up", "-j", "2", "-o", r.resolve("b").toString(), some.toString());
      run("warm-up", "-j", "1", "--check", "--report", r.resolve("r.json").toString(), some.toString());
      runStdin(quarter, r.resolve("stdin-out"));
    }
  }

  private static final int WARM_UP_SECONDS = Integer.getInteger("mtclean.bench.warmup", 20);

  private static void runStdin(Path input, Path output, String... extra) throws IOException {
    try (InputStream in = Files.newInputStream(input);
        PrintStream out = new PrintStream(new BufferedOutputStream(Files.newOutputStream(output), 1 << 16))) {
      List<String> args = new java.util.ArrayList<>(List.of("-q", "--no-progress", "--no-config"));
      args.addAll(List.of(extra));
      int code = new Main(out, System.err, in).run(args.toArray(String[]::new));
      if (code != 0) {
        throw new IllegalStateException("stdin run: exit " + code);
      }
    }
  }

  /** The baseline of issue 2: a JVM program that only decodes and re-encodes the bytes. */
  private static void recode(Path input, Path output) throws IOException {
    try (Reader r = new InputStreamReader(Files.newInputStream(input),
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)) {
      char[] buf = new char[1 << 16];
      for (int n; (n = r.read(buf)) > 0; ) {
        w.write(buf, 0, n);
      }
    }
  }

  private static void copy(List<Path> inputs, Path dir) throws IOException {
    Files.createDirectories(dir);
    int k = 0;
    for (Path p : inputs) {
      try (InputStream in = Files.newInputStream(p);
          OutputStream out = Files.newOutputStream(dir.resolve("c" + k++))) {
        in.transferTo(out);
      }
    }
  }

  private static void cat(List<Path> inputs, Path out) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("/bin/cat"));
    inputs.forEach(p -> cmd.add(p.toString()));
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    if (p.waitFor() != 0) {
      throw new IOException("cat failed");
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The texts under {@code data} whose names end with {@code suffix}, as paragraphs. */
  private static String corpusText(Path data, String suffix) throws IOException {
    if (!Files.isDirectory(data)) {
      throw new IOException(data.toAbsolutePath() + ": no such directory (run from the project root or pass it)");
    }
    StringBuilder b = new StringBuilder();
    for (String file : Bench.files(data, suffix, false)) {
      String text = file.replace("\uFEFF", "").strip();
      if (!text.isEmpty()) {
        b.append(text).append("\n\n");
      }
    }
    if (b.length() == 0) {
      throw new IOException(data + ": only empty files ending with " + suffix);
    }
    return b.toString();
  }

  /** Writes {@code size} bytes of the corpus, starting at a different place for each file. */
  private static void fill(Path file, String source, long size, long start) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    // start at a paragraph boundary so that every file is valid text
    int from = (int) (start % bytes.length);
    while (from > 0 && !(bytes[from - 1] == '\n' && from > 1 && bytes[from - 2] == '\n')) {
      from--;
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      long written = 0;
      int pos = from;
      while (written < size) {
        int n = (int) Math.min(bytes.length - pos, size - written);
        // end on a line break so that no UTF-8 sequence is cut
        if (written + n >= size) {
          int end = pos + n;
          while (end > pos && bytes[end - 1] != '\n') {
            end--;
          }
          n = end > pos ? end - pos : n;
          out.write(bytes, pos, n);
          break;
        }
        out.write(bytes, pos, n);
        written += n;
        pos = 0;
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
