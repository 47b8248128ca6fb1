package org.mtclean.cli;

import java.io.InputStream;
import java.io.PrintStream;
import picocli.CommandLine;

/**
 * The {@code mtclean} command. {@link #run} takes its streams as arguments so that tests can
 * run the command in-process.
 */
public final class Main {
  /** Exit code: success, nothing to report. */
  public static final int OK = 0;
  /** Exit code: {@code --check} found files that would change. */
  public static final int WOULD_CHANGE = 1;
  /** Exit code: bad command line. */
  public static final int USAGE = 2;
  /** Exit code: at least one file could not be read, cleaned or written. */
  public static final int FILE_FAILED = 3;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  public Main(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  public static void main(String[] args) {
    int code = new Main(System.out, System.err, System.in).run(args);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the command with {@code args} and returns the exit code. */
  public int run(String... args) {
    CleanCommand command = new CleanCommand(out, err, in);
    CommandLine cl = new CommandLine(command);
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("mtclean: " + ex.getMessage());
          err.println("Try 'mtclean --help' for more information.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          if (ex instanceof UsageException) {
            err.println("mtclean: " + ex.getMessage());
            return USAGE;
          }
          err.println("mtclean: internal error: " + ex);
          ex.printStackTrace(err);
          return FILE_FAILED;
        });
    return cl.execute(args);
  }
}
