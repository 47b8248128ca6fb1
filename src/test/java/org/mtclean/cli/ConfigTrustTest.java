package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mtclean.cli.Cli.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .mtclean.json} found by the search is used only when no one else could have written
 * it, and the search stops at the repository root or the home directory.
 */
class ConfigTrustTest {
  @TempDir Path dir;

  /** Disables sentence-start capitals: "one。two" then cleans to "one. two", not "one. Two". */
  private static final String CONFIG = "{\"disable\": [\"case\"]}";
  private static final String TEXT = "one。two\n";
  private static final String WITH_CONFIG = "one. two\n";
  private static final String WITHOUT = "one. Two\n";

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void aConfigWritableByOthersIsIgnoredWithAReason() throws IOException {
    assumeTrue(posix());
    Path cfg = write(dir.resolve(".mtclean.json"), CONFIG);
    Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-r--r--"));
    Path a = write(dir.resolve("sub/a.txt"), TEXT);
    assertEquals(WITH_CONFIG, Cli.run("-q", a.toString()).out());
    Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-rw-rw-"));
    Cli.Run r = Cli.run(a.toString());
    assertEquals(WITHOUT, r.out(), r::toString);
    assertTrue(r.err().contains("mtclean: ignoring " + cfg + ": writable by others (mode rw-rw-rw-)"), r::toString);
    assertEquals(1, r.err().split("ignoring", -1).length - 1, "said once: " + r.err());
    // group-writable: fine for the owner's private group (umask 002), not for another group
    java.nio.file.attribute.PosixFileAttributes attrs = Files.readAttributes(cfg, java.nio.file.attribute.PosixFileAttributes.class);
    Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-rw-r--"));
    boolean privateGroup = attrs.group().getName().equals(attrs.owner().getName());
    assertEquals(privateGroup ? WITH_CONFIG : WITHOUT, Cli.run("-q", a.toString()).out());
    if (ConfigSearch.currentUid() == 0) {
      Files.getFileAttributeView(cfg, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(
          FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup"));
      Cli.Run group = Cli.run(a.toString());
      assertEquals(WITHOUT, group.out(), group::toString);
      assertTrue(group.err().contains("writable by group nogroup (mode rw-rw-r--)"), group::toString);
    }
    // named with --config it is the user's choice
    assertEquals(WITH_CONFIG, Cli.run("-q", "--config", cfg.toString(), a.toString()).out());
  }

  @Test
  void aConfigOwnedBySomeoneElseIsIgnored() throws IOException {
    assumeTrue(posix() && ConfigSearch.currentUid() == 0, "needs root to give a file away");
    Path cfg = write(dir.resolve(".mtclean.json"), CONFIG);
    Files.setPosixFilePermissions(cfg, PosixFilePermissions.fromString("rw-r--r--"));
    UserPrincipal nobody = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(cfg, nobody);
    Path a = write(dir.resolve("a.txt"), TEXT);
    Cli.Run r = Cli.run("-i", a.toString());
    assertTrue(r.err().contains("ignoring " + cfg + ": owned by nobody, not by you or root"), r::toString);
    assertEquals(WITHOUT, Cli.read(a));
    // a symlink planted by someone else to a trusted config is ignored too
    Files.delete(cfg);
    Path real = write(dir.resolve("real.json"), CONFIG);
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
    Path link = Files.createSymbolicLink(dir.resolve(".mtclean.json"), real);
    Files.getFileAttributeView(link, java.nio.file.attribute.PosixFileAttributeView.class,
        java.nio.file.LinkOption.NOFOLLOW_LINKS).setOwner(nobody);
    Cli.Run viaLink = Cli.run(write(dir.resolve("b.txt"), TEXT).toString());
    assertEquals(WITHOUT, viaLink.out(), viaLink::toString);
    assertTrue(viaLink.err().contains("the symbolic link is owned by nobody"), viaLink::toString);
  }

  @Test
  void theSearchStopsAtTheRepositoryRoot() throws IOException {
    trusted(write(dir.resolve(".mtclean.json"), CONFIG));
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path a = write(repo.resolve("docs/a.txt"), TEXT);
    Cli.Run r = Cli.run("-v", a.toString());
    assertEquals(WITHOUT, r.out(), r::toString);
    assertTrue(r.err().contains("mtclean: config: none"), r::toString);
    trusted(write(repo.resolve(".mtclean.json"), CONFIG));
    Cli.Run inRepo = Cli.run("-v", a.toString());
    assertEquals(WITH_CONFIG, inRepo.out(), inRepo::toString);
    assertTrue(inRepo.err().contains("mtclean: config: " + repo.resolve(".mtclean.json")), inRepo::toString);
  }

  @Test
  void theSearchStopsAtTheHomeDirectory() throws IOException {
    trusted(write(dir.resolve(".mtclean.json"), CONFIG));
    Path home = dir.resolve("home");
    Path a = write(home.resolve("work/a.txt"), TEXT);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    ConfigSearch search = new ConfigSearch(e, home);
    assertEquals(null, search.find(a.getParent(), home));
    assertEquals(dir.resolve(".mtclean.json"), new ConfigSearch(e, null).find(a.getParent(), home));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("ignoring"));
  }

  /** Mode 0644, whatever the umask. */
  private static void trusted(Path config) throws IOException {
    if (posix()) {
      Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
