package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {
  @TempDir Path dir;

  /**
   * A directory swapped for a link after the last check (with the temp file moved along) still
   * does not receive the output: the rename goes through directory handles opened without
   * following links.
   */
  @Test
  void aDirectorySwappedForALinkJustBeforeTheRenameIsRefused() throws IOException {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      assumeTrue(ds instanceof SecureDirectoryStream, "needs SecureDirectoryStream (Linux)");
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path rel = Path.of("sub/a.txt");
    Path target = OutputTree.prepare(out, rel);
    Path tmp = Files.writeString(target.resolveSibling(".a.txt.1.mtclean.tmp"), "new");
    OutputTree.verify(out, rel);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.move(out.resolve("sub"), elsewhere.resolve("sub"));
    Files.createSymbolicLink(out.resolve("sub"), elsewhere.resolve("sub"));
    OutputTree.Refused e = assertThrows(OutputTree.Refused.class, () -> OutputTree.moveInto(out, rel, tmp));
    assertTrue(e.getMessage().contains("sub is a symbolic link"), e.getMessage());
    assertFalse(Files.exists(elsewhere.resolve("sub/a.txt")));
  }

  @Test
  void theRenameLandsInTheTree() throws IOException {
    Path out = dir.resolve("out");
    Path rel = Path.of("x/y/a.txt");
    Path target = OutputTree.prepare(out, rel);
    Path tmp = Files.writeString(target.resolveSibling(".a.txt.2.mtclean.tmp"), "new");
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      assertEquals(ds instanceof SecureDirectoryStream, OutputTree.moveInto(out, rel, tmp));
    }
    if (!Files.exists(target)) {
      Files.move(tmp, target);
    }
    assertEquals("new", Files.readString(target));
    assertFalse(Files.exists(tmp));
  }
}
