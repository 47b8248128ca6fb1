package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void danglingLinkIsRefusedAndLeftAsItIs() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path link = Files.createSymbolicLink(dir.resolve("out.txt"), dir.resolve("missing.txt"));
    IOException e = assertThrows(IOException.class, () -> AtomicOutput.open(link, AtomicOutput.Hook.NONE, 10));
    assertEquals("dangling symbolic link", e.getMessage());
    assertTrue(Files.isSymbolicLink(link));
    assertFalse(Files.exists(dir.resolve("missing.txt")));
  }

  @Test
  void linkIsKeptAndItsTargetReplaced() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    AtomicOutput out = AtomicOutput.open(link, AtomicOutput.Hook.NONE, 3);
    assertEquals(real.toRealPath(), out.target());
    out.write("new".getBytes(StandardCharsets.UTF_8));
    out.commit(null);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(real));
  }

  @Test
  void newFileInNewDirectoriesLeavesNoTempFile() throws IOException {
    Path target = dir.resolve("a/b/new.txt");
    AtomicOutput out = AtomicOutput.open(target, AtomicOutput.Hook.NONE, -1);
    out.write("text".getBytes(StandardCharsets.UTF_8));
    out.commit(null);
    assertEquals("text", Files.readString(target));
    try (Stream<Path> s = Files.list(target.getParent())) {
      assertEquals(1, s.count());
    }
  }
}
