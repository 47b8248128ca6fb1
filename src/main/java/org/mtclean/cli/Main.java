package org.mtclean.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code mtclean} command. {@link #run} takes its streams from the constructor so that
 * tests can run the command in-process. One instance may run many times, one at a time.
 */
public final class Main {
  /** Exit code: success, nothing to report. */
  public static final int OK = 0;
  /** Exit code: {@code --check} or {@code --list} found files that would change. */
  public static final int WOULD_CHANGE = 1;
  /** Exit code: bad command line. */
  public static final int USAGE = 2;
  /** Exit code: at least one file could not be read, cleaned or written. */
  public static final int FILE_FAILED = 3;

  /** {@code mtclean} and the version; read on demand (a resource read costs start-up time). */
  static String version() {
    return "mtclean " + org.mtclean.internal.Version.get();
  }

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private AtomicOutput.Hook writeHook = AtomicOutput.Hook.NONE;
  private final java.util.List<ExtraCheck> extraChecks = new java.util.ArrayList<>();
  private boolean systemStreams;
  private boolean stdoutFailureReported;

  public Main(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  public static void main(String[] args) {
    // System.out flushes on every write; cleaned text goes out in large buffered blocks instead
    PrintStream stdout =
        new PrintStream(
            new java.io.BufferedOutputStream(new Streams.StdoutSink(), 1 << 16),
            false, asciiLocale() ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.defaultCharset());
    Main main = new Main(stdout, stderr(), System.in);
    main.systemStreams = true;
    int code = main.run(RawArguments.recover(args));
    stdout.flush();
    System.exit(code);
  }

  /**
   * Standard error, in UTF-8 where the locale says ASCII ({@code LC_ALL=C}): the messages name
   * files, and a Chinese name would be all question marks. (The edit listings are UTF-8 anyway;
   * standard output, for the rule listings and help, is made the same way in {@link #main}.)
   */
  private static PrintStream stderr() {
    return asciiLocale()
        ? new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            java.nio.charset.StandardCharsets.UTF_8)
        : System.err;
  }

  /** Whether the JVM writes text as ASCII (under {@code LC_ALL=C}), which turns every other character into '?'. */
  private static boolean asciiLocale() {
    String enc = System.getProperty("sun.stderr.encoding", System.getProperty("file.encoding", ""));
    return enc.equalsIgnoreCase("ANSI_X3.4-1968") || enc.equalsIgnoreCase("US-ASCII") || enc.equalsIgnoreCase("ASCII");
  }

  /** For tests: runs {@code hook} on every atomic write just before the rename. */
  Main writeHook(AtomicOutput.Hook hook) {
    this.writeHook = hook;
    return this;
  }

  /**
   * Adds a source of extra findings to every run: its findings go into the report, the
   * {@code -v} listing and the summary, never into the output text.
   */
  public Main addCheck(ExtraCheck check) {
    extraChecks.add(java.util.Objects.requireNonNull(check));
    return this;
  }

  /** Runs the command with {@code args} and returns the exit code. */
  public int run(String... args) {
    stdoutFailureReported = false;
    CleanCommand command = new CleanCommand(out, err, in, writeHook, extraChecks, systemStreams);
    int code;
    try {
      code = QuickArgs.parse(command, args)
          ? runParsed(command)
          : parseAndRun(new CleanCommand(out, err, in, writeHook, extraChecks, systemStreams), args);
    } catch (OutOfMemoryError e) {
      err.println("mtclean: " + FailureText.outOfMemory());
      code = FILE_FAILED;
    }
    // a PrintStream keeps its errors to itself: whatever went to stdout (a list, a report, the
    // help) must have arrived, or the run fails
    out.flush();
    if (out.checkError() && !stdoutFailureReported) {
      err.println("mtclean: " + Streams.StdoutFailed.message());
      code = FILE_FAILED;
    }
    err.flush();
    return code;
  }

  /**
   * Runs {@code command} with the options {@link QuickArgs} has read (none, often), as picocli
   * would after parsing them, without building picocli's model of the command: for the common
   * cases ({@code mtclean < in > out}, {@code mtclean -q -o out in}) that model is most of the
   * start-up time.
   */
  private int runParsed(CleanCommand command) {
    try {
      return command.call();
    } catch (Exception ex) {
      return executionFailed(ex);
    }
  }

  private int parseAndRun(CleanCommand command, String[] args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.registerConverter(java.nio.file.Path.class, FileNames::path);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("mtclean: " + Names.escapeControls(String.valueOf(ex.getMessage())));
          err.println("Try 'mtclean --help' for more information.");
          return USAGE;
        });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> executionFailed(ex));
    return cl.execute(args);
  }

  /** Reports an exception that the command's run threw; returns the exit code. */
  private int executionFailed(Exception ex) {
    if (ex instanceof Streams.StdoutFailed) {
      stdoutFailureReported = true;
    }
    if (ex instanceof UsageException) {
      err.println("mtclean: " + Names.escapeControls(ex.getMessage()));
      err.println("Try 'mtclean --help' for more information.");
      return USAGE;
    }
    err.println("mtclean: " + Names.escapeControls(FailureText.describe(ex, null)));
    if (!(ex instanceof java.io.IOException || ex instanceof java.nio.file.InvalidPathException)) {
      ex.printStackTrace(err);
    }
    return FILE_FAILED;
  }
}
