package org.mtclean.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mtclean.Cleaner;
import org.mtclean.EditListener;
import org.mtclean.formats.FormatCleaner;
import org.mtclean.formats.Formats;
import org.mtclean.formats.RawText;
import org.mtclean.formats.Segment;
import org.mtclean.formats.SegmentSink;

/**
 * Speed of cleaning inside an XLIFF file against plain text:
 * {@code java -Xmx256m -cp target/mtclean.jar org.mtclean.bench.FormatBench [--mb N] [--runs R] [--data DIR]}.
 *
 * <p>Writes an XLIFF 1.2 file of at least {@code N} MB (default 100) to a temporary folder: one
 * trans-unit per paragraph of the garbled articles in {@code DIR/documents}, its target the
 * paragraph and its source a Chinese text of a third of its length. Writes the same target text
 * as a plain-text file, one paragraph per block. Then cleans each {@code R} times (default 4),
 * alternating, streaming from the file, and prints the median MB/s of the files (the first run
 * warms up and is not counted) and the ratio of the times for the same English text, with the
 * peak heap of each (the sum of the heap pools' peaks: an upper bound). Last, where the time of
 * the XLIFF goes: the XML scan alone, and {@code Cleaner.clean(String)} on each paragraph alone.
 */
public final class FormatBench {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String SOURCE = "会议指出，要坚持以人民为中心的发展思想，推动高质量发展。";

  private FormatBench() {}

  public static void main(String[] args) throws IOException {
    int mb = 100;
    int runs = 4;
    Path data = Path.of("test-data");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--mb" -> mb = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (String doc : Bench.documents(data)) {
      for (String p : doc.split("\n\n+")) {
        if (!p.isBlank()) {
          paragraphs.add(p);
        }
      }
    }
    Path dir = Files.createTempDirectory("mtclean-formatbench");
    Path xliff = dir.resolve("big.xlf");
    Path text = dir.resolve("big.txt");
    long units = write(paragraphs, (long) mb << 20, xliff, text);
    long xliffBytes = Files.size(xliff);
    long textBytes = Files.size(text);
    System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "XLIFF: %.1f MB, %d trans-units; the same targets as plain text: %.1f MB%n",
        xliffBytes / 1e6, units, textBytes / 1e6);

    Cleaner cleaner = Cleaner.defaults();
    FormatCleaner formats = new FormatCleaner(cleaner);
    EditListener ignore = e -> {};
    double[][] t = new double[2][runs];
    long[] peak = new long[2];
    for (int r = 0; r < runs; r++) {
      t[0][r] = time(() -> {
        try (Reader in = reader(text)) {
          cleaner.clean(in, Writer.nullWriter(), ignore);
        }
      }, peak, 0);
      t[1][r] = time(() -> {
        try (Reader in = reader(xliff)) {
          formats.clean(Formats.byName("xliff"), in, Writer.nullWriter(), ignore, m -> {});
        }
      }, peak, 1);
      System.out.printf(Locale.ROOT, "run %d: plain text %.2f s, XLIFF %.2f s (CPU time)%n", r + 1, t[0][r], t[1][r]);
    }
    // where the time goes: the XML scan alone, and clean(String) on each paragraph alone
    double scan = time(() -> {
      try (Reader in = reader(xliff)) {
        Formats.byName("xliff").scan(new RawText(in, Writer.nullWriter()), new SegmentSink() {
          @Override
          public void segment(Segment segment) {}

          @Override
          public void notice(String message) {}
        });
      }
    }, new long[1], 0);
    Cleaner perSegment = cleaner.toBuilder().disable(org.mtclean.rules.RepeatedTitleRule.ID).build(); // as FormatCleaner does
    double perParagraph = time(() -> {
      try (BufferedReader in = reader(text)) {
        StringBuilder p = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isEmpty()) {
            if (p.length() > 0) {
              perSegment.clean(p.toString());
            }
            p.setLength(0);
          } else {
            p.append(p.length() > 0 ? "\n" : "").append(line);
          }
        }
      }
    }, new long[1], 0);
    System.out.printf(Locale.ROOT, "the XML scan alone: %.2f s; clean(String) on each paragraph alone (without repeat.title): %.2f s%n",
        scan, perParagraph);
    double plain = median(Arrays.copyOfRange(t[0], runs > 1 ? 1 : 0, runs));
    double inXliff = median(Arrays.copyOfRange(t[1], runs > 1 ? 1 : 0, runs));
    System.out.printf(Locale.ROOT, "plain text: %.1f MB/s (%.2f s), peak heap %d MB%n",
        textBytes / 1e6 / plain, plain, peak[0] >> 20);
    System.out.printf(Locale.ROOT, "XLIFF: %.1f MB/s of the file, %.1f MB/s of its target text (%.2f s), peak heap %d MB%n",
        xliffBytes / 1e6 / inXliff, textBytes / 1e6 / inXliff, inXliff, peak[1] >> 20);
    System.out.printf(Locale.ROOT, "the same English text takes %.2f times as long in the XLIFF as in plain text%n",
        inXliff / plain);
    Files.delete(xliff);
    Files.delete(text);
    Files.delete(dir);
  }

  private static long write(List<String> paragraphs, long bytes, Path xliff, Path text) throws IOException {
    long units = 0;
    try (Writer x = Files.newBufferedWriter(xliff, StandardCharsets.UTF_8);
        BufferedWriter t = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
      x.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" "
          + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file source-language=\"zh-CN\" "
          + "target-language=\"en-US\" datatype=\"plaintext\" original=\"bench\">\n<body>\n");
      long written = 0;
      while (written < bytes) {
        String p = paragraphs.get((int) (units % paragraphs.size()));
        units++;
        String unit = "<trans-unit id=\"u" + units + "\">\n<source>" + SOURCE.repeat(1 + p.length() / 3 / SOURCE.length())
            + "</source>\n<target>" + escape(p) + "</target>\n</trans-unit>\n";
        x.write(unit);
        t.write(p);
        t.write("\n\n");
        written += unit.length() + (long) unit.length() / 2; // about: the source is 3 bytes a char
      }
      x.write("</body>\n</file>\n</xliff>\n");
    }
    return units;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static BufferedReader reader(Path p) throws IOException {
    return new BufferedReader(Files.newBufferedReader(p, StandardCharsets.UTF_8), 1 << 16);
  }

  @FunctionalInterface
  private interface Run {
    void run() throws IOException;
  }

  /** CPU seconds of {@code run} on this thread; keeps the peak heap of the run in {@code peak[k]}. */
  private static double time(Run run, long[] peak, int k) throws IOException {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long t0 = THREADS.getCurrentThreadCpuTime();
    run.run();
    double s = (THREADS.getCurrentThreadCpuTime() - t0) / 1e9;
    long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    peak[k] = Math.max(peak[k], used);
    return s;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
