package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mtclean.cli.Cli.CLEAN;
import static org.mtclean.cli.Cli.GARBLED;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.FileNamesTest.named;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names under a locale that cannot spell them ({@code LC_ALL=C}: the JVM decodes names and
 * arguments as ASCII): names are bytes, and the command handles them whatever the locale. Runs
 * the command in a child JVM started under that locale. The non-ASCII arguments go through
 * {@code sh} and {@code printf}, so that they reach the child as the bytes given here whatever
 * the locale of the test itself.
 */
class LocaleNamesTest {
  @TempDir Path dir;
  private String classPath;

  private static final byte[] CHINESE = "中文.txt".getBytes(StandardCharsets.UTF_8);
  private static final byte[] LATIN1 = {'b', 'a', 'd', (byte) 0xFC, '.', 't', 'x', 't'};

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && dir.getFileSystem().getSeparator().equals("/"));
    classPath = ChildJvm.classPath(dir.resolve("jvm"));
  }

  /** Runs the command under LC_ALL=C in {@code work} with {@code args}, then the names given as bytes. */
  private ChildJvm.Run runUnderC(Path work, List<String> args, byte[]... names) throws Exception {
    StringBuilder script = new StringBuilder("exec \"$@\"");
    for (byte[] n : names) {
      script.append(" \"$(printf '");
      for (byte b : n) {
        script.append(String.format("\\%03o", b & 0xFF));
      }
      script.append("')\"");
    }
    List<String> prefix = new ArrayList<>(List.of("/bin/sh", "-c", script.toString(), "sh"));
    return ChildJvm.run(prefix, classPath, Map.of("LC_ALL", "C", "LANG", "C"), work, args.toArray(String[]::new));
  }

  private static void assertNoStackTrace(ChildJvm.Run r) {
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r::toString);
  }

  @Test
  void aChineseNameOnTheCommandLineIsCleanedInPlace() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path zh = named(work, CHINESE);
    Files.writeString(zh, GARBLED);
    ChildJvm.Run r = runUnderC(work, List.of("-i", "--backup", ".orig"), CHINESE);
    assertEquals(0, r.code(), r::toString);
    assertNoStackTrace(r);
    assertEquals(CLEAN, read(zh));
    assertEquals(GARBLED, read(named(work, "中文.txt.orig".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void namesFoundInADirectoryAreCleanedInPlaceAndToAnOutputDirectory() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(named(in, CHINESE), GARBLED);
    Files.writeString(named(in, LATIN1), GARBLED);
    ChildJvm.Run o = runUnderC(work, List.of("-o", "out", "in"));
    assertEquals(0, o.code(), o::toString);
    assertEquals(CLEAN, read(named(work.resolve("out"), CHINESE)));
    assertEquals(CLEAN, read(named(work.resolve("out"), LATIN1)));
    ChildJvm.Run i = runUnderC(work, List.of("-i", "in"));
    assertEquals(0, i.code(), i::toString);
    assertNoStackTrace(i);
    assertEquals(CLEAN, read(named(in, CHINESE)));
    assertEquals(CLEAN, read(named(in, LATIN1)));
  }

  @Test
  void aNameThatIsNotUtf8OnTheCommandLineIsFoundAndNamedExactly() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Path bad = named(work, LATIN1);
    Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xFF});
    ChildJvm.Run r = runUnderC(work, List.of("-i"), LATIN1);
    assertEquals(3, r.code(), r::toString);
    assertNoStackTrace(r);
    assertTrue(r.err().contains("$'bad\\xfc.txt': malformed UTF-8 input at byte offset 3"), r::toString);
  }

  @Test
  void listingsOnStandardOutputKeepTheirChineseCharacters() throws Exception {
    ChildJvm.Run r = runUnderC(Files.createDirectories(dir.resolve("work")), List.of("--list-rules"));
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("Chinese punctuation in English text becomes English punctuation: \u3002 -> ."), r::toString);
  }

  @Test
  void aMissingChineseNameIsAClearError() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    ChildJvm.Run r = runUnderC(work, List.of("--check"), CHINESE);
    assertEquals(3, r.code(), r::toString);
    assertNoStackTrace(r);
    assertTrue(r.err().contains("中文.txt: no such file or directory"), r::toString);
  }
}
