package org.mtclean.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.mtclean.cli.Main;
import org.mtclean.spark.MtCleanSpark;

/**
 * Throughput of the Spark job in local mode next to the command's {@code --line-by-line -j 2}
 * on the same corpus, in one JVM: the lines of the golden inputs under DIR (default
 * {@code test-data}) in random order (fixed seed), SIZE MB (default 50) in one file. After a
 * warm-up of each, ROUNDS rounds (default 5) alternate the two; prints every round and the
 * medians in MB/s of input, and checks that the outputs are the same bytes. The job cuts the
 * file in splits of SIZE/8 MB and runs in local[THREADS] (default 2).
 *
 * <pre>java -cp target/mtclean.jar:$(cat target/spark-classpath.txt) org.mtclean.bench.SparkBench [SIZE_MB] [DIR] [ROUNDS] [THREADS]</pre>
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    int sizeMb = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Path data = Path.of(args.length > 1 ? args[1] : "test-data");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    Path tmp = Files.createTempDirectory("mtclean-spark-bench-");
    Path corpus = tmp.resolve("in/corpus.txt");
    long size = corpus(data, corpus, sizeMb * 1_000_000L);
    SparkSession spark = SparkSession.builder().appName("mtclean-bench").master("local[" + threads + "]")
        .config("spark.ui.enabled", "false").getOrCreate();
    System.out.printf(Locale.ROOT, "mtclean Spark bench: %.1f MB, %s %s, %d cores, max heap %d MB, local[%d]%n",
        size / 1e6, System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, threads);
    String split = Long.toString(Math.max(1 << 20, size / 8));
    double[] command = new double[rounds];
    double[] job = new double[rounds];
    for (int r = -1; r < rounds; r++) {
      Path cmdOut = tmp.resolve("cmd" + r);
      long t0 = System.nanoTime();
      int code = new Main(new PrintStream(OutputStream.nullOutputStream()), new PrintStream(new ByteArrayOutputStream()),
          InputStream.nullInputStream())
          .run("--line-by-line", "--no-config", "-q", "-j", "2", "-o", cmdOut.toString(), corpus.toString());
      double cmdSecs = (System.nanoTime() - t0) / 1e9;
      Path jobOut = tmp.resolve("job" + r);
      t0 = System.nanoTime();
      int jobCode = MtCleanSpark.run(new PrintStream(OutputStream.nullOutputStream()), System.err,
          corpus.getParent().toString(), jobOut.toString(), "--line-by-line", "--split-size", split);
      double jobSecs = (System.nanoTime() - t0) / 1e9;
      if (code != 0 || jobCode != 0) {
        throw new IllegalStateException("exit codes: command " + code + ", job " + jobCode);
      }
      if (r < 0) {
        byte[] want = Files.readAllBytes(Files.list(cmdOut).filter(Files::isRegularFile).findFirst().orElseThrow());
        if (!Arrays.equals(want, parts(jobOut))) {
          throw new IllegalStateException("the job's output differs from the command's");
        }
        System.out.printf(Locale.ROOT, "warm-up: command %.1f MB/s, job %.1f MB/s (outputs identical)%n",
            size / 1e6 / cmdSecs, size / 1e6 / jobSecs);
      } else {
        command[r] = size / 1e6 / cmdSecs;
        job[r] = size / 1e6 / jobSecs;
        System.out.printf(Locale.ROOT, "round %d: command -j 2 %.1f MB/s, job local[%d] %.1f MB/s%n",
            r + 1, command[r], threads, job[r]);
      }
      delete(cmdOut);
      delete(jobOut);
    }
    double c = median(command);
    double j = median(job);
    System.out.printf(Locale.ROOT, "median: command -j 2 %.1f MB/s, job local[%d] %.1f MB/s: %.0f%% of the command%n",
        c, threads, j, 100 * j / c);
    spark.stop();
    delete(tmp);
  }

  /** Writes about {@code size} bytes of the inputs' lines in random order; returns the size written. */
  private static long corpus(Path data, Path file, long size) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(data)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".input.txt")).sorted().toList()) {
        lines.addAll(Arrays.asList(Files.readString(f).split("\n")));
      }
    }
    Random random = new Random(20261207L);
    Files.createDirectories(file.getParent());
    StringBuilder b = new StringBuilder(1 << 20);
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      while (written < size) {
        b.setLength(0);
        while (b.length() < 1 << 20) {
          b.append(lines.get(random.nextInt(lines.size()))).append('\n');
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        written += bytes.length;
      }
    }
    return written;
  }

  private static byte[] parts(Path dir) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.write(Files.readAllBytes(p));
      }
    }
    return all.toByteArray();
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
