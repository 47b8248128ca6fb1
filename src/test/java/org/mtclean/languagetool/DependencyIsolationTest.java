package org.mtclean.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dependency decision: LanguageTool is optional, only org.mtclean.languagetool uses it, and
 * the rest of mtclean works on a class path without it.
 */
class DependencyIsolationTest {
  private static final String ADAPTER = "org/mtclean/languagetool/";
  private static final String CLI = "org/mtclean/cli/";
  /** The benchmarks measure the --languagetool path too; like the command, they may use the adapter. */
  private static final String BENCH = "org/mtclean/bench/";
  /** LanguageTool and the jars this project bundles only for it. */
  private static final List<String> LANGUAGETOOL_PACKAGES =
      List.of("org.languagetool.", "com.google.common.", "net.loomchild.", "io.grpc.",
          "io.opentelemetry.", "org.apache.commons.lang3.", "org.apache.commons.logging.",
          "javax.xml.bind.", "org.slf4j.");

  static Path classesDir() throws Exception {
    return Path.of(Cleaner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void onlyTheAdapterAndTheCommandReferToLanguageTool() throws Exception {
    Path root = classesDir();
    Set<String> offenders = new TreeSet<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        if (name.startsWith(ADAPTER)) {
          continue;
        }
        scanned++;
        // class-file constant pools hold referenced class names as UTF-8 (modified UTF-8 is
        // plain ASCII for these names)
        String pool = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        if (pool.contains("org/languagetool")) {
          offenders.add(name + " -> org.languagetool");
        }
        if (!name.startsWith(CLI) && !name.startsWith(BENCH) && pool.contains(ADAPTER)) {
          offenders.add(name + " -> " + ADAPTER);
        }
      }
    }
    assertTrue(scanned > 20, "scanned " + scanned);
    assertEquals(Set.of(), offenders);
  }

  @Test
  void theCleanerRunsWithoutLanguageToolAndTheAdapterDoesNot() throws Exception {
    ClassLoader loader = new WithoutLanguageTool(classesDir(), getClass().getClassLoader());
    Class<?> cleaner = loader.loadClass("org.mtclean.Cleaner");
    Object defaults = cleaner.getMethod("defaults").invoke(null);
    Object result = cleaner.getMethod("clean", String.class)
        .invoke(defaults, "The survey started\u3002Results follow\uFF1Atwo regions\uFF0Cthree cities\u3002");
    Object text = result.getClass().getMethod("text").invoke(result);
    assertEquals("The survey started. Results follow: two regions, three cities.", text);

    // the control: the same loader cannot run the adapter, so the check above is meaningful
    Throwable failure =
        assertThrows(Throwable.class, () -> {
          Method check = loader.loadClass("org.mtclean.languagetool.LanguageToolCheck")
              .getMethod("check", String.class);
          check.invoke(null, "It was was.");
        });
    StringBuilder chain = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      chain.append(t).append('\n');
    }
    assertTrue(chain.toString().contains("org.languagetool")
        || chain.toString().contains("org/languagetool"), chain.toString());
  }

  @Test
  void everyLanguageToolArtifactIsOptional() throws Exception {
    Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of("pom.xml").toFile()).getDocumentElement();
    Element deps = (Element) project.getElementsByTagName("dependencies").item(0);
    NodeList list = deps.getElementsByTagName("dependency");
    List<String> required = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      Element d = (Element) list.item(i);
      if (d.getParentNode() != deps) {
        continue;
      }
      String artifact = d.getElementsByTagName("artifactId").item(0).getTextContent();
      NodeList scope = d.getElementsByTagName("scope");
      if (scope.getLength() > 0 && scope.item(0).getTextContent().equals("test")) {
        continue;
      }
      NodeList opt = d.getElementsByTagName("optional");
      boolean isOptional = opt.getLength() > 0 && opt.item(0).getTextContent().equals("true");
      (isOptional ? optional : required).add(artifact);
    }
    assertEquals(List.of("icu4j"), required); // the command's picocli, Gson and diff-utils are optional too
    assertTrue(optional.contains("languagetool-core"), optional.toString());
  }

  /**
   * Loads org.mtclean classes itself from the build's class directory and refuses LanguageTool
   * and the jars bundled for it; everything else comes from the parent.
   */
  private static final class WithoutLanguageTool extends ClassLoader {
    private final Path classes;

    WithoutLanguageTool(Path classes, ClassLoader parent) {
      super("without-languagetool", parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        for (String blocked : LANGUAGETOOL_PACKAGES) {
          if (name.startsWith(blocked)) {
            throw new ClassNotFoundException(name + " (hidden from this test)");
          }
        }
        if (!name.startsWith("org.mtclean.")) {
          return super.loadClass(name, resolve);
        }
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          Path file = classes.resolve(name.replace('.', '/') + ".class");
          if (!Files.exists(file)) {
            throw new ClassNotFoundException(name);
          }
          try {
            byte[] bytes = Files.readAllBytes(file);
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }

    @Override
    public URL getResource(String name) {
      Path file = classes.resolve(name);
      if (Files.exists(file)) {
        try {
          return file.toUri().toURL();
        } catch (MalformedURLException e) {
          throw new IllegalStateException(e);
        }
      }
      return super.getResource(name);
    }
  }
}
