package org.mtclean.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtclean.Cleaner;
import org.mtclean.bitext.BitextChecks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The options of the {@code mtclean} command, their checks, and the wiring of one run. Not
 * thread-safe; one instance per run.
 */
@Command(
    name = "mtclean",
    mixinStandardHelpOptions = true,
    versionProvider = CleanCommand.VersionProvider.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Cleans machine-translated text: Chinese punctuation, full-width forms, spacing, quotes.",
      "With no PATH, or with -, reads standard input and writes standard output.",
      "Files go to standard output unless --in-place, --output, --check, --diff or --list is given."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:success",
      "1:--check or --list found files that would change",
      "2:usage error",
      "3:a file could not be read, cleaned or written (the others were done)"
    })
final class CleanCommand implements Callable<Integer> {
  /** Prints the version of this build. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Main.version()};
    }
  }

  @Parameters(paramLabel = "PATH", description = "files or directories (directories recurse); - is standard input")
  List<String> paths = new ArrayList<>();

  @picocli.CommandLine.Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "write cleaned files under DIR, mirroring the input tree")
  Path outputDir;

  @picocli.CommandLine.Option(names = {"-i", "--in-place"},
      description = "rewrite changed files in place, atomically; unchanged files are not touched")
  boolean inPlace;

  @picocli.CommandLine.Option(names = "--backup", paramLabel = "SUFFIX",
      description = "with --in-place: keep the original of each changed file as FILE+SUFFIX")
  String backupSuffix;

  @picocli.CommandLine.Option(names = "--stdout", description = "write cleaned text to standard output (the default)")
  boolean toStdout;

  @picocli.CommandLine.Option(names = "--check",
      description = "write nothing; exit 1 if a file would change, naming it on stderr (its edits with -v)")
  boolean check;

  @picocli.CommandLine.Option(names = "--diff", description = "write a unified diff of what would change to standard output")
  boolean diff;

  @picocli.CommandLine.Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "colour the --diff output: auto (when standard output is a terminal and NO_COLOR is not set), always or never")
  String color;

  @picocli.CommandLine.Option(names = {"-l", "--list"},
      description = "print the names of files that would change; exit 1 if any")
  boolean list;

  @picocli.CommandLine.Option(names = "--report", paramLabel = "FILE",
      description = "write a JSON report of every edit to FILE (- for standard output)")
  String report;

  @picocli.CommandLine.Option(names = "--html-report", paramLabel = "FILE",
      description = "write a review page of every change to FILE: one self-contained HTML file")
  Path htmlReport;

  @picocli.CommandLine.Option(names = "--include", paramLabel = "GLOB",
      description = "file names to clean in directories (repeatable; default: *.txt)")
  List<String> include = new ArrayList<>();

  @picocli.CommandLine.Option(names = "--format", paramLabel = "FMT",
      description = "clean every file (and standard input) as FMT: txt, xliff, tmx, po, srt, vtt, md or html"
          + " (default: by the file name's ending; plain text otherwise)")
  String format;

  @picocli.CommandLine.Option(names = "--source", paramLabel = "FILE",
      description = "run the bilingual checks (bitext.*) on a line-aligned plain-text corpus: line N of FILE"
          + " (UTF-8) is the source of line N; implies --line-by-line")
  Path source;

  @picocli.CommandLine.Option(names = "--exclude", paramLabel = "GLOB",
      description = "file names or relative paths (with /) to skip in directories (repeatable)")
  List<String> exclude = new ArrayList<>();

  @picocli.CommandLine.Option(names = "--enable", split = ",", paramLabel = "RULE",
      description = "turn rules on, by id or family prefix")
  List<String> enable = new ArrayList<>();

  @picocli.CommandLine.Option(names = "--disable", split = ",", paramLabel = "RULE",
      description = "turn rules off, by id or family prefix")
  List<String> disable = new ArrayList<>();

  @picocli.CommandLine.Option(names = "--apply-suggestions", description = "also apply the rules marked suggest")
  boolean applySuggestions;

  @picocli.CommandLine.Option(names = "--line-by-line",
      description = "clean every line on its own and keep every blank line: output line N is input line N (line-aligned corpora)")
  boolean lineByLine;

  @picocli.CommandLine.Option(names = "--option", paramLabel = "NAME=VALUE",
      description = "set a rule option (repeatable; see --list-options)")
  List<String> optionSettings = new ArrayList<>();

  @picocli.CommandLine.Option(names = "--config", paramLabel = "FILE",
      description = "read settings from FILE instead of the nearest .mtclean.json")
  Path config;

  @picocli.CommandLine.Option(names = "--no-config", description = "ignore .mtclean.json files")
  boolean noConfig;

  @picocli.CommandLine.Option(names = "--list-rules", description = "list the rules and exit")
  boolean listRules;

  @picocli.CommandLine.Option(names = "--list-options", description = "list the rule options and exit")
  boolean listOptions;

  @picocli.CommandLine.Option(names = "--encoding", paramLabel = "ENC", defaultValue = "UTF-8",
      description = "input encoding: UTF-8 (default), GB18030, GBK, Big5, UTF-16, ... or auto; a BOM wins")
  String encoding;

  @picocli.CommandLine.Option(names = "--output-encoding", paramLabel = "ENC",
      description = "output encoding (default: the input's)")
  String outputEncoding;

  @picocli.CommandLine.Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "workers (default: number of cores): files in parallel, or batches of paragraphs of a single input; output is the same for any N")
  Integer jobs;

  @picocli.CommandLine.Option(names = "--progress", negatable = true,
      description = "show a progress bar on stderr (default: when it is a terminal)")
  Boolean progress;

  @picocli.CommandLine.Option(names = {"-q", "--quiet"}, description = "print only errors on stderr")
  boolean quiet;

  @picocli.CommandLine.Option(names = {"-v", "--verbose"}, description = "print every file and its edits on stderr")
  boolean verbose;

  // Options that add findings to the report go here and are turned into ExtraCheck instances
  // in extraChecks().
  @picocli.CommandLine.Option(names = "--languagetool",
      description = "add the findings of LanguageTool's core rules (word repeat, sentence case,"
          + " comma and bracket spacing, doubled punctuation, unpaired brackets and quotes) to"
          + " the report and the -v listing, as suggestions; the text is not changed by them")
  boolean languageTool;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;
  private final AtomicOutput.Hook writeHook;
  private final List<ExtraCheck> addedChecks;
  private final boolean systemStreams;
  private Path configUsed;
  private java.util.Set<String> bitextOff = java.util.Set.of();

  CleanCommand(PrintStream out, PrintStream err, InputStream in, AtomicOutput.Hook writeHook) {
    this(out, err, in, writeHook, List.of(), false);
  }

  /**
   * @param systemStreams whether out, err and in are the process's own standard streams, whose
   *     terminals decide on colours and hints
   */
  CleanCommand(PrintStream out, PrintStream err, InputStream in, AtomicOutput.Hook writeHook,
      List<ExtraCheck> addedChecks, boolean systemStreams) {
    this.systemStreams = systemStreams;
    this.out = out;
    this.err = err;
    this.in = in;
    this.writeHook = writeHook;
    this.addedChecks = List.copyOf(addedChecks);
  }

  @Override
  public Integer call() throws IOException {
    if (listRules) {
      RuleSelection.listRules(out);
      return Main.OK;
    }
    if (listOptions) {
      RuleSelection.listOptions(out);
      return Main.OK;
    }
    boolean stdin = paths.isEmpty() || paths.equals(List.of("-"));
    validate(stdin);
    Path cwd = Path.of("").toAbsolutePath();
    ConfigFile cfg = loadConfig(stdin, cwd);
    Cleaner cleaner = RuleSelection.build(cfg, enable, disable, optionSettings, applySuggestions,
        lineByLine || source != null);
    bitextOff = RuleSelection.bitextOff(cfg, enable, disable);
    Settings settings = settings(cleaner);
    int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    // typing into the command: a hint instead of a progress bar
    boolean typing = stdin && systemStreams && Terminal.isTerminal(Terminal.STDIN);
    boolean bar = progress != null ? progress : !typing && stderrIsTerminal();

    List<InputCollector.Job> files = null;
    if (!stdin) {
      List<String> inc = !include.isEmpty() ? include : cfg != null && !cfg.include().isEmpty() ? cfg.include() : List.of("*.txt");
      List<String> exc = new ArrayList<>(cfg == null ? List.of() : cfg.exclude());
      exc.addAll(exclude);
      files = new InputCollector(inc, exc, outputDir).collect(paths);
      InputCollector.checkOutputs(files, outputDir);
      if (settings.target() == Settings.Target.IN_PLACE) {
        files = InputCollector.oncePerFile(files, quiet ? null : err);
      }
      if (files.isEmpty() && !quiet) {
        err.println("mtclean: warning: no file matched " + String.join(" ", paths.stream().map(Names::quote).toList())
            + " (directories are searched for " + String.join(", ", inc) + ")");
      }
    } else if (typing && !quiet) {
      err.println("mtclean: reading standard input from the terminal; end it with Ctrl-D"
          + " (or give file names: mtclean --help)");
    }

    if (report != null && !report.equals("-") && !ReportTarget.isStream(FileNames.path(report))) {
      ReportTarget.check(FileNames.path(report), stdin ? List.of() : files, outputDir, backupSuffix, configUsed);
    }
    if (htmlReport != null) {
      ReportTarget.check("--html-report", htmlReport, stdin ? List.of() : files, outputDir,
          backupSuffix, configUsed);
    }
    try (ReportOutput reportOut = report == null ? null
        : ReportOutput.open(report, out, reportToStdout(), stdin && systemStreams ? Path.of("/dev/stdin") : null,
            systemStreams ? Path.of("/dev/stdout") : null)) {
      BatchRunner runner = new BatchRunner(settings, out, err, workers, bar, reportOut == null ? null : reportOut.stream())
          .quoteListed(systemStreams && Terminal.isTerminal(Terminal.STDOUT));
      int code = stdin ? runner.runStdin(in) : runner.runFiles(files);
      if (htmlReport != null) {
        writeReviewPage(runner);
      }
      if (reportOut != null) {
        reportOut.commit();
      }
      return code;
    }
  }

  private void writeReviewPage(BatchRunner runner) throws IOException {
    AtomicOutput page = AtomicOutput.open(htmlReport, AtomicOutput.Hook.NONE, -1);
    try {
      java.io.Writer w = new java.io.BufferedWriter(
          new java.io.OutputStreamWriter(page, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
      ReviewPage.write(runner.reviews, runner.totals(), "mtclean review", w);
      w.flush();
      page.commit(null);
      page = null;
    } finally {
      if (page != null) {
        page.abort();
      }
    }
  }

  private void validate(boolean stdin) {
    if (!stdin && paths.contains("-")) {
      usage("- (standard input) cannot be mixed with file paths");
    }
    int targets = (inPlace ? 1 : 0) + (outputDir != null ? 1 : 0) + (toStdout ? 1 : 0);
    if (targets > 1) {
      usage("choose one of --in-place, --output and --stdout");
    }
    String dry = check ? "--check" : diff ? "--diff" : list ? "--list" : null;
    if (dry != null && targets > 0) {
      usage(dry + " writes no files; it cannot be combined with "
          + (inPlace ? "--in-place" : outputDir != null ? "--output" : "--stdout"));
    }
    if (diff && list) {
      usage("--diff and --list both print to standard output; choose one");
    }
    if (backupSuffix != null && !inPlace) {
      usage("--backup needs --in-place");
    }
    if (backupSuffix != null && (backupSuffix.isEmpty() || backupSuffix.contains("/"))) {
      usage("--backup SUFFIX must be a non-empty file-name suffix such as .orig");
    }
    if (stdin && (inPlace || outputDir != null)) {
      usage((inPlace ? "--in-place" : "--output") + " needs file or directory paths, not standard input");
    }
    if (outputDir != null && java.nio.file.Files.exists(outputDir) && !java.nio.file.Files.isDirectory(outputDir)) {
      usage("--output " + Names.quote(outputDir) + " is a file, not a directory");
    }
    boolean stdoutBusy = diff || list || !check && !inPlace && outputDir == null;
    if (reportToStdout() && stdoutBusy) {
      usage("--report " + report + " needs standard output to itself; use it with --check, --output or "
          + "--in-place, or write the report to a file");
    }
    if (quiet && verbose) {
      usage("--quiet and --verbose exclude each other");
    }
    if (jobs != null && jobs < 1) {
      usage("--jobs must be at least 1");
    }
    if (config != null && noConfig) {
      usage("--config and --no-config exclude each other");
    }
    if (source != null) {
      if (!java.nio.file.Files.isRegularFile(source) || !java.nio.file.Files.isReadable(source)) {
        usage("--source " + Names.quote(source) + ": not a readable file");
      }
      if (!stdin && (paths.size() != 1 || java.nio.file.Files.isDirectory(FileNames.path(paths.get(0))))) {
        usage("--source pairs its lines with one text: give one file or standard input");
      }
      org.mtclean.formats.Format byName = stdin ? null : org.mtclean.formats.Formats.forFileName(paths.get(0));
      String named = format != null ? format.toLowerCase(java.util.Locale.ROOT)
          : byName == null ? null : byName.name();
      if (named != null && !named.equals("txt") && !named.equals("text")) {
        usage("--source is for plain text; a " + named + " file carries its own source");
      }
    }
  }

  /** Whether the report goes to standard output: {@code -}, or a name for the same pipe or terminal. */
  private boolean reportToStdout() {
    if (report == null || report.equals("-")) {
      return report != null;
    }
    Path p = FileNames.path(report);
    return systemStreams && ReportTarget.isStream(p) && ReportTarget.sameFile(p, Path.of("/dev/stdout"));
  }

  private Settings settings(Cleaner cleaner) {
    Charset inCs = Encodings.parse(encoding, "--encoding");
    Charset outCs = null;
    if (outputEncoding != null) {
      outCs = Encodings.parse(outputEncoding, "--output-encoding");
      if (outCs == null) {
        usage("--output-encoding cannot be auto");
      }
      if (!outCs.canEncode()) {
        usage("--output-encoding: cannot write " + outCs.name());
      }
    }
    Settings.Target target =
        inPlace ? Settings.Target.IN_PLACE
            : outputDir != null ? Settings.Target.OUTPUT_DIR
            : check || diff || list ? Settings.Target.NONE
            : Settings.Target.STDOUT;
    return new Settings(cleaner, target, check, diff, list, inCs, outCs, outputDir, backupSuffix,
        report != null, htmlReport != null, quiet, verbose, extraChecks(cleaner.lineByLine()), writeHook, 16L << 20, diffColors(),
        formatName(), null).withSegmentChecks(bitextOff);
  }

  /** The --format name as Settings takes it: null to go by file names, "txt" for plain text. */
  private String formatName() {
    if (format == null) {
      return null;
    }
    String f = format.toLowerCase(java.util.Locale.ROOT);
    if (f.equals("txt") || f.equals("text")) {
      return "txt";
    }
    if (org.mtclean.formats.Formats.byName(f) == null) {
      List<String> names = new ArrayList<>(List.of("txt"));
      org.mtclean.formats.Formats.all().forEach(x -> names.add(x.name()));
      usage("--format takes " + String.join(", ", names) + ", not '" + format + "'");
    }
    return f;
  }

  private UnifiedDiff.Colors diffColors() {
    boolean on = switch (color) {
      case "always" -> true;
      case "never" -> false;
      // only --diff has colours: no need to look at the terminal otherwise
      case "auto" -> diff && systemStreams && !Terminal.noColor() && Terminal.isTerminal(Terminal.STDOUT);
      default -> throw new UsageException("--color takes auto, always or never, not '" + color + "'");
    };
    return on ? UnifiedDiff.Colors.ANSI : UnifiedDiff.Colors.NONE;
  }

  /** The finding sources asked for on the command line, then those added by the embedding code. */
  private List<ExtraCheck> extraChecks(boolean lineByLine) {
    List<ExtraCheck> checks = new ArrayList<>();
    if (languageTool) {
      checks.add(LanguageToolExtraCheck.create(lineByLine));
    }
    if (source != null) {
      checks.add(new SourceCheck(source, BitextChecks.without(bitextOff)));
    }
    checks.addAll(addedChecks);
    return checks;
  }

  private ConfigFile loadConfig(boolean stdin, Path cwd) {
    if (noConfig) {
      if (verbose) {
        err.println("mtclean: config: none (--no-config)");
      }
      return null;
    }
    if (config != null) {
      if (verbose) {
        err.println("mtclean: config: " + Names.quote(config) + " (--config)");
      }
      configUsed = config;
      return ConfigFile.load(config);
    }
    Path start = stdin ? cwd : ConfigSearch.commonBase(paths.stream().map(FileNames::path).toList(), cwd);
    Path found = new ConfigSearch(err).find(start, cwd);
    if (verbose) {
      err.println(found != null ? "mtclean: config: " + Names.quote(found)
          : "mtclean: config: none (no " + ConfigFile.NAME + " in " + Names.quote(start)
              + " or its parents up to the repository root or home directory)");
    }
    configUsed = found;
    return found == null ? null : ConfigFile.load(found);
  }

  /** The cleaner for this command line and the config file; package-private for tests. */
  Cleaner cleaner(Path workingDir) {
    boolean stdin = paths.isEmpty() || paths.equals(List.of("-"));
    ConfigFile cfg = loadConfig(stdin, workingDir == null ? Path.of("").toAbsolutePath() : workingDir);
    return RuleSelection.build(cfg, enable, disable, optionSettings, applySuggestions, lineByLine);
  }

  private static void usage(String message) {
    throw new UsageException(message);
  }

  /** Whether standard error is a terminal (never in a CI job). */
  private static boolean stderrIsTerminal() {
    return System.getenv("CI") == null && Terminal.isTerminal(Terminal.STDERR);
  }
}
