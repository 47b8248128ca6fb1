package org.mtclean.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Turns the PATH arguments into the list of files to clean, in a deterministic order: arguments
 * in the order given, and inside a directory every matching file sorted by its relative path
 * ('/'-separated, by code unit). Explicit file arguments are always taken; files found in
 * directories must match an {@code --include} glob and no {@code --exclude} glob. A glob without
 * '/' matches the file name, one with '/' the path relative to the directory argument. Hidden
 * directories (name starting with '.') are not entered, symlinked directories are not followed.
 * A file or directory that cannot be read is listed too, to fail on its own when cleaned.
 * Not thread-safe.
 */
final class InputCollector {
  /** One input file. {@code relative} is where it goes under {@code -o DIR}. */
  record Job(int index, Path source, String display, Path relative, long size, boolean named) {
    /** A job for a path named on the command line (or standard input). */
    Job(int index, Path source, String display, Path relative, long size) {
      this(index, source, display, relative, size, true);
    }

    /** The same job at another index. */
    Job at(int i) {
      return new Job(i, source, display, relative, size, named);
    }
  }

  private final List<PathMatcher> include = new ArrayList<>();
  private final List<PathMatcher> exclude = new ArrayList<>();
  private final List<PathMatcher> includePath = new ArrayList<>();
  private final List<PathMatcher> excludePath = new ArrayList<>();
  private final Path skipDir;

  /** @param skipDir a directory never to enter (the output directory), or null */
  InputCollector(List<String> includeGlobs, List<String> excludeGlobs, Path skipDir) {
    for (String g : includeGlobs) {
      (g.contains("/") ? includePath : include).add(matcher(g));
    }
    for (String g : excludeGlobs) {
      (g.contains("/") ? excludePath : exclude).add(matcher(g));
    }
    this.skipDir = skipDir == null ? null : skipDir.toAbsolutePath().normalize();
    Path real = null;
    try {
      real = skipDir == null ? null : skipDir.toRealPath();
    } catch (IOException e) {
      // not there yet: nothing in it to skip
    }
    this.skipReal = real;
  }

  private final Path skipReal; // the same, through links: a directory named through a link is walked from its real path

  private boolean isSkipDir(Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    return skipDir != null && (d.equals(skipDir) || d.equals(skipReal));
  }

  private static PathMatcher matcher(String glob) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      String why = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      throw new UsageException("bad glob '" + glob + "'" + why);
    }
  }

  /**
   * Collects the files. Missing paths are returned as jobs too (size -1): they fail when cleaned,
   * so that one bad argument does not stop the others.
   */
  List<Job> collect(List<String> args) throws IOException {
    List<Job> jobs = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (String arg : args) {
      Path path = FileNames.path(arg);
      if (Files.isDirectory(path)) {
        // a link named on the command line is followed, as find -H does; links inside are not
        Path root = Files.isSymbolicLink(path) ? path.toRealPath() : path;
        for (Entry e : walk(root)) {
          Path file = path.resolve(e.relative);
          if (seen.add(file.toAbsolutePath().normalize())) {
            jobs.add(new Job(jobs.size(), file, FileNames.display(file), e.relative, sizeOrUnknown(file), false));
          }
        }
      } else if (seen.add(path.toAbsolutePath().normalize())) {
        long size = Files.isRegularFile(path) ? Files.size(path) : -1;
        Path name = path.getFileName() == null ? path : path.getFileName();
        jobs.add(new Job(jobs.size(), path, FileNames.display(arg), name, size));
      }
    }
    return jobs;
  }

  /** A file found in a directory, with its path as a String for sorting. */
  private record Entry(Path relative, String sortKey) {}

  private static long sizeOrUnknown(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1; // it fails with its reason when cleaned
    }
  }

  private List<Entry> walk(Path root) throws IOException {
    List<Entry> found = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.noneOf(FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String name = dir.getFileName().toString();
            if (name.startsWith(".")
                || isSkipDir(dir)
                || excluded(root.relativize(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // a symlink to a file counts as a file; a symlink to a directory is not followed;
            // a pipe, device or socket is listed, to be skipped with a notice if it matches
            boolean candidate = attrs.isRegularFile() || attrs.isOther()
                || attrs.isSymbolicLink() && linksToNonDirectory(file);
            if (candidate) {
              Path rel = root.relativize(file);
              if (included(rel) && !excluded(rel)) {
                found.add(entry(rel));
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // an unreadable directory or file: listed, so that it fails on its own with its
            // reason and the others go on
            Path rel = root.relativize(file);
            if (!excluded(rel)) {
              found.add(entry(rel));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    // names that read the same (not valid in the locale's encoding) go by their bytes
    found.sort((a, b) -> {
      int c = a.sortKey.compareTo(b.sortKey);
      return c != 0 ? c : java.util.Arrays.compareUnsigned(FileNames.bytes(a.relative), FileNames.bytes(b.relative));
    });
    return found;
  }

  private static boolean linksToNonDirectory(Path link) {
    try {
      return !Files.readAttributes(link, BasicFileAttributes.class).isDirectory();
    } catch (IOException e) {
      return false; // dangling
    }
  }

  private static Entry entry(Path rel) {
    return new Entry(rel, slashed(rel));
  }

  private boolean included(Path rel) {
    Path name = rel.getFileName();
    for (PathMatcher m : include) {
      if (m.matches(name)) {
        return true;
      }
    }
    for (PathMatcher m : includePath) {
      if (m.matches(rel)) {
        return true;
      }
    }
    return false;
  }

  private boolean excluded(Path rel) {
    Path name = rel.getFileName();
    for (PathMatcher m : exclude) {
      if (m.matches(name)) {
        return true;
      }
    }
    for (PathMatcher m : excludePath) {
      if (m.matches(rel)) {
        return true;
      }
    }
    return false;
  }

  private static String slashed(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  /**
   * For {@code --in-place}: drops a file already in the list under another name (through a
   * symlink), which would otherwise be cleaned twice, its backup the second time taken of the
   * cleaned text. A notice for each goes to {@code err} (null: none).
   */
  static List<Job> oncePerFile(List<Job> files, java.io.PrintStream err) throws IOException {
    Map<Path, Job> seen = new HashMap<>();
    List<Job> kept = new ArrayList<>(files.size());
    for (Job j : files) {
      Path real;
      try {
        real = j.source().toRealPath();
      } catch (IOException e) {
        kept.add(j.at(kept.size()));
        continue; // missing or unreadable: it fails with its own message when cleaned
      }
      Job first = seen.putIfAbsent(real, j);
      if (first == null) {
        kept.add(j.at(kept.size()));
      } else if (err != null) {
        err.println("mtclean: " + Names.quote(j.display()) + ": the same file as " + Names.quote(first.display()) + ", cleaned once");
      }
    }
    return kept;
  }

  /** Refuses runs where two inputs would land on the same output file, or -o would overwrite an input. */
  static void checkOutputs(List<Job> files, Path outputDir) throws IOException {
    if (outputDir == null) {
      return;
    }
    Map<Path, String> targets = new HashMap<>();
    for (Job j : files) {
      Path t = outputDir.resolve(j.relative()).toAbsolutePath().normalize();
      String other = targets.put(t, j.display());
      if (other != null) {
        throw new UsageException(Names.quote(other) + " and " + Names.quote(j.display()) + " would both be written to " + Names.quote(t));
      }
      if (Files.exists(t) && Files.exists(j.source()) && Files.isSameFile(t, j.source())) {
        throw new UsageException("--output would overwrite the input " + Names.quote(j.display()) + "; use --in-place");
      }
    }
  }
}
