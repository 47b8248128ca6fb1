package org.mtclean.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.mtclean.Cleaner;
import org.mtclean.EditListener;

/**
 * Throughput benchmark of the default cleaner, run from the jar:
 * {@code java -cp target/mtclean.jar org.mtclean.bench.Bench [--mb N] [--data DIR] [--also DIR]}.
 *
 * <p>Builds a corpus of at least {@code N} MB (default 24) from the golden documents in
 * {@code test-data/}, cleans it on one thread after a warm-up, and prints MB/s with the JVM and the
 * corpus size; then compares one 5 MB paragraph with 5 MB of short paragraphs (the cleaner must
 * not be quadratic in paragraph length). The cost of cleaning grows with the number of edits, so
 * it also measures the same documents once cleaned (their expected outputs: text with nothing left
 * to fix) and, with {@code --also DIR}, a corpus of every {@code .txt} file under DIR (real
 * machine-translated articles, say), each with its edit density.
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) throws IOException {
    int mb = 24;
    Path data = Path.of("test-data");
    Path also = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--mb" -> mb = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--also" -> also = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<String> docs = documents(data);
    String corpus = corpus(docs, mb << 20);
    long bytes = corpus.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf(Locale.ROOT, "JVM: %s %s (%s), %d cores, max heap %d MB%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "corpus: %.1f MB (UTF-8) from %d documents in %s%n",
        bytes / 1e6, docs.size(), data);

    Cleaner cleaner = Cleaner.defaults();
    double[] rates = measure(cleaner::clean, corpus, bytes, 10, 12);
    System.out.printf(Locale.ROOT,
        "default cleaner, 1 thread, clean(String): best %.1f MB/s, median %.1f MB/s wall clock;"
            + " best %.1f MB/s, median %.1f MB/s of CPU time (%d rules)%n",
        rates[0], rates[1], rates[2], rates[3], cleaner.rules().size());
    double[] textOnly = measure(cleaner::cleanText, corpus, bytes, 4, 12);
    System.out.printf(Locale.ROOT,
        "default cleaner, 1 thread, cleanText(String) (the text, no record of edits): best %.1f MB/s,"
            + " median %.1f MB/s of CPU time%n", textOnly[2], textOnly[3]);
    double streaming = streamingRate(cleaner, corpus, bytes);
    System.out.printf(Locale.ROOT,
        "default cleaner, 1 thread, clean(Reader, Writer): %.1f MB/s%n", streaming);
    System.out.printf(Locale.ROOT,
        "default cleaner, 1 thread, clean(String) document by document: %.1f MB/s of CPU time%n",
        perDocumentRate(cleaner, docs, bytes));

    System.out.println(density("the same documents, already clean", cleaner, files(data, ".expected.txt", true), mb));
    if (also != null) {
      System.out.println(density(".txt files under " + also, cleaner, files(also, ".txt", false), mb));
    }

    String paragraph = longParagraph(docs, 5 << 20);
    String shortOnes = corpus(docs, 5 << 20);
    double[] lengths = longAndShort(cleaner::clean, paragraph, shortOnes, 3, 8);
    System.out.printf(Locale.ROOT,
        "one %.1f M-char paragraph: best %.1f M chars/s; %.1f M chars of short paragraphs: best %.1f M chars/s"
            + " (clean(String), CPU time, runs alternated; ratio of the bests %.2f, of the medians %.2f)%n",
        paragraph.length() / 1e6, lengths[0], shortOnes.length() / 1e6, lengths[1],
        lengths[1] / lengths[0], lengths[3] / lengths[2]);
    double[] texts = longAndShort(cleaner::cleanText, paragraph, shortOnes, 3, 8);
    System.out.printf(Locale.ROOT,
        "  the same with cleanText(String): best %.1f vs %.1f M chars/s (ratio of the bests %.2f, of the medians %.2f)%n",
        texts[0], texts[1], texts[1] / texts[0], texts[3] / texts[2]);

    // the --languagetool path, when LanguageTool is on the class path (it is in the jar)
    try {
      Class.forName("org.languagetool.JLanguageTool");
    } catch (ClassNotFoundException e) {
      System.out.println("languagetool: not on the class path, not measured");
      return;
    }
    System.out.println(LanguageToolBench.run(data, 1_000_000).describe());
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * MB/s over {@code runs} timed runs after {@code warmups}: {best, median} by wall clock, then
   * {best, median} by this thread's CPU time. The JIT compiler keeps working for several seconds
   * on a 2-core machine, and a shared machine has slow spells, so the warm-up is long and both the
   * best and the median are given.
   */
  static double[] measure(Function<String, ?> clean, String text, long bytes, int warmups, int runs) {
    for (int i = 0; i < warmups; i++) {
      clean.apply(text);
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      clean.apply(text);
      wall[i] = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
      cpu[i] = bytes / 1e6 / ((THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new double[] {wall[runs - 1], wall[runs / 2], cpu[runs - 1], cpu[runs / 2]};
  }

  /**
   * M chars/s of CPU time for one long paragraph and for short paragraphs of the same size, run
   * one after the other in each round, so that both see the same JIT state and the same spells of
   * the machine: {best long, best short, median long, median short}.
   */
  static double[] longAndShort(java.util.function.Function<String, ?> clean, String paragraph, String shortOnes,
      int warmups, int runs) {
    for (int i = 0; i < warmups; i++) {
      clean.apply(paragraph);
      clean.apply(shortOnes);
    }
    double[] longRates = new double[runs];
    double[] shortRates = new double[runs];
    for (int i = 0; i < runs; i++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      clean.apply(paragraph);
      long c1 = THREADS.getCurrentThreadCpuTime();
      clean.apply(shortOnes);
      long c2 = THREADS.getCurrentThreadCpuTime();
      longRates[i] = paragraph.length() / 1e6 / ((c1 - c0) / 1e9);
      shortRates[i] = shortOnes.length() / 1e6 / ((c2 - c1) / 1e9);
    }
    Arrays.sort(longRates);
    Arrays.sort(shortRates);
    return new double[] {longRates[runs - 1], shortRates[runs - 1], longRates[runs / 2], shortRates[runs / 2]};
  }

  private static double streamingRate(Cleaner cleaner, String corpus, long bytes) throws IOException {
    Writer sink = Writer.nullWriter();
    cleaner.clean(new StringReader(corpus), sink, EditListener.NONE);
    long t0 = System.nanoTime();
    cleaner.clean(new StringReader(corpus), sink, EditListener.NONE);
    return bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
  }

  /**
   * The same amount of text cleaned one document at a time (as a service cleaning articles
   * would), so that no single result holds the edits of the whole corpus.
   */
  private static double perDocumentRate(Cleaner cleaner, List<String> docs, long bytes) {
    long docBytes = 0;
    for (String d : docs) {
      docBytes += d.getBytes(StandardCharsets.UTF_8).length + 2;
    }
    int rounds = (int) Math.max(1, bytes / docBytes);
    double best = 0;
    for (int run = 0; run < 4; run++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      for (int r = 0; r < rounds; r++) {
        for (String d : docs) {
          cleaner.clean(d);
        }
      }
      long cpu = THREADS.getCurrentThreadCpuTime() - c0;
      if (run > 0) {
        best = Math.max(best, rounds * docBytes / 1e6 / (cpu / 1e9));
      }
    }
    return best;
  }

  /**
   * One line: the CPU-time throughput of {@code cleaner} on a corpus of {@code mb} MB made of
   * {@code docs}, and how many edits it applies per KB there.
   */
  private static String density(String label, Cleaner cleaner, List<String> docs, int mb) {
    String corpus = corpus(docs, mb << 20);
    long bytes = corpus.getBytes(StandardCharsets.UTF_8).length;
    long edits = 0;
    long docBytes = 0;
    for (String d : docs) {
      edits += cleaner.clean(d).edits().stream().filter(e -> e.applied()).count();
      docBytes += d.getBytes(StandardCharsets.UTF_8).length;
    }
    double[] rate = measure(cleaner::clean, corpus, bytes, 2, 6);
    return String.format(Locale.ROOT,
        "  %s: best %.1f MB/s, median %.1f MB/s of CPU time, %.1f edits per KB (%d documents)",
        label, rate[2], rate[3], edits * 1000.0 / docBytes, docs.size());
  }

  /** The golden documents (inputs under any {@code documents} folder of the test data). */
  static List<String> documents(Path data) throws IOException {
    return files(data, ".input.txt", true);
  }

  /**
   * The texts of the files under {@code data} whose names end with {@code suffix}, in path order;
   * with {@code documentsOnly}, only those in a folder named {@code documents}.
   */
  static List<String> files(Path data, String suffix, boolean documentsOnly) throws IOException {
    List<String> docs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(data)) {
      for (Path p : walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
        if (!documentsOnly
            || (p.getParent() != null && p.getParent().getFileName().toString().equals("documents"))) {
          docs.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    if (docs.isEmpty()) {
      throw new IOException("no " + suffix + " documents under " + data.toAbsolutePath());
    }
    return docs;
  }

  static String corpus(List<String> docs, int chars) {
    StringBuilder b = new StringBuilder(chars + 65536);
    for (int i = 0; b.length() < chars; i++) {
      b.append(docs.get(i % docs.size())).append("\n\n");
    }
    return b.toString();
  }

  private static String longParagraph(List<String> docs, int chars) {
    StringBuilder b = new StringBuilder(chars + 65536);
    for (int i = 0; b.length() < chars; i++) {
      for (String line : docs.get(i % docs.size()).split("\n")) {
        if (!line.isBlank()) {
          b.append(line.strip()).append(' ');
        }
      }
    }
    return b.toString();
  }
}
