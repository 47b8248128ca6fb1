import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Compares two builds of mtclean: text, edits and edit order must be identical.
 *
 * <pre>
 * java .ci/CompareBuilds.java OLD.jar NEW.jar [--docs N] [--seed S] [--no-command] [DIR...]
 * </pre>
 *
 * Run from the repository root after {@code mvn package} (the random corpus is made with the
 * generator of {@code RandomizedIdempotenceTest}, read from {@code target/test-classes}). Compares:
 * <ul>
 *   <li>the library in one JVM, each jar in a class loader of its own: {@code clean(String)} (text
 *       and every field of every edit, in order), {@code cleanText}, the stream on one thread and
 *       in batches on two; over every golden input with its options, a seeded random corpus under
 *       many settings (profiles, options, line by line, each rule alone, each rule left out), and
 *       every file under the DIRs given;</li>
 *   <li>the command, each jar in its own process: the output files, the JSON report, the summary
 *       and the listing, over the same inputs, with files in parallel and one large file cut into
 *       batches for {@code -j 1} and {@code -j 2}.</li>
 * </ul>
 * Exit status 0 when everything is identical, 1 with the first differences printed otherwise.
 */
public class CompareBuilds {
  static int differences;
  static long comparisons;

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>();
    int docs = 600;
    long seed = 20261207L;
    boolean command = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--no-command" -> command = false;
        default -> rest.add(args[i]);
      }
    }
    if (rest.size() < 2) {
      System.err.println("usage: java .ci/CompareBuilds.java OLD.jar NEW.jar [--docs N] [--seed S] [--no-command] [DIR...]");
      System.exit(2);
    }
    Path oldJar = Path.of(rest.get(0)).toAbsolutePath();
    Path newJar = Path.of(rest.get(1)).toAbsolutePath();
    List<Path> extra = rest.subList(2, rest.size()).stream().map(Path::of).toList();

    Path work = Files.createTempDirectory("compare-builds");
    Corpus corpus = Corpus.make(work, newJar, seed, docs, extra);
    System.out.println("corpus: " + corpus.golden.size() + " golden inputs, " + corpus.random.size()
        + " random documents (seed " + seed + "), " + corpus.extra.size() + " files from "
        + extra + "; work dir " + work);

    Library old = new Library(oldJar);
    Library neu = new Library(newJar);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      compareLibrary(old, neu, corpus, pool);
    } finally {
      pool.shutdownNow();
    }
    System.out.println("library: " + comparisons + " comparisons, " + differences + " differing");
    if (command) {
      long before = comparisons;
      int diffBefore = differences;
      Command.compare(oldJar, newJar, corpus, work);
      System.out.println("command: " + (comparisons - before) + " comparisons, "
          + (differences - diffBefore) + " differing");
    }
    if (differences == 0) {
      deleteTree(work);
      System.out.println("IDENTICAL");
    } else {
      System.out.println("DIFFERENT: " + differences + " differences (work dir kept: " + work + ")");
      System.exit(1);
    }
  }

  // ------------------------------------------------------------------ library

  static void compareLibrary(Library old, Library neu, Corpus corpus, ExecutorService pool)
      throws Exception {
    for (Map.Entry<String, String> g : corpus.golden.entrySet()) {
      List<String[]> settings = Corpus.goldenSettings(Path.of(g.getKey()));
      String text = g.getValue();
      for (String variant : new String[] {"", "crlf", "bom"}) {
        String input = switch (variant) {
          case "crlf" -> text.replace("\n", "\r\n");
          case "bom" -> "\uFEFF" + text;
          default -> text;
        };
        compareAll(old, neu, settings, input, g.getKey() + " " + variant, pool, true);
      }
    }
    List<List<String[]>> configs = new ArrayList<>();
    configs.add(List.of());
    configs.add(List.<String[]>of(new String[] {"profile", "APPLY_SUGGESTIONS"}));
    configs.add(List.<String[]>of(new String[] {"profile", "REPORT_ONLY"}));
    configs.add(List.<String[]>of(new String[] {"lineByLine", "true"}));
    for (String o : new String[] {"keep-nbsp=true", "untranslated=drop", "untranslated=mark",
        "untranslated=romanize", "thousands=thin", "thousands=none", "number-threshold=101",
        "percent-style=sign"}) {
      String[] kv = o.split("=");
      configs.add(List.<String[]>of(new String[] {"option", kv[0], kv[1]}));
    }
    List<String> ids = old.ruleIds();
    int n = 0;
    for (String doc : corpus.random) {
      for (List<String[]> config : configs) {
        compareAll(old, neu, config, doc, "random " + n + " " + describe(config), pool, n % 4 == 0);
      }
      // each rule alone and each rule left out, on a share of the documents
      String id = ids.get(n % ids.size());
      List<String[]> alone = List.of(new String[] {"disableAll"}, new String[] {"enable", id});
      compareAll(old, neu, alone, doc, "random " + n + " only " + id, pool, false);
      List<String[]> without = List.<String[]>of(new String[] {"disable", id});
      compareAll(old, neu, without, doc, "random " + n + " without " + id, pool, false);
      n++;
    }
    for (Map.Entry<String, String> e : corpus.extra.entrySet()) {
      compareAll(old, neu, List.of(), e.getValue(), e.getKey(), pool, true);
      compareAll(old, neu, List.<String[]>of(new String[] {"lineByLine", "true"}), e.getValue(),
          e.getKey() + " line by line", pool, false);
    }
  }

  static String describe(List<String[]> config) {
    StringBuilder b = new StringBuilder();
    for (String[] s : config) {
      b.append(String.join("=", s)).append(' ');
    }
    return b.toString().trim();
  }

  static void compareAll(Library old, Library neu, List<String[]> settings, String input,
      String what, ExecutorService pool, boolean streams) throws Exception {
    Object oc = old.cleaner(settings);
    Object nc = neu.cleaner(settings);
    same(what + ": clean(String)", old.cleanDump(oc, input), neu.cleanDump(nc, input));
    same(what + ": cleanText", old.cleanText(oc, input), neu.cleanText(nc, input));
    if (streams) {
      same(what + ": stream", old.streamDump(oc, input, null), neu.streamDump(nc, input, null));
      same(what + ": 2 threads", old.streamDump(oc, input, pool), neu.streamDump(nc, input, pool));
    }
  }

  static void same(String what, String a, String b) {
    comparisons++;
    if (a.equals(b)) {
      return;
    }
    differences++;
    if (differences > 20) {
      return;
    }
    String[] la = a.split("\n", -1);
    String[] lb = b.split("\n", -1);
    int i = 0;
    while (i < la.length && i < lb.length && la[i].equals(lb[i])) {
      i++;
    }
    System.out.println("DIFFERENT " + what + " at dump line " + (i + 1) + ":\n  before: "
        + (i < la.length ? shorten(la[i]) : "<end>") + "\n  after:  "
        + (i < lb.length ? shorten(lb[i]) : "<end>"));
  }

  static String shorten(String s) {
    return s.length() > 400 ? s.substring(0, 400) + "..." : s;
  }

  /** One build's public API, reached by reflection through a class loader of its own. */
  static final class Library {
    final ClassLoader loader;
    final Class<?> cleanerClass;
    final Class<?> builderClass;
    final Class<?> profileClass;
    final Class<?> listenerClass;

    Library(Path jar) throws Exception {
      loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      cleanerClass = loader.loadClass("org.mtclean.Cleaner");
      builderClass = loader.loadClass("org.mtclean.Cleaner$Builder");
      profileClass = loader.loadClass("org.mtclean.Profile");
      listenerClass = loader.loadClass("org.mtclean.EditListener");
    }

    @SuppressWarnings("unchecked")
    List<String> ruleIds() throws Exception {
      Object ids = loader.loadClass("org.mtclean.rules.BuiltinRules").getMethod("ids").invoke(null);
      return new ArrayList<>((java.util.Collection<String>) ids);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Object cleaner(List<String[]> settings) throws Exception {
      Object b = cleanerClass.getMethod("builder").invoke(null);
      for (String[] s : settings) {
        switch (s[0]) {
          case "enable" -> builderClass.getMethod("enable", String[].class).invoke(b, (Object) s[1].split(","));
          case "disable" -> builderClass.getMethod("disable", String[].class).invoke(b, (Object) s[1].split(","));
          case "disableAll" -> builderClass.getMethod("disableAll").invoke(b);
          case "profile" -> builderClass.getMethod("profile", profileClass)
              .invoke(b, Enum.valueOf((Class) profileClass, s[1]));
          case "lineByLine" -> builderClass.getMethod("lineByLine", boolean.class).invoke(b, Boolean.parseBoolean(s[1]));
          case "option" -> builderClass.getMethod("option", String.class, String.class).invoke(b, s[1], s[2]);
          default -> throw new IllegalArgumentException(s[0]);
        }
      }
      return builderClass.getMethod("build").invoke(b);
    }

    String cleanDump(Object cleaner, String input) throws Exception {
      Object result = call(cleaner, "clean", new Class<?>[] {String.class}, input);
      StringBuilder b = new StringBuilder();
      b.append(escape((String) result.getClass().getMethod("text").invoke(result))).append('\n');
      for (Object e : (List<?>) result.getClass().getMethod("edits").invoke(result)) {
        b.append(dump(e)).append('\n');
      }
      return b.toString();
    }

    String cleanText(Object cleaner, String input) throws Exception {
      return escape((String) call(cleaner, "cleanText", new Class<?>[] {String.class}, input));
    }

    String streamDump(Object cleaner, String input, ExecutorService pool) throws Exception {
      StringBuilder edits = new StringBuilder();
      Object listener = Proxy.newProxyInstance(loader, new Class<?>[] {listenerClass}, (p, m, a) -> {
        if (m.getName().equals("onEdit")) {
          edits.append(dump(a[0])).append('\n');
          return null;
        }
        return switch (m.getName()) {
          case "hashCode" -> System.identityHashCode(p);
          case "equals" -> p == a[0];
          case "toString" -> "listener";
          default -> throw new UnsupportedOperationException(m.getName());
        };
      });
      StringWriter out = new StringWriter();
      Object changed;
      if (pool == null) {
        changed = call(cleaner, "clean", new Class<?>[] {Reader.class, Writer.class, listenerClass},
            new StringReader(input), out, listener);
      } else {
        changed = call(cleaner, "clean", new Class<?>[] {Reader.class, Writer.class, listenerClass,
            java.util.concurrent.Executor.class, int.class}, new StringReader(input), out, listener, pool, 2);
      }
      return changed + "\n" + escape(out.toString()) + "\n" + edits;
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args)
        throws Exception {
      try {
        return target.getClass().getMethod(name, types).invoke(target, args);
      } catch (InvocationTargetException e) {
        return "THROWS " + e.getCause();
      }
    }
  }

  /** Every component of a record, recursively; other values by toString. */
  static String dump(Object o) throws Exception {
    if (o == null) {
      return "null";
    }
    if (o instanceof String s) {
      return '"' + escape(s) + '"';
    }
    if (o.getClass().isRecord()) {
      StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('[');
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        b.append(c.getName()).append('=').append(dump(c.getAccessor().invoke(o))).append(' ');
      }
      return b.append(']').toString();
    }
    return String.valueOf(o);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\\') {
        b.append("\\\\");
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  // ------------------------------------------------------------------ corpus

  /** The inputs: golden files, seeded random documents and the files under the extra DIRs. */
  static final class Corpus {
    final Map<String, String> golden = new TreeMap<>();
    final List<String> random = new ArrayList<>();
    final Map<String, String> extra = new TreeMap<>();
    Path randomDir;
    Path bigFile;
    List<Path> extraDirs;

    static Corpus make(Path work, Path newJar, long seed, int docs, List<Path> extraDirs)
        throws Exception {
      Corpus c = new Corpus();
      c.extraDirs = extraDirs;
      try (Stream<Path> walk = Files.walk(Path.of("test-data"))) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".input.txt")).sorted().toList()) {
          c.golden.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
      Generator gen = new Generator(newJar);
      Random random = new Random(seed);
      for (int i = 0; i < docs; i++) {
        c.random.add(gen.document(random, i));
      }
      c.randomDir = Files.createDirectories(work.resolve("corpus/random"));
      StringBuilder big = new StringBuilder();
      for (int i = 0; i < c.random.size(); i++) {
        Files.writeString(c.randomDir.resolve(String.format("doc-%05d.txt", i)), c.random.get(i));
        big.append(c.random.get(i)).append(i % 3 == 0 ? "\n\n" : "\n");
      }
      for (Path dir : extraDirs) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
            String text;
            try {
              text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
              continue; // not UTF-8 text
            }
            if (p.getFileName().toString().endsWith(".py") || p.getFileName().toString().endsWith(".tsv")) {
              continue;
            }
            c.extra.put(p.toString(), text);
            if (big.length() < 4_000_000) {
              big.append(text, 0, Math.min(text.length(), 500_000)).append("\n\n");
            }
          }
        }
      }
      c.bigFile = work.resolve("corpus/big/all.txt");
      Files.createDirectories(c.bigFile.getParent());
      Files.writeString(c.bigFile, big);
      return c;
    }

    /** The settings of a golden input's {@code .options} file. */
    static List<String[]> goldenSettings(Path input) throws IOException {
      String name = input.getFileName().toString();
      Path options = input.resolveSibling(name.substring(0, name.length() - ".input.txt".length()) + ".options");
      List<String[]> out = new ArrayList<>();
      if (Files.exists(options)) {
        for (String line : Files.readAllLines(options, StandardCharsets.UTF_8)) {
          line = line.strip();
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          int eq = line.indexOf('=');
          String k = line.substring(0, eq).strip();
          String v = line.substring(eq + 1).strip();
          switch (k) {
            case "enable", "disable" -> out.add(new String[] {k, v});
            case "profile" -> out.add(new String[] {k, v.toUpperCase().replace('-', '_')});
            default -> out.add(new String[] {"option", k, v});
          }
        }
      }
      return out;
    }
  }

  /**
   * Random garbled documents from the pieces of {@code RandomizedIdempotenceTest} (read from
   * target/test-classes), in four shapes: its garble, its shared spots, its line ends with number
   * chains, and long paragraphs.
   */
  static final class Generator {
    final String[] pieces;
    final String[] sharedSpots;
    final String[] lineEnds;
    final String[] chains;

    Generator(Path newJar) throws Exception {
      Path testClasses = Path.of("target/test-classes");
      if (!Files.isDirectory(testClasses.resolve("org/mtclean"))) {
        throw new IllegalStateException("no target/test-classes: run mvn -DskipTests package first");
      }
      ClassLoader l = new URLClassLoader(new URL[] {testClasses.toUri().toURL(), newJar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> t = l.loadClass("org.mtclean.RandomizedIdempotenceTest");
      pieces = strings(t, "PIECES");
      sharedSpots = strings(t, "SHARED_SPOTS");
      lineEnds = strings(t, "LINE_END_SHAPES");
      chains = strings(t, "CHAIN_LINKS");
    }

    private static String[] strings(Class<?> t, String name) throws Exception {
      Field f = t.getDeclaredField(name);
      f.setAccessible(true);
      return (String[]) f.get(null);
    }

    String document(Random r, int i) {
      StringBuilder b = new StringBuilder();
      switch (i % 8) {
        case 0, 1, 2, 3 -> garble(b, r, pieces, 1 + r.nextInt(60));
        case 4 -> garble(b, r, sharedSpots, 1 + r.nextInt(14));
        case 5 -> {
          int n = 1 + r.nextInt(30);
          for (int k = 0; k < n; k++) {
            if (r.nextInt(8) == 0) {
              int links = 1 + r.nextInt(40);
              for (int j = 0; j < links; j++) {
                b.append(chains[r.nextInt(chains.length)]).append(r.nextInt(4) == 0 ? "" : " ");
              }
            } else {
              b.append(lineEnds[r.nextInt(lineEnds.length)]);
            }
          }
        }
        case 6 -> {
          // paragraphs of prose-like garble separated by blank lines
          int paragraphs = 1 + r.nextInt(6);
          for (int p = 0; p < paragraphs; p++) {
            garble(b, r, pieces, 20 + r.nextInt(80));
            b.append(r.nextBoolean() ? "\n\n" : "\n");
          }
        }
        default -> {
          if (r.nextInt(4) == 0) {
            // a long paragraph (over 4,096 chars: windowed number tokens)
            StringBuilder one = new StringBuilder();
            garble(one, r, pieces, 1 + r.nextInt(80));
            String repeated = one.toString().replace('\n', ' ');
            while (b.length() < 6_000) {
              b.append(repeated).append(' ');
              StringBuilder x = new StringBuilder();
              garble(x, r, pieces, 10);
              b.append(x.toString().replace('\n', ' ')).append(". The ");
            }
          } else {
            garble(b, r, pieces, 1 + r.nextInt(200));
          }
        }
      }
      return b.toString();
    }

    private static void garble(StringBuilder b, Random random, String[] from, int n) {
      for (int i = 0; i < n; i++) {
        b.append(from[random.nextInt(from.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
    }
  }

  // ------------------------------------------------------------------ command

  /** The command of each jar in a process of its own, over the corpus on disk. */
  static final class Command {
    static void compare(Path oldJar, Path newJar, Corpus corpus, Path work) throws Exception {
      // golden inputs, grouped by their options (the command has no report-only profile)
      Map<String, List<Path>> groups = new LinkedHashMap<>();
      for (String g : corpus.golden.keySet()) {
        Path p = Path.of(g);
        List<String> args = new ArrayList<>();
        boolean skip = false;
        for (String[] s : Corpus.goldenSettings(p)) {
          switch (s[0]) {
            case "enable" -> args.add("--enable=" + s[1]);
            case "disable" -> args.add("--disable=" + s[1]);
            case "profile" -> skip = true;
            default -> args.add("--option=" + s[1] + "=" + s[2]);
          }
        }
        if (!skip) {
          groups.computeIfAbsent(String.join("\u0000", args), k -> new ArrayList<>()).add(p.toAbsolutePath());
        }
      }
      int run = 0;
      for (Map.Entry<String, List<Path>> g : groups.entrySet()) {
        List<String> args = g.getKey().isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(g.getKey().split("\u0000")));
        Path dir = work.resolve("corpus/golden-" + run);
        for (Path p : g.getValue()) {
          Path to = dir.resolve(Path.of("test-data").toAbsolutePath().relativize(p));
          Files.createDirectories(to.getParent());
          Files.copy(p, to);
        }
        args.add("--include=*.input.txt");
        args.add(dir.toString());
        runBoth(oldJar, newJar, work, "golden " + run++ + " " + g.getKey().replace('\u0000', ' '), args, true);
      }
      List<String> dirs = new ArrayList<>();
      dirs.add(corpus.randomDir.toString());
      for (Path d : corpus.extraDirs) {
        dirs.add(d.toAbsolutePath().toString());
      }
      for (String dir : dirs) {
        for (List<String> flags : List.of(List.<String>of(), List.of("--apply-suggestions"),
            List.of("--line-by-line"), List.of("--option=untranslated=drop"))) {
          List<String> args = new ArrayList<>(flags);
          args.add("--include=*");
          args.add(dir);
          runBoth(oldJar, newJar, work, dir + " " + flags, args, true);
        }
        // the counting path: no report, only the summary
        runBoth(oldJar, newJar, work, dir + " counts", List.of("--include=*", dir), false);
        runBoth(oldJar, newJar, work, dir + " --list", List.of("--include=*", "--list", dir), false);
      }
      for (String j : new String[] {"1", "2"}) {
        for (List<String> flags : List.of(List.<String>of(), List.of("--line-by-line"))) {
          List<String> args = new ArrayList<>(flags);
          args.addAll(List.of("-j", j, corpus.bigFile.toString()));
          runBoth(oldJar, newJar, work, "big file -j " + j + " " + flags, args, true);
        }
      }
    }

    /** Runs both jars with {@code args} (plus an output dir and a report when {@code report}). */
    static void runBoth(Path oldJar, Path newJar, Path work, String what, List<String> args,
        boolean report) throws Exception {
      String a = run(oldJar, work.resolve("old"), args, report);
      String b = run(newJar, work.resolve("new"), args, report);
      same("command " + what, a, b);
    }

    static String run(Path jar, Path dir, List<String> args, boolean report) throws Exception {
      deleteTree(dir);
      Files.createDirectories(dir);
      List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--no-progress", "--no-config"));
      boolean single = args.contains("-j");
      if (report) {
        cmd.add("--report=report.json");
        if (!single) {
          cmd.add("--output=out");
        }
      }
      cmd.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.redirectOutput(dir.resolve("stdout").toFile());
      pb.redirectError(dir.resolve("stderr").toFile());
      int exit = pb.start().waitFor();
      StringBuilder b = new StringBuilder("exit " + exit + "\n");
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          b.append("== ").append(dir.relativize(p)).append('\n');
          b.append(Files.readString(p, StandardCharsets.UTF_8).replace(jar.toString(), "JAR").replace(dir.toString(), "DIR")).append('\n');
        }
      }
      return b.toString();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
