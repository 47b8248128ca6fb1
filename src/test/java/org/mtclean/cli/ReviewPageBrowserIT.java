package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in a real browser (headless Chromium): the script runs (the page's own
 * Content-Security-Policy hash lets it), the counts, rule rows and change marks are in the DOM,
 * a screenshot is not blank, and hostile input runs no script. Skipped, saying so, where no
 * Chromium can be found ({@code .ci/run} installs it).
 */
class ReviewPageBrowserIT {
  @TempDir Path dir;
  private static String chromium;

  @BeforeAll
  static void findBrowser() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(p, name))) {
          chromium = Path.of(p, name).toString();
          return;
        }
      }
    }
    Assumptions.abort("no headless Chromium on PATH (apt-get install chromium): browser checks skipped");
  }

  @Test
  void pageOfTheGarbledDocumentsWorksInTheBrowser() throws Exception {
    Path page = dir.resolve("review.html");
    Cli.Run r = Cli.run("--check", "-q", "--include", "*.input.txt", "--html-report",
        page.toString(), "test-data/documents");
    assertEquals(Main.WOULD_CHANGE, r.code(), r.toString());
    String dom = browser("--dump-dom", page);
    assertTrue(dom.contains("<form class=\"filters\" id=\"filters\">"),
        "the page's script ran and showed the filters");
    assertTrue(dom.contains("<span data-n=\"seen\">5</span>"), dom.substring(0, 2000));
    assertTrue(dom.contains("<span data-n=\"changed\">5</span>"));
    assertEquals(count(dom, "<tr data-rule=\"[^\"]+\">"), count(dom, "<g class=\"bar\""),
        "a rule row and a bar per rule");
    assertTrue(count(dom, "<tr data-rule=\"[^\"]+\">") >= 8);
    assertTrue(count(dom, "<del class=\"chg\"") + count(dom, "<ins class=\"chg\"") > 200);

    Path png = dir.resolve("shot.png");
    browser("--screenshot=" + png, page);
    BufferedImage img = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) {
          ink++;
        }
      }
    }
    assertTrue(colours.size() > 20, "colours: " + colours.size());
    assertTrue(ink > img.getWidth() * img.getHeight() / 4 / 50, "not blank: " + ink);
  }

  @Test
  void hostileInputRunsNoScript() throws Exception {
    String[] payloads = {
      "<script>document.title='pwned'</script>",
      "\"><img src=x onerror=\"document.title='pwned'\">",
      "</title></style><script>document.title='pwned'</script>",
      "<svg onload=\"document.title='pwned'\">\u2028\u202Eevil",
      "javascript:document.title='pwned' <a href=\"javascript:document.title='pwned'\">x</a>",
    };
    StringBuilder text = new StringBuilder();
    for (String p : payloads) {
      text.append("He said ，").append(p).append(" the the end。\n\n");
    }
    Path in = Cli.write(dir.resolve("in").resolve("<img src=x onerror=document.title='pwned'>.txt"),
        text.toString());
    Path page = dir.resolve("review.html");
    Cli.Run r = Cli.run("--check", "-q", "--html-report", page.toString(), in.toString());
    assertEquals(Main.WOULD_CHANGE, r.code(), r.toString());
    String dom = browser("--dump-dom", page);
    assertTrue(dom.contains("<title>mtclean review</title>"), dom);
    assertFalse(dom.contains("<title>pwned"), "no script from the input ran");
    assertFalse(Pattern.compile("<(script|img|svg|a)\\b[^>]*(onerror|onload|javascript:)").matcher(
        dom.replaceAll("(?s)<script>\\(function\\(\\).*?</script>", "")).find());
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private String browser(String what, Path page) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--hide-scrollbars", "--window-size=1200,1600",
        "--user-data-dir=" + dir.resolve("profile"), what, page.toUri().toString()));
    Path out = dir.resolve("browser.out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
        .redirectError(dir.resolve("browser.err").toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "browser timed out");
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
