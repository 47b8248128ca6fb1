package org.mtclean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A throwaway project that depends on the library artifact as a user's build would: the artifact
 * is installed into a private local repository, Maven resolves the consumer's class path (every
 * other artifact comes from the build's own local repository, so no network is used), and the
 * README's library example is compiled and run against it.
 *
 * <p>Proves that the library brings ICU4J and nothing else, that it binds no SLF4J provider (the
 * consumer's own {@code slf4j-simple} stays in charge), and that the README example works.
 */
class ConsumerProjectIT {
  private static final Path WORK = Path.of("target", "consumer-it").toAbsolutePath();
  private static final String SLF4J = "2.0.16";

  @Test
  void consumerGetsTheLibraryAndIcuOnly() throws Exception {
    String version = version();
    Path repo = WORK.resolve("repo");
    deleteTree(WORK);
    installArtifact(repo, version);
    Path project = WORK.resolve("consumer");
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), consumerPom(version));
    Path settings = WORK.resolve("settings.xml");
    Files.writeString(settings, settings(repo));

    Path cpFile = WORK.resolve("classpath.txt");
    run(project, List.of(mvn(), "-B", "-q", "-s", settings.toString(), "-f",
        project.resolve("pom.xml").toString(),
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
        "-Dmdep.outputFile=" + cpFile));
    String classPath = Files.readString(cpFile).trim();
    TreeSet<String> jars = new TreeSet<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      jars.add(Path.of(entry).getFileName().toString());
    }
    assertEquals(
        new TreeSet<>(List.of("mtclean-" + version + ".jar", "icu4j-78.1.jar",
            "slf4j-api-" + SLF4J + ".jar", "slf4j-simple-" + SLF4J + ".jar")),
        jars, "the consumer's class path: the library, ICU4J and the consumer's own SLF4J");

    Path src = project.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Example.java"), readmeExample());
    Files.writeString(src.resolve("LoggingProbe.java"), LOGGING_PROBE);
    Path classes = project.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-cp", classPath, "-d", classes.toString(),
        src.resolve("Example.java").toString(), src.resolve("LoggingProbe.java").toString());
    assertEquals(0, rc, "the README example compiles against the artifact");

    String runCp = classes + java.io.File.pathSeparator + classPath;
    String example = run(project, List.of(java(), "-cp", runCp, "Example"));
    assertTrue(example.startsWith("The survey started. Results follow: two regions.\n"
        + "It opened on April 24, as planned.\n"), example);
    String probe = run(project, List.of(java(), "-cp", runCp, "LoggingProbe"));
    assertEquals("org.slf4j.simple.SimpleLoggerFactory", probe.trim());
  }

  private static final String LOGGING_PROBE =
      "public class LoggingProbe {\n"
          + "  public static void main(String[] args) {\n"
          + "    org.mtclean.MtClean.clean(\"a ， b\");\n"
          + "    System.out.println(org.slf4j.LoggerFactory.getILoggerFactory().getClass()"
          + ".getName());\n"
          + "  }\n"
          + "}\n";

  /** The first {@code java} block of the README's Library section. */
  static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Library");
    int open = readme.indexOf("```java\n", section) + "```java\n".length();
    int close = readme.indexOf("```\n", open);
    return readme.substring(open, close);
  }

  private static String version() throws IOException {
    Properties p = new Properties();
    try (var in = Files.newInputStream(Path.of("target/classes/org/mtclean/version.properties"))) {
      p.load(in);
    }
    return p.getProperty("version");
  }

  private static void installArtifact(Path repo, String version) throws IOException {
    Path dir = repo.resolve("org/mtclean/mtclean").resolve(version);
    Files.createDirectories(dir);
    Path jar = Path.of("target", "mtclean-" + version + ".jar");
    assertTrue(Files.isRegularFile(jar), "run after the package phase: " + jar);
    Files.copy(jar, dir.resolve("mtclean-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(Path.of("pom.xml"), dir.resolve("mtclean-" + version + ".pom"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static String consumerPom(String version) {
    return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + "  <groupId>example</groupId><artifactId>consumer</artifactId><version>1</version>\n"
        + "  <dependencies>\n"
        + dep("org.mtclean", "mtclean", version)
        + dep("org.slf4j", "slf4j-api", SLF4J)
        + dep("org.slf4j", "slf4j-simple", SLF4J)
        + "  </dependencies>\n"
        + "</project>\n";
  }

  private static String dep(String group, String artifact, String version) {
    return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact
        + "</artifactId><version>" + version + "</version></dependency>\n";
  }

  private static String settings(Path repo) {
    Path home = Path.of(System.getProperty("mtclean.localRepository",
        System.getProperty("user.home") + "/.m2/repository"));
    return "<settings>\n"
        + "  <localRepository>" + repo + "</localRepository>\n"
        + "  <mirrors><mirror><id>build-local</id><mirrorOf>*</mirrorOf>\n"
        + "    <url>" + home.toUri() + "</url></mirror></mirrors>\n"
        + "</settings>\n";
  }

  private static String mvn() {
    String home = System.getProperty("maven.home");
    return home == null || home.isEmpty() ? "mvn" : Path.of(home, "bin", "mvn").toString();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String run(Path dir, List<String> command) throws Exception {
    Path log = Files.createTempFile(WORK, "run", ".log");
    Process p = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
    String out = Files.readString(log);
    assertEquals(0, p.exitValue(), command + "\n" + out);
    return out;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
