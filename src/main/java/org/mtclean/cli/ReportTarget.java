package org.mtclean.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Checks, before any work, that {@code --report FILE} lands on none of the run's own files: an
 * input (also through a symlink or another name for it), the {@code -o} file an input is written
 * to, an {@code -i} backup, or the config file. The report is written by an atomic rename, so
 * any of these would be replaced by JSON. Stateless.
 */
final class ReportTarget {
  private ReportTarget() {}

  /**
   * @param report the --report path
   * @param jobs the inputs to clean
   * @param outputDir the -o directory, or null
   * @param backupSuffix the -i backup suffix, or null
   * @param config the config file read, or null
   * @throws UsageException when the report would replace one of them
   */
  static void check(Path report, List<InputCollector.Job> jobs, Path outputDir, String backupSuffix,
      Path config) {
    check("--report", report, jobs, outputDir, backupSuffix, config);
  }

  /** As {@link #check(Path, List, Path, String, Path)}, for the option named {@code option}. */
  static void check(String option, Path report, List<InputCollector.Job> jobs, Path outputDir,
      String backupSuffix, Path config) {
    if (Files.isDirectory(report)) {
      throw new UsageException(option + " " + Names.quote(report) + " is a directory");
    }
    Object key = fileKey(report);
    Path real = canonical(report);
    String name = real.getFileName() == null ? "" : real.getFileName().toString();
    if (config != null && same(key, real, config)) {
      throw clash(option, report, "the config file");
    }
    for (InputCollector.Job job : jobs) {
      if (key != null && same(key, real, job.source())) {
        throw clash(option, report, "the input " + Names.quote(job.display()));
      }
      if (outputDir != null && job.relative() != null) {
        Path target = outputDir.resolve(job.relative());
        if (nameIs(target, name) && real.equals(canonical(target))) {
          throw clash(option, report, "the output of " + Names.quote(job.display()));
        }
      }
      if (backupSuffix != null && job.source() != null) {
        Path backup = job.source().resolveSibling(job.source().getFileName() + backupSuffix);
        if (nameIs(backup, name) && real.equals(canonical(backup))) {
          throw clash(option, report, "the backup of " + Names.quote(job.display()));
        }
        Path realBackup = backupOfRealFile(job.source(), backupSuffix);
        if (realBackup != null && nameIs(realBackup, name) && real.equals(canonical(realBackup))) {
          throw clash(option, report, "the backup of " + Names.quote(job.display()));
        }
      }
    }
  }

  /**
   * Checks that the report is not the file that standard input is read from or standard output
   * goes to ({@code mtclean --check --report a.txt < a.txt}).
   *
   * @param stdin the path of the process's standard input, or null to skip
   * @param stdout the path of its standard output, or null to skip
   */
  static void checkStandardStreams(Path report, Path stdin, Path stdout) {
    Object key = fileKey(report);
    if (key == null) {
      return;
    }
    if (stdin != null && key.equals(fileKey(stdin))) {
      throw clash(report, "standard input");
    }
    if (stdout != null && key.equals(fileKey(stdout))) {
      throw new UsageException("--report " + Names.quote(report) + " is where standard output goes:"
          + " the report would replace it; for the report on standard output, use --report -");
    }
  }

  /**
   * Whether {@code p} is an existing file that is neither a regular file nor a directory: a
   * device, a pipe or a socket, which is written into instead of being replaced by a rename.
   */
  static boolean isStream(Path p) {
    return p != null && Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p);
  }

  /** Whether both paths are the same existing file. */
  static boolean sameFile(Path a, Path b) {
    Object ka = fileKey(a);
    return ka != null && ka.equals(fileKey(b));
  }

  private static UsageException clash(Path report, String what) {
    return clash("--report", report, what);
  }

  private static UsageException clash(String option, Path report, String what) {
    return new UsageException(option + " " + Names.quote(report) + " is " + what
        + ": the report would replace it; write the report elsewhere");
  }

  /** Whether {@code p} is the file with key {@code key} (or, without keys, at {@code real}). */
  private static boolean same(Object key, Path real, Path p) {
    if (p == null) {
      return false;
    }
    Object other = fileKey(p);
    if (key != null && other != null) {
      return key.equals(other);
    }
    return Files.exists(p) && real.equals(canonical(p));
  }

  private static boolean nameIs(Path p, String name) {
    return p.getFileName() != null && p.getFileName().toString().equals(name);
  }

  /** Under -i a symlink's target is what is replaced, and backed up beside it. */
  private static Path backupOfRealFile(Path source, String suffix) {
    try {
      Path real = source.toRealPath();
      return real.resolveSibling(real.getFileName() + suffix);
    } catch (IOException e) {
      return null;
    }
  }

  /** The file's identity (device and inode), through symlinks; null when it does not exist. */
  private static Object fileKey(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The absolute path with every symlink in its existing part resolved: what an atomic write to
   * {@code p} would replace.
   */
  static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException e) {
      Path parent = abs.getParent();
      Path name = abs.getFileName();
      return parent == null || name == null ? abs : canonical(parent).resolve(name);
    }
  }
}
