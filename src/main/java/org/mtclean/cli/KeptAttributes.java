package org.mtclean.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Makes the file that replaces another under {@code --in-place} carry what the old one had:
 * owner and group, the mode with its setuid, setgid and sticky bits, and the extended attributes,
 * among them the POSIX ACL. The JDK copies all of these, as far as the user may, with
 * {@code Files.copy(..., COPY_ATTRIBUTES)}, so the replacement starts as such a copy and is then
 * truncated and written; what the copy could not keep is put back or, where the system refuses,
 * makes the rewrite fail with the reason ({@link #verify}). Stateless.
 */
final class KeptAttributes {
  private KeptAttributes() {}

  private static final boolean UNIX =
      java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  /** Creates {@code file} (which must not exist) with the attributes of {@code original}, empty, open for writing. */
  static FileChannel createLike(Path original, Path file) throws IOException {
    Files.copy(original, file, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    try {
      return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
          LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * Once {@code replacement} is written and closed: gives it the owner, group and mode of
   * {@code original} where the copy did not (a write by a user other than root clears setuid and
   * setgid), and checks that it has the same extended attributes. Throws, naming what cannot be
   * kept, when the system does not allow it.
   */
  static void verify(Path original, Path replacement) throws IOException {
    if (!UNIX) {
      return;
    }
    Map<String, Object> o = Files.readAttributes(original, "unix:uid,gid,mode,owner,group", NOFOLLOW);
    Map<String, Object> r = Files.readAttributes(replacement, "unix:uid,gid,mode", NOFOLLOW);
    if (!o.get("uid").equals(r.get("uid")) || !o.get("gid").equals(r.get("gid"))) {
      try {
        if (!o.get("uid").equals(r.get("uid"))) {
          Files.setAttribute(replacement, "unix:uid", o.get("uid"), NOFOLLOW);
        }
        Files.setAttribute(replacement, "unix:gid", o.get("gid"), NOFOLLOW);
      } catch (FileSystemException e) {
        throw new AccessDeniedException(original.toString(), null, "owned by "
            + name(o.get("owner")) + ":" + name(o.get("group"))
            + ", which a rewrite by this user cannot keep (run as its owner or root)");
      }
    }
    int mode = (Integer) o.get("mode") & 07777;
    if (((Integer) Files.getAttribute(replacement, "unix:mode", NOFOLLOW) & 07777) != mode) {
      Files.setAttribute(replacement, "unix:mode", mode, NOFOLLOW);
      int got = (Integer) Files.getAttribute(replacement, "unix:mode", NOFOLLOW) & 07777;
      if (got != mode) {
        throw new AccessDeniedException(original.toString(), null, "its mode " + String.format("%04o", mode)
            + " cannot be kept by a rewrite as this user (the system allows " + String.format("%04o", got) + ")");
      }
    }
    List<String> missing = missingUserAttributes(original, replacement);
    if (!missing.isEmpty()) {
      throw new AccessDeniedException(original.toString(), null,
          "its extended attribute user." + missing.get(0) + " cannot be kept by a rewrite");
    }
  }

  private static String name(Object principal) {
    return principal instanceof java.nio.file.attribute.UserPrincipal p ? p.getName() : String.valueOf(principal);
  }

  private static List<String> missingUserAttributes(Path original, Path replacement) throws IOException {
    UserDefinedFileAttributeView o = Files.getFileAttributeView(original, UserDefinedFileAttributeView.class, NOFOLLOW);
    UserDefinedFileAttributeView r =
        Files.getFileAttributeView(replacement, UserDefinedFileAttributeView.class, NOFOLLOW);
    if (o == null || r == null) {
      return List.of();
    }
    List<String> names;
    try {
      names = o.list();
    } catch (IOException | UnsupportedOperationException e) {
      return List.of(); // a file system without extended attributes
    }
    if (names.isEmpty()) {
      return List.of();
    }
    HashSet<String> have = new HashSet<>(r.list());
    return names.stream().filter(n -> !have.contains(n)).toList();
  }
}
