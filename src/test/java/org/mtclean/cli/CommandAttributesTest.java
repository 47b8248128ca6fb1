package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mtclean.cli.Cli.CLEAN;
import static org.mtclean.cli.Cli.GARBLED;
import static org.mtclean.cli.Cli.read;
import static org.mtclean.cli.Cli.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What -i keeps of a file besides its text: mode bits, owner, extended attributes, ACL. */
class CommandAttributesTest {
  @TempDir Path dir;

  private static boolean unix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("unix");
  }

  private static int mode(Path p) throws IOException {
    return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
  }

  @Test
  void setuidSetgidAndStickyBitsAreKept() throws IOException {
    assumeTrue(unix(dir));
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Files.setAttribute(a, "unix:mode", 07640);
    assumeTrue(mode(a) == 07640, "the system allows these bits to this user");
    Cli.Run r = Cli.run("-q", "-i", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(CLEAN, read(a));
    assertEquals(07640, mode(a), Integer.toOctalString(mode(a)));
  }

  @Test
  void userExtendedAttributesAreKept() throws IOException {
    Path a = write(dir.resolve("a.txt"), GARBLED);
    UserDefinedFileAttributeView view = Files.getFileAttributeView(a, UserDefinedFileAttributeView.class);
    assumeTrue(view != null);
    try {
      view.write("mtclean.origin", ByteBuffer.wrap("scan 7".getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      assumeTrue(false, "no user extended attributes here: " + e);
    }
    Cli.Run r = Cli.run("-q", "-i", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(CLEAN, read(a));
    UserDefinedFileAttributeView after = Files.getFileAttributeView(a, UserDefinedFileAttributeView.class);
    assertEquals(List.of("mtclean.origin"), after.list());
    ByteBuffer b = ByteBuffer.allocate(after.size("mtclean.origin"));
    after.read("mtclean.origin", b);
    assertEquals("scan 7", new String(b.array(), StandardCharsets.UTF_8));
  }

  @Test
  void ownerAndGroupAreKeptByRoot() throws IOException {
    assumeTrue(unix(dir) && "root".equals(System.getProperty("user.name")), "only root can give files away");
    Path a = write(dir.resolve("a.txt"), GARBLED);
    Files.setAttribute(a, "unix:uid", 65534);
    Files.setAttribute(a, "unix:gid", 65534);
    Files.setAttribute(a, "unix:mode", 02664);
    Cli.Run r = Cli.run("-q", "-i", a.toString());
    assertEquals(0, r.code(), r::toString);
    Map<String, Object> at = Files.readAttributes(a, "unix:uid,gid");
    assertEquals(65534, at.get("uid"));
    assertEquals(65534, at.get("gid"));
    assertEquals(02664, mode(a), "setgid survives the chown");
  }

  /** A POSIX ACL (system.posix_acl_access) granting user 65534 read access, set and read with python3. */
  @Test
  void posixAclIsKept() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    assumeTrue(unix(dir) && Files.isExecutable(python), "needs python3 to set an ACL");
    Path a = write(dir.resolve("a.txt"), GARBLED);
    String set = "import os,struct,sys\n"
        + "e=[(1,6,-1),(2,4,65534),(4,4,-1),(0x10,4,-1),(0x20,0,-1)]\n"
        + "v=struct.pack('<I',2)+b''.join(struct.pack('<HHi',t,p,i) for t,p,i in e)\n"
        + "os.setxattr(sys.argv[1],'system.posix_acl_access',v)\n";
    String get = "import os,sys\nprint(os.getxattr(sys.argv[1],'system.posix_acl_access').hex())\n";
    Process p = new ProcessBuilder(python.toString(), "-c", set, a.toString()).redirectErrorStream(true).start();
    String setOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor() == 0, "no POSIX ACLs here: " + setOut);
    String before = python(python, get, a);
    Cli.Run r = Cli.run("-q", "-i", a.toString());
    assertEquals(0, r.code(), r::toString);
    assertEquals(CLEAN, read(a));
    assertEquals(before, python(python, get, a));
  }

  private static String python(Path python, String script, Path file) throws Exception {
    Process p = new ProcessBuilder(python.toString(), "-c", script, file.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  /**
   * A user who may write a file owned by someone else cannot make the replacement theirs: the
   * file fails and stays as it is. Runs the command as nobody (uid 65534) from root.
   */
  @Test
  void aRewriteThatWouldChangeTheOwnerIsRefused() throws Exception {
    assumeTrue(ChildJvm.canRunAsNobody(), "needs root and setpriv to run as another user");
    String cp = ChildJvm.classPath(dir.resolve("jvm"));
    Path work = Files.createDirectories(dir.resolve("work"));
    Path mine = write(work.resolve("theirs.txt"), GARBLED);
    Path own = write(work.resolve("own.txt"), GARBLED);
    Files.setAttribute(mine, "unix:mode", 0666); // root's, writable by all
    Files.setAttribute(own, "unix:uid", 65534);
    Files.setAttribute(own, "unix:gid", 65534);
    Files.setAttribute(work, "unix:mode", 0777);
    Files.setAttribute(dir, "unix:mode", 0755);
    ChildJvm.Run r = ChildJvm.run(ChildJvm.AS_NOBODY, cp, Map.of(), work, "-i", "theirs.txt", "own.txt");
    assertEquals(3, r.code(), r::toString);
    assertTrue(r.err().contains("theirs.txt: owned by root:root, which a rewrite by this user cannot keep"), r::toString);
    assertEquals(GARBLED, read(mine));
    assertEquals(0, Files.getAttribute(mine, "unix:uid"));
    assertEquals(CLEAN, read(own), "a file of the user's own is cleaned");
    try (var s = Files.list(work)) {
      assertEquals(2, s.count(), "no temp file left");
    }
  }
}
