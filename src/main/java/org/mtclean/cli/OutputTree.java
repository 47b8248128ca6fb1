package org.mtclean.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The paths under the {@code -o} directory, walked without following symbolic links: a link
 * already in the output tree ({@code out/a.txt -> ../victim}, {@code out/sub -> /elsewhere})
 * could send the output anywhere, so a path through one fails instead. The directory given as
 * {@code -o} may itself be a link; the user named it. Stateless.
 */
final class OutputTree {
  private OutputTree() {}

  /** Thrown when a path under the output directory goes through a symbolic link or a non-directory. */
  static final class Refused extends IOException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * The file {@code relative} under {@code root}, with its missing directories made; fails if an
   * element on the way, or the file itself, is a symbolic link, or the file is not a regular file.
   */
  static Path prepare(Path root, Path relative) throws IOException {
    root = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      Files.createDirectories(root);
    }
    return check(root, relative, true);
  }

  /** Checks again, just before the rename, that nothing on the way has become a link. */
  static void verify(Path root, Path relative) throws IOException {
    check(root.toAbsolutePath().normalize(), relative, false);
  }

  /**
   * Renames {@code tmp} (a file in the target's directory) to {@code relative} under {@code root},
   * resolving every directory on the way from an open handle of its parent with O_NOFOLLOW
   * ({@link SecureDirectoryStream}), so that a link planted after {@link #verify} cannot redirect
   * the rename. Returns false where the platform has no such handles; the caller then renames by
   * path.
   */
  static boolean moveInto(Path root, Path relative, Path tmp) throws IOException {
    List<DirectoryStream<Path>> open = new ArrayList<>();
    try {
      DirectoryStream<Path> top = Files.newDirectoryStream(root.toAbsolutePath().normalize());
      open.add(top);
      if (!(top instanceof SecureDirectoryStream<Path> dir)) {
        return false;
      }
      Path p = root;
      for (int i = 0; i < relative.getNameCount() - 1; i++) {
        p = p.resolve(relative.getName(i));
        try {
          dir = dir.newDirectoryStream(relative.getName(i), LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
          BasicFileAttributes a = attributes(p);
          if (a != null && a.isSymbolicLink()) {
            throw new Refused(FileNames.display(p) + " is a symbolic link; --output does not write through"
                + " links inside the output directory");
          }
          throw e;
        }
        open.add(dir);
      }
      dir.move(tmp.getFileName(), dir, relative.getFileName());
      return true;
    } finally {
      for (DirectoryStream<Path> d : open) {
        d.close();
      }
    }
  }

  private static Path check(Path root, Path relative, boolean create) throws IOException {
    Path p = root;
    int n = relative.getNameCount();
    for (int i = 0; i < n; i++) {
      p = p.resolve(relative.getName(i));
      boolean last = i == n - 1;
      BasicFileAttributes a = attributes(p);
      if (a == null && !last && create) {
        try {
          Files.createDirectory(p); // mkdir makes a directory or fails; it follows no link at p
        } catch (FileAlreadyExistsException e) {
          // made meanwhile by another job, or a link planted: looked at below
        }
        a = attributes(p);
        if (a == null) {
          throw new NoSuchFileException(p.toString());
        }
      }
      if (a == null) {
        continue; // the file itself, not there yet (or a directory gone meanwhile: the rename says)
      }
      if (a.isSymbolicLink()) {
        throw new Refused(FileNames.display(p) + " is a symbolic link; --output does not write through"
            + " links inside the output directory");
      }
      if (!last && !a.isDirectory()) {
        throw new Refused(FileNames.display(p) + " is not a directory");
      }
      if (last && !a.isRegularFile()) {
        throw new Refused(FileNames.display(p) + " exists and is not a regular file");
      }
    }
    return p;
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
