package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillBufferTest {
  @TempDir Path dir;

  @Test
  void spillFileIsNewOwnerOnlyAndGoneAfterDiscard() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    SpillBuffer a = new SpillBuffer(dir, ".name.txt.", 4);
    SpillBuffer b = new SpillBuffer(dir, ".name.txt.", 4);
    a.write("more than four bytes".getBytes(StandardCharsets.UTF_8));
    b.write("more than four bytes".getBytes(StandardCharsets.UTF_8));
    Path fa = a.flushToFile();
    Path fb = b.flushToFile();
    assertNotEquals(fa, fb);
    assertEquals(dir, fa.getParent());
    assertTrue(fa.getFileName().toString().startsWith(".name.txt."), fa.toString());
    assertTrue(fa.getFileName().toString().endsWith(".mtclean.tmp"), fa.toString());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fa)));
    assertArrayEquals("more than four bytes".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(fa));
    a.discard();
    b.discard();
    assertFalse(Files.exists(fa));
    assertFalse(Files.exists(fb));
  }
}
