package org.mtclean.cli;

import java.util.HashSet;
import java.util.Set;
import org.mtclean.internal.Chars;

/**
 * Reads the common command lines ({@code -q}, {@code -j 2}, {@code --check DIR}, {@code -o OUT
 * FILES}, ...) into a {@link CleanCommand} without picocli, whose model of the command, built by
 * reflection, costs more start-up time than cleaning a small file. It knows only plain options
 * (given once, or repeatable ones), their values as the next argument or after {@code =}, and
 * paths; anything else (help, version, listing options, unknown or clustered options, a value that
 * looks like an option, an {@code @file} argument, {@code --}, a value picocli would refuse) makes
 * it give up, and picocli reads the line as before. What it does read, it reads as picocli does:
 * {@code QuickArgsTest} compares every option's value both ways.
 */
final class QuickArgs {
  private QuickArgs() {}

  /**
   * Sets {@code command}'s options from {@code args}, as picocli would; false (with the command
   * in an unknown state) when the line is not one it reads.
   */
  static boolean parse(CleanCommand command, String[] args) {
    command.color = "auto";
    command.encoding = "UTF-8";
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-") || (!arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@')) {
        command.paths.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      String option = canonical(name);
      if (option == null || (!repeatable(option) && !seen.add(option))) {
        return false;
      }
      if (takesValue(option)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            return false;
          }
          value = args[++i];
        }
        if (value.startsWith("-") || value.startsWith("@") || !setValue(command, option, value)) {
          return false;
        }
      } else if (value != null || !setFlag(command, option, name)) {
        return false;
      }
    }
    return true;
  }

  /** The long name of an option this reader knows, or null. */
  private static String canonical(String name) {
    return switch (name) {
      case "-o", "--output" -> "--output";
      case "-i", "--in-place" -> "--in-place";
      case "-l", "--list" -> "--list";
      case "-j", "--jobs" -> "--jobs";
      case "-q", "--quiet" -> "--quiet";
      case "-v", "--verbose" -> "--verbose";
      case "--progress", "--no-progress" -> "--progress";
      case "--stdout", "--check", "--diff", "--apply-suggestions", "--line-by-line", "--no-config",
          "--encoding", "--output-encoding", "--color", "--format", "--include", "--exclude",
          "--backup" -> name;
      default -> null;
    };
  }

  private static boolean repeatable(String option) {
    return option.equals("--include") || option.equals("--exclude");
  }

  private static boolean takesValue(String option) {
    return switch (option) {
      case "--output", "--jobs", "--encoding", "--output-encoding", "--color", "--format",
          "--include", "--exclude", "--backup" -> true;
      default -> false;
    };
  }

  private static boolean setValue(CleanCommand c, String option, String value) {
    switch (option) {
      case "--output" -> {
        try {
          c.outputDir = FileNames.path(value);
        } catch (RuntimeException e) {
          return false; // picocli words the error
        }
      }
      case "--jobs" -> {
        if (!Chars.isShortNumber(value)) { // read by picocli the same way
          return false;
        }
        c.jobs = Integer.valueOf(value);
      }
      case "--encoding" -> c.encoding = value;
      case "--output-encoding" -> c.outputEncoding = value;
      case "--color" -> c.color = value;
      case "--format" -> c.format = value;
      case "--include" -> c.include.add(value);
      case "--exclude" -> c.exclude.add(value);
      case "--backup" -> c.backupSuffix = value;
      default -> {
        return false;
      }
    }
    return true;
  }

  private static boolean setFlag(CleanCommand c, String option, String name) {
    switch (option) {
      case "--progress" -> c.progress = name.equals("--progress");
      case "--in-place" -> c.inPlace = true;
      case "--list" -> c.list = true;
      case "--quiet" -> c.quiet = true;
      case "--verbose" -> c.verbose = true;
      case "--stdout" -> c.toStdout = true;
      case "--check" -> c.check = true;
      case "--diff" -> c.diff = true;
      case "--apply-suggestions" -> c.applySuggestions = true;
      case "--line-by-line" -> c.lineByLine = true;
      case "--no-config" -> c.noConfig = true;
      default -> {
        return false;
      }
    }
    return true;
  }
}
