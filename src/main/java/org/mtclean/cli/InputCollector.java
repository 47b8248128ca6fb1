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
  record Job(int index, Path source, String display, Path relative, long size) {}

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
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        for (Path rel : walk(path)) {
          Path file = path.resolve(rel);
          if (seen.add(file.toAbsolutePath().normalize())) {
            jobs.add(new Job(jobs.size(), file, file.toString(), rel, sizeOrUnknown(file)));
          }
        }
      } else if (seen.add(path.toAbsolutePath().normalize())) {
        long size = Files.isRegularFile(path) ? Files.size(path) : -1;
        Path name = path.getFileName() == null ? path : path.getFileName();
        jobs.add(new Job(jobs.size(), path, arg, name, size));
      }
    }
    return jobs;
  }

  private static long sizeOrUnknown(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1; // it fails with its reason when cleaned
    }
  }

  private List<Path> walk(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
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
                || skipDir != null && dir.toAbsolutePath().normalize().equals(skipDir)
                || excluded(root.relativize(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // a symlink to a file counts as a file; a symlink to a directory is not followed
            if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
              Path rel = root.relativize(file);
              if (included(rel) && !excluded(rel)) {
                found.add(rel);
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
              found.add(rel);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort((a, b) -> slashed(a).compareTo(slashed(b)));
    return found;
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
        kept.add(new Job(kept.size(), j.source(), j.display(), j.relative(), j.size()));
        continue; // missing or unreadable: it fails with its own message when cleaned
      }
      Job first = seen.putIfAbsent(real, j);
      if (first == null) {
        kept.add(new Job(kept.size(), j.source(), j.display(), j.relative(), j.size()));
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
