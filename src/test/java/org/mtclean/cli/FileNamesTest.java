package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FileNamesTest {
  /** A path whose last name is {@code name}, made without FileNames. */
  static Path named(Path dir, byte[] name) {
    StringBuilder s = new StringBuilder(dir.toAbsolutePath().toUri().toString());
    if (s.charAt(s.length() - 1) != '/') {
      s.append('/');
    }
    for (byte b : name) {
      s.append(String.format("%%%02X", b & 0xFF));
    }
    return Path.of(URI.create(s.toString()));
  }

  static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void namesThatAreNotUtf8KeepTheirBytes() {
    Path fc = named(Path.of("/tmp"), latin1("bad\u00fc.txt"));
    Path fd = named(Path.of("/tmp"), latin1("bad\u00fd.txt"));
    assertEquals(fc.toString(), fd.toString(), "Java's String form cannot tell them apart");
    assertArrayEquals(latin1("bad\u00fc.txt"), FileNames.bytes(fc.getFileName()));
    assertArrayEquals(latin1("bad\u00fc.txt.orig"), FileNames.bytes(FileNames.withSuffix(fc, ".orig").getFileName()));
    assertNotEquals(FileNames.withSuffix(fc, ".orig"), FileNames.withSuffix(fd, ".orig"));
    assertEquals(Path.of("/tmp"), FileNames.withSuffix(fc, ".orig").getParent());
    assertEquals("$'/tmp/bad\\xfc.txt'", FileNames.display(fc), "bash quoting, which gives the bytes back");
  }

  @Test
  void relativePathsKeepTheirBytes() {
    Path rel = Path.of("sub").resolve(FileNames.name(latin1("x\u00ff")));
    assertArrayEquals(latin1("sub/x\u00ff"), FileNames.bytes(rel));
    assertEquals(2, rel.getNameCount());
  }

  @Test
  void argumentsWithSurrogateEscapesMapBackToTheirBytes() {
    byte[] raw = {'a', '/', (byte) 0xE4, (byte) 0xB8, (byte) 0xAD, (byte) 0xFC, '.', 't'};
    String s = FileNames.escapedString(raw);
    assertEquals("a/\u4e2d\udcfc.t", s);
    assertArrayEquals(raw, FileNames.argBytes(s));
    assertArrayEquals(raw, FileNames.bytes(FileNames.path(s)));
    assertEquals("$'a/\u4e2d\\xfc.t'", FileNames.display(s));
  }

  @Test
  void tempNamesStayWithinNameMaxWhateverTheNameIsMadeOf() {
    Random random = new Random(Long.getLong("mtclean.seed", 16));
    for (int len : new int[] {1, 100, 200, 221, 222, 240, 254, 255}) {
      for (String unit : new String[] {"a", "\u4e2d", "\u00e9"}) {
        StringBuilder b = new StringBuilder();
        while (b.toString().getBytes(StandardCharsets.UTF_8).length + unit.getBytes(StandardCharsets.UTF_8).length <= len) {
          b.append(unit);
        }
        if (b.length() == 0) {
          continue;
        }
        Path file = Path.of("/d").resolve(b.toString());
        Path tmp = FileNames.tempSibling(file, Long.toUnsignedString(random.nextLong() | Long.MIN_VALUE));
        byte[] name = FileNames.bytes(tmp.getFileName());
        assertTrue(name.length <= FileNames.NAME_MAX, len + " " + unit + ": " + name.length);
        assertTrue(new String(name, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0, "not cut inside a character");
        assertEquals(Path.of("/d"), tmp.getParent());
      }
    }
  }
}
