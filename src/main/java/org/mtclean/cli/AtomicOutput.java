package org.mtclean.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The new content of one file, written atomically: bytes go to memory and then to a temp file
 * in the target's own directory, named after the target but never longer than NAME_MAX bytes;
 * {@link #commit} fsyncs it when it replaces an existing file, optionally keeps a backup, and
 * renames it over the target in one step. After a crash the target is either the old file or the
 * complete new one. (A new file under {@code -o} is not fsynced: its input still exists, and
 * fsync per file would cost more than the cleaning. The directory is not fsynced either: a lost
 * rename leaves the old file.) Until commit the target is untouched; {@link #abort} leaves no
 * trace. Three kinds: {@link #open} (a named output such as the report: a symlink is resolved and
 * the file it points to replaced, keeping its permissions), {@link #inPlace} and {@link #inTree}.
 * Not thread-safe.
 */
final class AtomicOutput extends SpillBuffer {
  /** A test hook that runs just before the last checks and the rename; throwing aborts the write. */
  interface Hook {
    Hook NONE = new Hook() { // not a lambda: see BatchRunner.WorkerThreads
      @Override
      public void beforeMove(Path tmp) {}
    };

    void beforeMove(Path tmp) throws IOException;
  }

  private final Path target;
  private final Hook hook;
  private final boolean newFile; // the target did not exist at open: the temp file is made 0644

  /** -i: the state of the file when it was read; it must be the same at the rename. */
  private FileState readState;
  /** -o: the input, and its state when it was read; the output tree root and the relative path. */
  private Path source;
  private FileState sourceState;
  private Path treeRoot;
  private Path treeRelative;

  private AtomicOutput(Path target, Hook hook, boolean newFile, long expected, FileAttribute<?>... attrs) {
    super(target.getParent(), null, DEFAULT_THRESHOLD, expected, attrs);
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
      attrs = null;
    }
    if (attrs != null) {
      if (attrs.isSymbolicLink() && !Files.exists(path)) {
        throw new IOException("dangling symbolic link");
      }
      return new AtomicOutput(path.toRealPath(), hook, false, expected);
    }
    Path target = path.toAbsolutePath().normalize();
    // a look first: mkdir on a directory that exists still locks its parent
    if (!Files.isDirectory(target.getParent())) {
      Files.createDirectories(target.getParent());
    }
    return new AtomicOutput(target, hook, true, expected, POSIX ? new FileAttribute<?>[] {READABLE} : new FileAttribute<?>[0]);
  }

  /**
   * For {@code -i}: prepares to replace {@code file}, which was {@code state} when its reading
   * began. The replacement keeps owner, mode and extended attributes ({@link KeptAttributes});
   * commit fails if the file changed meanwhile.
   */
  static AtomicOutput inPlace(Path file, FileState state, Hook hook, long expected) throws IOException {
    AtomicOutput out = new AtomicOutput(file.toRealPath(), hook, false, expected);
    out.readState = state;
    return out;
  }

  /**
   * For {@code -o}: prepares to write {@code relative} under {@code root} without following any
   * link below root ({@link OutputTree}); the file gets the permission bits of {@code input}
   * (less the umask), as {@code cp} gives them. Commit fails if the input changed since
   * {@code inputState}.
   */
  static AtomicOutput inTree(Path root, Path relative, Path input, FileState inputState, Hook hook, long expected)
      throws IOException {
    Path target = OutputTree.prepare(root, relative);
    FileAttribute<?>[] attrs = new FileAttribute<?>[0];
    if (POSIX) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(input);
      attrs = new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)};
    }
    AtomicOutput out = new AtomicOutput(target, hook, false, expected, attrs);
    out.source = input;
    out.sourceState = inputState;
    out.treeRoot = root;
    out.treeRelative = relative;
    return out;
  }

  @Override
  protected Path spillPath(String unique) {
    return FileNames.tempSibling(target, unique);
  }

  @Override
  protected FileChannel openSpill(Path f, FileAttribute<?>[] attributes) throws IOException {
    if (readState != null) {
      try {
        return KeptAttributes.createLike(target, f);
      } catch (NoSuchFileException e) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw e; // the temp file's directory went away
        }
        throw new FileState.Changed("deleted while it was cleaned; not recreated");
      }
    }
    return super.openSpill(f, attributes);
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
      if (exists && treeRoot == null && !Files.isWritable(target)) {
        // the rename could replace it anyway, but a read-only file says: leave me alone
        throw new AccessDeniedException(target.toString(), null, "the file is read-only");
      }
      Path tmp = exists ? syncToFile() : flushToFile();
      close();
      if (readState != null) {
        KeptAttributes.verify(target, tmp);
      } else if (treeRoot == null && exists) {
        copyPermissions(target, tmp);
      }
      hook.beforeMove(tmp);
      checkUnchanged();
      if (exists && backupSuffix != null) {
        backup(target, FileNames.withSuffix(target, backupSuffix));
      }
      if (treeRoot == null || !OutputTree.moveInto(treeRoot, treeRelative, tmp)) {
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      released();
      done = true;
    } finally {
      if (!done) {
        discard();
      }
    }
  }

  /** The last look before the rename: the file read is as it was, and no link has appeared under -o. */
  private void checkUnchanged() throws IOException {
    if (readState != null) {
      FileState now;
      try {
        now = FileState.of(target, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        throw new FileState.Changed("deleted while it was cleaned; not recreated");
      }
      if (!now.sameAs(readState)) {
        throw new FileState.Changed("changed by another program while it was cleaned; left as it is"
            + " (the cleaned text would have replaced the new content): run again");
      }
    }
    if (sourceState != null) {
      FileState now;
      try {
        now = FileState.of(source);
      } catch (NoSuchFileException e) {
        throw new FileState.Changed("deleted while it was read; no output written");
      }
      if (!now.sameAs(sourceState)) {
        throw new FileState.Changed("changed by another program while it was read; no output written: run again");
      }
    }
    if (treeRoot != null) {
      OutputTree.verify(treeRoot, treeRelative);
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
  }

  private static void backup(Path target, Path backup) throws IOException {
    try {
      if (Files.isDirectory(backup, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("a directory has that name");
      }
      Files.deleteIfExists(backup); // a file or a link: the link itself goes, not what it points to
      try {
        Files.createLink(backup, target); // the old inode lives on under the backup name
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
      }
    } catch (IOException e) {
      String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
          : e.getMessage() != null ? e.getMessage() : e.toString();
      throw new IOException("cannot make the backup: " + why + " (" + FileNames.display(backup) + ")", e);
    }
  }
}
