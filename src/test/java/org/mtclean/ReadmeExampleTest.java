package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The before/after example at the top of the README is what the default cleaner does. */
class ReadmeExampleTest {
  @Test
  void readmeExampleIsTrue() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String before = block(readme, "Before:");
    String after = block(readme, "After `mtclean`:");
    assertEquals(after, MtClean.clean(before));
  }

  private static String block(String text, String heading) {
    int h = text.indexOf(heading);
    int open = text.indexOf("```\n", h) + 4;
    int close = text.indexOf("```\n", open);
    return text.substring(open, close);
  }
}
