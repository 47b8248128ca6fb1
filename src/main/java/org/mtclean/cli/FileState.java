package org.mtclean.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;

/**
 * What one stat of a file says about its identity and content: type, size, modification and
 * status-change times, and inode. Taken before a file is read and again just before its
 * replacement is renamed over it, it tells whether another program wrote, replaced or deleted
 * the file meanwhile (a change is seen unless it keeps size and inode and falls within the file
 * system's timestamp granularity, a few milliseconds on Linux). Immutable.
 */
record FileState(String type, long size, Object modified, Object changed, Object key, int mode) {
  private static final boolean UNIX =
      java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  /** Thrown when a file changed or vanished between its reading and the writing of its result. */
  static final class Changed extends IOException {
    Changed(String message) {
      super(message);
    }
  }

  /** The state of {@code p}, through a symlink unless {@code options} say otherwise. */
  static FileState of(Path p, LinkOption... options) throws IOException {
    if (UNIX) {
      Map<String, Object> a = Files.readAttributes(p, "unix:mode,size,lastModifiedTime,ctime,fileKey", options);
      int mode = (Integer) a.get("mode");
      return new FileState(type(mode), (Long) a.get("size"), a.get("lastModifiedTime"), a.get("ctime"),
          a.get("fileKey"), mode);
    }
    BasicFileAttributes b = Files.readAttributes(p, BasicFileAttributes.class, options);
    String type = b.isRegularFile() ? "regular file" : b.isDirectory() ? "directory"
        : b.isSymbolicLink() ? "symbolic link" : "special file";
    return new FileState(type, b.size(), b.lastModifiedTime(), null, b.fileKey(), -1);
  }

  boolean isRegularFile() {
    return type.equals("regular file");
  }

  /** Whether {@code other} is the same file with, as far as a stat can tell, the same content. */
  boolean sameAs(FileState other) {
    return type.equals(other.type) && size == other.size && Objects.equals(modified, other.modified)
        && Objects.equals(changed, other.changed) && Objects.equals(key, other.key);
  }

  private static String type(int mode) {
    return switch (mode & 0170000) {
      case 0100000 -> "regular file";
      case 0040000 -> "directory";
      case 0120000 -> "symbolic link";
      case 0010000 -> "named pipe";
      case 0020000 -> "character device";
      case 0060000 -> "block device";
      case 0140000 -> "socket";
      default -> "special file";
    };
  }
}
