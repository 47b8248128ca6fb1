package org.mtclean.cli;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The one-line reasons the command gives when a file fails. */
final class FailureText {
  private FailureText() {}

  /** The message for a file whose cleaning ran out of heap. */
  static String outOfMemory() {
    return "out of memory: a paragraph (the text up to a blank line, and at most "
        + org.mtclean.internal.DocumentEngine.PIECE_LINES + " lines of a longer one) must fit in the Java heap ("
        + (Runtime.getRuntime().maxMemory() >> 20) + " MB here); give Java more with -Xmx, e.g. java -Xmx4g -jar mtclean.jar";
  }

  static String describe(Throwable e, String encoding) {
    if (e instanceof java.io.UncheckedIOException u) {
      e = u.getCause();
    }
    if (e instanceof FileSystemException f && f.getFile() != null && f.getFile().endsWith(TEMP)) {
      return describe(f);
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException a) {
      return a.getReason() != null ? a.getReason() : "permission denied";
    }
    if (e instanceof MalformedTextException) {
      return e.getMessage();
    }
    if (e instanceof CharacterCodingException) {
      return "cannot encode the cleaned text (" + e.getMessage() + ")";
    }
    if (e instanceof FileSystemException f) {
      return describe(f);
    }
    if (e.getMessage() == null) {
      return e.toString();
    }
    return e.getMessage();
  }

  /**
   * The reason and the file it is about: for our own temp file, the file it was to be renamed
   * to, or the directory it was to be made in, since the temp file is gone and means nothing to
   * the user.
   */
  static String describe(FileSystemException f) {
    String file = f.getFile();
    String reason = f.getReason() != null ? f.getReason() : reason(f);
    if (file != null && file.endsWith(TEMP)) {
      if (f.getOtherFile() != null) {
        return reason + " (" + Names.quote(f.getOtherFile()) + ")";
      }
      // by its String: Path.of would fail on a name the locale cannot spell (LC_ALL=C)
      int slash = file.lastIndexOf('/');
      String dir = slash > 0 ? file.substring(0, slash) : slash == 0 ? "/" : null;
      return "cannot make a temp file in " + (dir == null ? "the directory" : Names.quote(dir))
          + ": " + reason;
    }
    return reason + (file == null ? "" : " (" + Names.quote(file) + ")");
  }

  /** The end of the names of SpillBuffer's temp files. */
  private static final String TEMP = ".mtclean.tmp";

  /** What went wrong, for the exceptions that carry only the file name. */
  private static String reason(FileSystemException f) {
    if (f instanceof java.nio.file.DirectoryNotEmptyException) {
      return "a directory that is not empty is in the way";
    } else if (f instanceof java.nio.file.FileAlreadyExistsException) {
      return "the file already exists";
    } else if (f instanceof java.nio.file.NotDirectoryException) {
      return "not a directory";
    } else if (f instanceof java.nio.file.NotLinkException) {
      return "not a symbolic link";
    } else if (f instanceof java.nio.file.FileSystemLoopException) {
      return "a loop of symbolic links";
    } else if (f instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    return f.getClass().getSimpleName();
  }

}
