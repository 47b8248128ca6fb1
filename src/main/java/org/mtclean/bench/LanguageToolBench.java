package org.mtclean.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mtclean.Cleaner;
import org.mtclean.languagetool.LanguageToolCheck;

/**
 * Throughput of the {@code --languagetool} path: {@link LanguageToolCheck#check} (LanguageTool's
 * core rules through the machine-translated English language) on a corpus of a few MB built by
 * repeating the golden inputs under {@code test-data}, alone and together with the default
 * cleaner. Prints the JVM, the corpus size and MB/s (1 MB = 10^6 bytes of UTF-8 input), by the
 * wall clock and, for the check alone, by the thread's CPU time (steadier on a busy machine).
 *
 * <pre>
 * java -cp target/mtclean.jar org.mtclean.bench.LanguageToolBench [MB] [test-data dir]
 * </pre>
 */
public final class LanguageToolBench {
  /** What one run measured. */
  public record Result(
      long corpusBytes, int corpusChars, double checkMbPerSecond, double checkMbPerCpuSecond,
      double cleanAndCheckMbPerSecond, int findings) {
    public String describe() {
      return String.format(Locale.ROOT,
          "languagetool: corpus %.2f MB (%d chars), %d findings; LanguageToolCheck.check %.2f MB/s"
              + " (%.2f MB per CPU second); clean + check %.2f MB/s",
          corpusBytes / 1e6, corpusChars, findings, checkMbPerSecond, checkMbPerCpuSecond,
          cleanAndCheckMbPerSecond);
    }
  }

  private LanguageToolBench() {}

  public static void main(String[] args) throws IOException {
    double mb = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    Path data = Path.of(args.length > 1 ? args[1] : "test-data");
    System.out.println("JVM: " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version") + ", " + Runtime.getRuntime().availableProcessors()
        + " processors");
    System.out.println(run(data, (long) (mb * 1e6)).describe());
  }

  /** Builds the corpus from {@code testData}, warms up, and measures one pass of each path. */
  public static Result run(Path testData, long targetBytes) throws IOException {
    String corpus = corpus(testData, targetBytes);
    long bytes = corpus.getBytes(StandardCharsets.UTF_8).length;
    String warm = corpus.substring(0, Math.min(corpus.length(), 200_000));
    for (int k = 0; k < 3; k++) {
      LanguageToolCheck.check(warm);
      Cleaner.defaults().clean(warm);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    int findings = LanguageToolCheck.check(corpus).size();
    long t1 = System.nanoTime();
    long cpu1 = threads.getCurrentThreadCpuTime();
    // what the command does with --languagetool: clean, then add the findings on the input
    int edits = Cleaner.defaults().clean(corpus).edits().size();
    int again = LanguageToolCheck.check(corpus).size();
    long t2 = System.nanoTime();
    if (again != findings || edits < 0) {
      throw new IllegalStateException("LanguageToolCheck is not deterministic");
    }
    return new Result(bytes, corpus.length(), bytes / 1e6 / ((t1 - t0) / 1e9),
        bytes / 1e6 / ((cpu1 - cpu0) / 1e9), bytes / 1e6 / ((t2 - t1) / 1e9), findings);
  }

  /** The {@code *.input.txt} files under {@code testData}, repeated to about {@code targetBytes}. */
  static String corpus(Path testData, long targetBytes) throws IOException {
    List<Path> inputs;
    try (Stream<Path> walk = Files.walk(testData)) {
      inputs = walk.filter(p -> p.getFileName().toString().endsWith(".input.txt")).sorted().toList();
    }
    if (inputs.isEmpty()) {
      throw new IOException("no *.input.txt under " + testData.toAbsolutePath());
    }
    StringBuilder b = new StringBuilder();
    long size = 0;
    while (size < targetBytes) {
      for (Path p : inputs) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        b.append(text.strip()).append("\n\n");
        size += text.getBytes(StandardCharsets.UTF_8).length + 2;
      }
    }
    return b.toString();
  }
}
