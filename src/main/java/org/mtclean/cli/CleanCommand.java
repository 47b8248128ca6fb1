package org.mtclean.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.Profile;
import org.mtclean.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options and work of the {@code mtclean} command. */
@Command(
    name = "mtclean",
    mixinStandardHelpOptions = true,
    version = "mtclean 0.1.0",
    sortOptions = false,
    description = {
      "Cleans machine-translated text: Chinese punctuation, full-width forms, spacing, quotes.",
      "With no PATH, or with -, reads standard input and writes standard output."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:success",
      "1:--check found files that would change",
      "2:usage error",
      "3:a file could not be read, cleaned or written"
    })
final class CleanCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "files or directories (directories recurse)")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "write cleaned files under DIR, mirroring the input tree")
  Path outputDir;

  @Option(names = {"-i", "--in-place"}, description = "rewrite files in place (atomically)")
  boolean inPlace;

  @Option(names = "--check",
      description = "write nothing; exit 1 if any file would change, listing edits on stderr")
  boolean check;

  @Option(names = "--diff", description = "print a unified diff of what would change")
  boolean diff;

  @Option(names = "--include", paramLabel = "GLOB", description = "file names to clean in directories (default: *.txt)")
  List<String> include = new ArrayList<>(List.of("*.txt"));

  @Option(names = "--enable", split = ",", paramLabel = "RULE", description = "turn rules on (id or family)")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", split = ",", paramLabel = "RULE", description = "turn rules off (id or family)")
  List<String> disable = new ArrayList<>();

  @Option(names = "--apply-suggestions", description = "also apply the rules marked suggest")
  boolean applySuggestions;

  @Option(names = "--list-rules", description = "list the rules and exit")
  boolean listRules;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream in;

  CleanCommand(PrintStream out, PrintStream err, InputStream in) {
    this.out = out;
    this.err = err;
    this.in = in;
  }

  @Override
  public Integer call() throws IOException {
    Cleaner cleaner = buildCleaner();
    if (listRules) {
      for (Rule r : Cleaner.builder().build().rules()) {
        out.printf("%-24s %-8s %s%n", r.id(), r.kind().label(), r.description());
      }
      return Main.OK;
    }
    validate();
    if (paths.isEmpty() || paths.equals(List.of("-"))) {
      return cleanStdin(cleaner);
    }
    if (paths.contains("-")) {
      throw new UsageException("'-' (standard input) cannot be mixed with file paths");
    }
    List<Job> jobs = collect();
    boolean failed = false;
    boolean wouldChange = false;
    for (Job job : jobs) {
      try {
        wouldChange |= cleanFile(cleaner, job);
      } catch (IOException | RuntimeException e) {
        failed = true;
        err.println("mtclean: " + job.source + ": " + describe(e));
      }
    }
    if (failed) {
      return Main.FILE_FAILED;
    }
    return check && wouldChange ? Main.WOULD_CHANGE : Main.OK;
  }

  private Cleaner buildCleaner() {
    Cleaner.Builder b = Cleaner.builder();
    try {
      if (!enable.isEmpty()) {
        b.enable(enable.toArray(String[]::new));
      }
      if (!disable.isEmpty()) {
        b.disable(disable.toArray(String[]::new));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return b.profile(applySuggestions ? Profile.APPLY_SUGGESTIONS : Profile.SAFE).build();
  }

  private void validate() {
    int modes = (check ? 1 : 0) + (inPlace ? 1 : 0) + (outputDir != null ? 1 : 0);
    if (modes > 1) {
      throw new UsageException("--check, --in-place and --output exclude each other");
    }
    if (diff && (inPlace || outputDir != null)) {
      throw new UsageException("--diff cannot be combined with --in-place or --output");
    }
    boolean stdin = paths.isEmpty() || paths.equals(List.of("-"));
    if (stdin && (inPlace || outputDir != null)) {
      throw new UsageException("--in-place and --output need file or directory paths");
    }
  }

  private int cleanStdin(Cleaner cleaner) throws IOException {
    byte[] bytes = in.readAllBytes();
    String text;
    try {
      text = decode(bytes);
    } catch (MalformedInputException e) {
      err.println("mtclean: <stdin>: " + describe(e));
      return Main.FILE_FAILED;
    }
    CleanResult result = cleaner.clean(text);
    if (check) {
      printEdits("<stdin>", result);
      return result.changed() ? Main.WOULD_CHANGE : Main.OK;
    }
    if (diff) {
      printDiff("<stdin>", text, result.text());
      return Main.OK;
    }
    out.write(result.text().getBytes(StandardCharsets.UTF_8));
    out.flush();
    return Main.OK;
  }

  /** Cleans one file; returns whether it would change. */
  private boolean cleanFile(Cleaner cleaner, Job job) throws IOException {
    byte[] bytes = Files.readAllBytes(job.source);
    String text = decode(bytes);
    CleanResult result = cleaner.clean(text);
    boolean changed = result.changed();
    if (check) {
      if (changed) {
        printEdits(job.source.toString(), result);
      }
      return changed;
    }
    if (diff) {
      if (changed) {
        printDiff(job.source.toString(), text, result.text());
      }
      return changed;
    }
    byte[] cleaned = result.text().getBytes(StandardCharsets.UTF_8);
    if (inPlace) {
      if (changed) {
        AtomicFiles.write(job.source, cleaned);
      }
    } else if (outputDir != null) {
      Path target = outputDir.resolve(job.relative.toString());
      Files.createDirectories(target.toAbsolutePath().getParent());
      AtomicFiles.write(target, cleaned);
    } else {
      out.write(cleaned);
      out.flush();
    }
    return changed;
  }

  private void printEdits(String name, CleanResult result) {
    if (!result.changed()) {
      return;
    }
    err.println(name + ": would change");
    for (Edit e : result.edits()) {
      err.println("  " + e);
    }
  }

  private void printDiff(String name, String before, String after) {
    List<String> a = Arrays.asList(before.split("\n", -1));
    List<String> b = Arrays.asList(after.split("\n", -1));
    Patch<String> patch = DiffUtils.diff(a, b);
    for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a, patch, 3)) {
      out.println(line);
    }
  }

  private List<Job> collect() throws IOException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : include) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    List<Job> jobs = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(f -> Files.isRegularFile(f))
              .filter(f -> matchers.stream().anyMatch(m -> m.matches(f.getFileName())))
              .sorted()
              .forEach(f -> jobs.add(new Job(f, path.relativize(f))));
        }
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.exists(path)) {
        jobs.add(new Job(path, path.getFileName()));
      } else {
        throw new UsageException(p + ": no such file or directory");
      }
    }
    return jobs;
  }

  static String decode(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(buf);
      return chars.toString();
    } catch (MalformedInputException e) {
      throw new MalformedAtOffset(buf.position(), e.getInputLength());
    }
  }

  private static String describe(Exception e) {
    if (e instanceof MalformedAtOffset m) {
      return "not valid UTF-8 at byte offset " + m.offset + "; file left unchanged";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Malformed input with the byte offset where decoding stopped. */
  static final class MalformedAtOffset extends MalformedInputException {
    private static final long serialVersionUID = 1L;
    final long offset;

    MalformedAtOffset(long offset, int length) {
      super(length);
      this.offset = offset;
    }
  }

  private record Job(Path source, Path relative) {}

  /** Writes files atomically: a temp file in the same directory, flushed, then moved over. */
  static final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path target, byte[] bytes) throws IOException {
      Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
      Path dir = real.getParent();
      Path tmp = Files.createTempFile(dir, "." + real.getFileName() + ".", ".mtclean.tmp");
      try {
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
          ByteBuffer buf = ByteBuffer.wrap(bytes);
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
          ch.force(true);
        }
        if (Files.exists(real)) {
          try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(real));
          } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
          }
        }
        try {
          Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }

  @SuppressWarnings("unused")
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    in.transferTo(b);
    return b.toByteArray();
  }
}
