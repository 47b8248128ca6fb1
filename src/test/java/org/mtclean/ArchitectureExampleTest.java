package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example rule of docs/architecture.md compiles, and does what the doc says. */
class ArchitectureExampleTest {
  @TempDir Path dir;

  @Test
  void theExampleRuleCompilesAndWorks() throws Exception {
    String doc = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\n(package org\\.mtclean\\.rules;.*?)```", Pattern.DOTALL).matcher(doc);
    assertTrue(m.find(), "no example rule in docs/architecture.md");
    Path source = dir.resolve("org/mtclean/rules/WeekdayCaseRule.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, m.group(1), StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", dir.toString(), "-cp",
        System.getProperty("java.class.path") + File.pathSeparator + "target/classes", source.toString());
    assertEquals(0, status, "the example does not compile");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Rule rule = (Rule) loader.loadClass("org.mtclean.rules.WeekdayCaseRule").getConstructor().newInstance();
      assertEquals(DocumentMemory.NONE, rule.memory());
      assertTrue(!rule.wakes().bySpacing() && rule.wakes().byCaseChanges());
      Cleaner c = Cleaner.builder().disableAll().addRule(rule).build();
      assertEquals("The board meets on Monday.", c.clean("The board meets on monday.").text());
      for (String same : List.of("Monday", "mondays", "`monday` ok", "www.monday.example", "friday")) {
        String expected = same.equals("friday") ? "Friday" : same;
        assertEquals(expected, c.clean(same).text(), same);
      }
    }
  }
}
