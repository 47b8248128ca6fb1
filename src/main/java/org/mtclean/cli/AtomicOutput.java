package org.mtclean.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The new content of one file, written atomically: bytes go to memory and then to a temp file
 * in the target's own directory; {@link #commit} fsyncs it when it replaces an existing file,
 * copies the old file's permissions, optionally keeps a backup, and renames it over the target
 * in one step. After a crash the target is either the old file or the complete new one. (A new
 * file under {@code -o} is not fsynced: its input still exists, and fsync per file would cost
 * more than the cleaning. The directory is not fsynced either: a lost rename leaves the old file.) A symlink target is
 * resolved first, so the link stays a link and the file it points to is replaced. Until commit
 * the target is untouched; {@link #abort} leaves no trace. Not thread-safe.
 */
final class AtomicOutput extends SpillBuffer {
  /** A test hook that runs just before the rename; throwing aborts the write. */
  interface Hook {
    Hook NONE = tmp -> {};

    void beforeMove(Path tmp) throws IOException;
  }

  private final Path target;
  private final Hook hook;

  private final boolean newFile; // the target did not exist at open: the temp file is made 0644

  private AtomicOutput(Path target, Hook hook, boolean newFile, long expected) {
    super(target.getParent(), "." + target.getFileName() + ".", DEFAULT_THRESHOLD, expected,
        newFile && POSIX ? new FileAttribute<?>[] {READABLE} : new FileAttribute<?>[0]);
    this.target = target;
    this.hook = hook;
    this.newFile = newFile && POSIX;
  }

  // created so, a new file gets the usual 0644 less the umask, with no chmod after
  private static final FileAttribute<?> READABLE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

  /**
   * Prepares to replace {@code path} (resolved through symlinks); creates missing parent dirs.
   * {@code expected}: about how many bytes will be written, or -1.
   */
  static AtomicOutput open(Path path, Hook hook, long expected) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      attrs = null; // the usual case under -o: one system call tells
    }
    if (attrs != null) {
      if (attrs.isSymbolicLink() && !Files.exists(path)) {
        throw new IOException("dangling symbolic link");
      }
      return new AtomicOutput(path.toRealPath(), hook, false, expected);
    }
    Path target = path.toAbsolutePath().normalize();
    // a look first: mkdir on a directory that exists still locks its parent, which parallel
    // jobs writing into one tree then wait for
    if (!Files.isDirectory(target.getParent())) {
      Files.createDirectories(target.getParent());
    }
    return new AtomicOutput(target, hook, true, expected);
  }

  /** The file that commit replaces (symlinks resolved). */
  Path target() {
    return target;
  }

  /**
   * Replaces the target with the bytes written.
   *
   * @param backupSuffix when not null, the old file is kept as target + suffix
   */
  void commit(String backupSuffix) throws IOException {
    boolean done = false;
    try {
      boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      if (exists && !Files.isWritable(target)) {
        // the rename could replace it anyway, but a read-only file says: leave me alone
        throw new AccessDeniedException(target.toString(), null, "the file is read-only");
      }
      Path tmp = exists ? syncToFile() : flushToFile();
      close();
      if (exists) {
        copyPermissions(target, tmp);
      } else if (!newFile) {
        makeReadable(tmp);
      }
      hook.beforeMove(tmp);
      if (exists && backupSuffix != null) {
        backup(target, target.resolveSibling(target.getFileName() + backupSuffix));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      released();
      done = true;
    } finally {
      if (!done) {
        discard();
      }
    }
  }

  /** Drops the new content; the target stays as it was. */
  void abort() {
    discard();
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (src == null) {
      return; // not a POSIX file system: the temp file keeps the defaults
    }
    Files.setPosixFilePermissions(to, src.readAttributes().permissions());
    try {
      var attrs = src.readAttributes();
      PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
      if (!attrs.owner().equals(Files.getOwner(to))) {
        dst.setOwner(attrs.owner());
      }
      dst.setGroup(attrs.group());
    } catch (FileSystemException | UnsupportedOperationException e) {
      // not allowed to give the file away: keep our ownership, as editors do
    }
  }

  /** Temp files are created 0600 unless asked; a new output file gets the usual 0644 (less the umask we cannot read). */
  private static void makeReadable(Path tmp) throws IOException {
    if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void backup(Path target, Path backup) throws IOException {
    Files.deleteIfExists(backup);
    try {
      Files.createLink(backup, target); // the old inode lives on under the backup name
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }
}
