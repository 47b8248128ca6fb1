package org.mtclean.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.mtclean.cli.Main;

/**
 * Size of the review page ({@code --html-report}) for a text with N edits (default 10,000), and
 * how long headless Chromium takes to load it and run its script (median of five loads).
 *
 * <pre>java -cp target/mtclean.jar org.mtclean.bench.ReviewPageBench [EDITS] [CHROMIUM]</pre>
 */
public final class ReviewPageBench {
  private ReviewPageBench() {}

  public static void main(String[] args) throws Exception {
    int edits = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    String chromium = args.length > 1 ? args[1] : "chromium";
    Path dir = Files.createTempDirectory("mtclean-review");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i * 4 < edits; i++) {
      b.append("Line ").append(i).append(" said\uFF0Cthen stopped\u3002Next \uFF0C done \u3002\n\n");
    }
    Path in = dir.resolve("many.txt");
    Files.writeString(in, b.toString(), StandardCharsets.UTF_8);
    Path page = dir.resolve("review.html");
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    new Main(quiet, quiet, System.in).run(new String[] {"--check", "-q", "--no-config",
        "--html-report", page.toString(), in.toString()});
    double write = (System.nanoTime() - t0) / 1e9;
    double[] loads = new double[5];
    for (int i = 0; i < loads.length; i++) {
      long s = System.nanoTime();
      Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
          "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", page.toUri().toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.waitFor(5, TimeUnit.MINUTES);
      loads[i] = (System.nanoTime() - s) / 1e9;
    }
    java.util.Arrays.sort(loads);
    System.out.printf(Locale.ROOT,
        "%d edits: page %.2f MB, written in %.2f s (command in-process); headless Chromium loads "
            + "it and runs its script in %.2f s (median of %d, whole browser process)%n",
        edits, Files.size(page) / 1048576.0, write, loads[loads.length / 2], loads.length);
  }
}
