package org.mtclean.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@code .mtclean.json} that applies to a run: the first one in the inputs' common
 * directory or its parents, up to and including the repository root (a directory holding
 * {@code .git}) or the home directory, whichever comes first; else the one in the working
 * directory. A config rewrites files, so one that someone else could have written is ignored,
 * with the reason on stderr: it must be owned by the user or root and not be writable by others,
 * nor by a group other than the owner's private group (nor may a symlink to it be owned by anyone
 * else), and its directory must not be writable by others without the sticky bit (they could
 * swap the file between the check and the read). Not thread-safe.
 */
final class ConfigSearch {
  private final PrintStream err;
  private final Path home;

  /** @param err where ignored configs are reported */
  ConfigSearch(PrintStream err) {
    this(err, homeDir());
  }

  ConfigSearch(PrintStream err, Path home) {
    this.err = err;
    this.home = home;
  }

  /** The config for inputs under {@code start}; {@code null} when there is none. */
  Path find(Path start, Path workingDir) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path found = trusted(dir.resolve(ConfigFile.NAME));
      if (found != null) {
        return found;
      }
      if (dir.equals(home) || Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        break;
      }
    }
    Path cwd = workingDir.toAbsolutePath().normalize();
    return start.toAbsolutePath().normalize().startsWith(cwd) ? null : trusted(cwd.resolve(ConfigFile.NAME));
  }

  /** {@code file} when it exists and may be trusted; else null (saying why on stderr). */
  private Path trusted(Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      err.println("mtclean: ignoring " + Names.quote(file) + ": not a regular file");
      return null;
    }
    String why;
    try {
      why = distrust(file, LinkOption.NOFOLLOW_LINKS);
      if (why == null && Files.isSymbolicLink(file)) {
        why = distrust(file);
      }
    } catch (IOException | UnsupportedOperationException e) {
      why = "cannot read its owner and permissions (" + FailureText.describe(e, null) + ")";
    }
    if (why == null) {
      why = openDirectory(file.toAbsolutePath().getParent());
    }
    if (why != null) {
      err.println("mtclean: ignoring " + Names.quote(file) + ": " + why
          + "; name it with --config to use it");
      return null;
    }
    return file;
  }

  /** Why {@code file} may have been written by someone else, or null. */
  private static String distrust(Path file, LinkOption... options) throws IOException {
    PosixFileAttributes a;
    try {
      a = Files.readAttributes(file, PosixFileAttributes.class, options);
    } catch (UnsupportedOperationException e) {
      return null; // not a POSIX file system: nothing to go by
    }
    Object uid = Files.getAttribute(file, "unix:uid", options);
    if (!(uid instanceof Integer u) || u != 0 && u != currentUid()) {
      return (Files.isSymbolicLink(file) && options.length > 0 ? "the symbolic link is " : "")
          + "owned by " + a.owner().getName() + ", not by you or root";
    }
    if (a.isSymbolicLink()) {
      return null; // a link's own mode means nothing
    }
    Set<PosixFilePermission> p = a.permissions();
    // a group named as the owner is a user private group (umask 002 systems): only the owner is in it
    boolean privateGroup = a.group().getName().equals(a.owner().getName());
    if (p.contains(PosixFilePermission.OTHERS_WRITE)
        || p.contains(PosixFilePermission.GROUP_WRITE) && !privateGroup) {
      return "writable by " + (p.contains(PosixFilePermission.OTHERS_WRITE) ? "others" : "group " + a.group().getName())
          + " (mode " + java.nio.file.attribute.PosixFilePermissions.toString(p) + ")";
    }
    return null;
  }

  /**
   * Why a config in {@code dir} could be swapped by someone else between the check and the read:
   * others may write the directory and it lacks the sticky bit (which {@code /tmp} has). Null
   * when it cannot.
   */
  private static String openDirectory(Path dir) {
    if (dir == null) {
      return null;
    }
    try {
      Object mode = Files.getAttribute(dir, "unix:mode");
      if (mode instanceof Integer m && (m & 0002) != 0 && (m & 01000) == 0) {
        return "its directory is writable by others (without the sticky bit)";
      }
    } catch (IOException | RuntimeException e) {
      // not a POSIX file system: nothing to go by
    }
    return null;
  }

  private static volatile int uid = -2;

  /** This process's user id: the owner of {@code /proc/self}, or -1 when unknown. */
  static int currentUid() {
    if (uid == -2) {
      int u = -1;
      try {
        u = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      } catch (IOException | RuntimeException e) {
        try {
          u = (int) new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (RuntimeException | LinkageError e2) {
          // unknown: only root's own files are trusted
        }
      }
      uid = u;
    }
    return uid;
  }

  private static Path homeDir() {
    String h = System.getProperty("user.home");
    try {
      return h == null || h.isEmpty() ? null : Path.of(h).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The deepest directory that holds every input (for files, their parent directory). */
  static Path commonBase(List<Path> inputs, Path workingDir) {
    Path base = null;
    for (Path p : inputs) {
      Path abs = workingDir.resolve(p).toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      if (dir == null) {
        continue;
      }
      if (base == null) {
        base = dir;
      } else {
        while (!dir.startsWith(base)) {
          base = base.getParent();
        }
      }
    }
    return base == null ? workingDir : base;
  }
}
