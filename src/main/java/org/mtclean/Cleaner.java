package org.mtclean;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.mtclean.internal.BatchedRun;
import org.mtclean.internal.CharArrayBuilder;
import org.mtclean.internal.DocumentEngine;
import org.mtclean.internal.EditCounter;
import org.mtclean.internal.EditList;
import org.mtclean.internal.EnginePlan;
import org.mtclean.internal.Recording;
import org.mtclean.internal.TextOnly;
import org.mtclean.rules.BuiltinRules;

/**
 * Cleans machine-translated text with an ordered list of rules. A cleaner is immutable and
 * thread-safe: build one and share it. Each thread that uses it keeps one set of working buffers
 * (about 1 MB at most) for its next call, so that many short documents are cheap to clean.
 *
 * <pre>{@code
 * Cleaner cleaner = Cleaner.builder()
 *     .disable("case.sentence-start")
 *     .option(Options.KEEP_NBSP, true)
 *     .build();
 * CleanResult result = cleaner.clean("The survey started。Results follow：two regions。");
 * result.text();   // "The survey started. Results follow: two regions."
 * result.edits();  // what changed, where, and by which rule
 * }</pre>
 *
 * <p>How a text flows from here through the engine to the rules, and where to add a rule:
 * {@code docs/architecture.md} in the source repository.
 */
public final class Cleaner implements OptionValues {

  private final List<Rule> rules;
  private final Profile profile;
  private final Map<Option<?>, Object> options;
  private final EnginePlan plan;
  private final boolean lineByLine;
  private final Map<WordList, Set<String>> addedWords;

  private Cleaner(Builder b) {
    this.rules = List.copyOf(b.resolveRules());
    this.profile = b.profile;
    this.options = Collections.unmodifiableMap(new HashMap<>(b.options));
    boolean[] applies = new boolean[rules.size()];
    for (int r = 0; r < applies.length; r++) {
      applies[r] = profile.applies(rules.get(r).kind());
    }
    this.lineByLine = b.lineByLine;
    Map<WordList, Set<String>> added = new EnumMap<>(WordList.class);
    for (Map.Entry<WordList, Set<String>> e : b.words.entrySet()) {
      added.put(e.getKey(), Set.copyOf(e.getValue()));
    }
    this.addedWords = Collections.unmodifiableMap(added);
    this.plan = new EnginePlan(rules, applies, options, addedWords, lineByLine);
  }

  /** The cleaner with every default rule and the {@link Profile#SAFE} profile. */
  public static Cleaner defaults() {
    return Defaults.CLEANER;
  }

  /** Holds the default cleaner, built on first use: the command builds its own. */
  private static final class Defaults {
    static final Cleaner CLEANER = builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this cleaner's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.enabled.clear();
    for (Rule r : rules) {
      b.enabled.add(r.id());
    }
    for (Rule r : rules) {
      if (!BuiltinRules.ids().contains(r.id())) {
        b.custom.add(r);
      }
    }
    b.profile = profile;
    b.options.putAll(options);
    b.lineByLine = lineByLine;
    for (Map.Entry<WordList, Set<String>> e : addedWords.entrySet()) {
      b.words.put(e.getKey(), new LinkedHashSet<>(e.getValue()));
    }
    return b;
  }

  /** Whether every line is cleaned as a paragraph of its own (see {@link Builder#lineByLine}). */
  public boolean lineByLine() {
    return lineByLine;
  }

  /** The enabled rules, in the order they run. */
  public List<Rule> rules() {
    return rules;
  }

  public Profile profile() {
    return profile;
  }

  /** The value of an option in this cleaner. */
  @Override
  public <T> T option(Option<T> option) {
    Object value = options.get(option);
    return value == null ? option.defaultValue() : option.cast(value);
  }

  /** A word list as the rules of this cleaner see it: shipped entries and added ones. */
  public Set<String> words(WordList list) {
    Set<String> added = addedWords.getOrDefault(list, Set.of());
    if (added.isEmpty()) {
      return list.builtIn();
    }
    Set<String> all = new LinkedHashSet<>(list.builtIn());
    all.addAll(added);
    return Collections.unmodifiableSet(all);
  }

  /** Cleans {@code text} and returns the cleaned text with every edit. */
  public CleanResult clean(String text) {
    EditList edits = new EditList();
    String cleaned = cleanInMemory(text, edits);
    return new CleanResult(cleaned, edits.freeze());
  }

  /**
   * Cleans {@code text} and returns only the cleaned text: the same text as {@code
   * clean(text).text()}, faster, since no record of the edits is kept and the rules that can only
   * report are not run. Thread-safe.
   *
   * <pre>{@code
   * String fixed = cleaner.cleanText("Revenue rose 12 %，as planned。");
   * }</pre>
   */
  public String cleanText(String text) {
    return cleanInMemory(text, NO_RECORD);
  }

  private String cleanInMemory(String text, EditListener listener) {
    CharArrayBuilder out = new CharArrayBuilder(text.length() + (text.length() >> 3)); // edits mostly add chars
    try {
      // the quote style is followed paragraph by paragraph, as on every path (see DocumentState)
      DocumentEngine engine = engine();
      engine.run(new StringReader(text), out, listener, text.length());
      release(engine);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen with in-memory readers
    }
    return out.toString();
  }

  /** Takes the engine's text-only path, which skips the rules that only report: for {@link #cleanText}. */
  private static final TextOnly NO_RECORD = new TextOnly() {
    @Override
    public void count(String ruleId, boolean applied) {}

    @Override
    public void onEdit(Edit edit) {}
  };

  /**
   * Cleans a stream paragraph by paragraph; memory is bounded by the longest paragraph. Edits go
   * to {@code listener} as each paragraph is done. The caller closes both streams.
   *
   * @return whether any edit was applied
   */
  public boolean clean(Reader in, Writer out, EditListener listener) throws IOException {
    return clean(in, out, listener, null, 1);
  }

  /**
   * As {@link #clean(Reader, Writer, EditListener)}, with up to {@code parallelism} batches of
   * paragraphs cleaned at a time on {@code executor}: for one large file or stream on a machine
   * with several cores. The calling thread reads the input and writes the output; text and edits
   * are the same, in the same order, as with one thread. A cleaner with a rule that may keep any
   * state across paragraphs ({@link DocumentMemory#IN_ORDER}, the default for a rule of your own:
   * see {@link Rule#memory}) cleans on the calling thread only.
   *
   * @param executor runs the batches; its threads must not be busy waiting for this call
   * @return whether any edit was applied
   */
  public boolean clean(Reader in, Writer out, EditListener listener, Executor executor,
      int parallelism) throws IOException {
    Objects.requireNonNull(listener, "listener");
    boolean[] changed = {false};
    EditListener tracking = switch (Recording.of(listener)) {
      // the caller wants only the text: the rules that only report may be skipped
      case TEXT_ONLY -> new TrackingTextOnly((TextOnly) listener, changed);
      case COUNTS -> new TrackingCounter((EditCounter) listener, changed);
      case EDITS, ROWS -> e -> {
        changed[0] |= e.applied();
        listener.onEdit(e);
      };
    };
    if (executor != null && parallelism > 1 && plan.inBatches()) {
      BatchedRun.run(in, out, tracking, engines, executor, parallelism, plan);
      return changed[0];
    }
    DocumentEngine engine = engine();
    engine.run(in, out, tracking, 1 << 16);
    release(engine);
    return changed[0];
  }

  /** Passes counts on and notes whether an edit was applied. */
  private static class TrackingCounter implements EditCounter {
    private final EditCounter counter;
    private final boolean[] changed;

    TrackingCounter(EditCounter counter, boolean[] changed) {
      this.counter = counter;
      this.changed = changed;
    }

    @Override
    public void count(String ruleId, boolean applied) {
      changed[0] |= applied;
      counter.count(ruleId, applied);
    }

    @Override
    public void count(String ruleId, boolean applied, long times) {
      changed[0] |= applied && times > 0;
      counter.count(ruleId, applied, times);
    }

    @Override
    public void onEdit(Edit e) {
      changed[0] |= e.applied();
      counter.onEdit(e);
    }
  }

  /** The same for a caller that wants only the text (see {@link TextOnly}). */
  private static final class TrackingTextOnly extends TrackingCounter implements TextOnly {
    TrackingTextOnly(TextOnly counter, boolean[] changed) {
      super(counter, changed);
    }
  }

  private final BatchedRun.Engines engines =
      new BatchedRun.Engines() {
        @Override
        public DocumentEngine take() {
          return engine();
        }

        @Override
        public void give(DocumentEngine engine) {
          release(engine);
        }
      };

  /**
   * An engine for one run on this thread: the one the last run left, when there is one, so that
   * cleaning many short documents does not set up buffers for each. A run inside a run (a rule
   * calling this cleaner) finds none and makes its own.
   */
  private DocumentEngine engine() {
    Object idle = idleEngine.get();
    if (idle != null) {
      idleEngine.remove();
      Object e = idle instanceof SoftReference<?> soft ? soft.get() : idle;
      if (e != null) {
        return (DocumentEngine) e;
      }
    }
    return new DocumentEngine(plan);
  }

  /**
   * Keeps {@code e} for the next run on this thread. An engine that a long paragraph made large is
   * kept through a soft reference, which the collector clears when memory runs short: the next
   * long paragraph then need not grow every buffer again, and memory is not pinned.
   */
  private void release(DocumentEngine e) {
    idleEngine.set(e.retainedSize() <= MAX_RETAINED ? e : new SoftReference<>(e));
  }

  /** Buffer entries (chars and ints) an idle engine may hold strongly: about 1 MB. */
  private static final long MAX_RETAINED = 1 << 18;

  private final ThreadLocal<Object> idleEngine = new ThreadLocal<>(); // an engine, or a soft reference to one

  /** Builds a {@link Cleaner}. Not thread-safe; {@link #build()} may be called many times. */
  public static final class Builder {
    private final Set<String> enabled = new LinkedHashSet<>();
    private final List<Rule> custom = new ArrayList<>();
    private Profile profile = Profile.SAFE;
    private final Map<Option<?>, Object> options = new HashMap<>();
    private final Map<WordList, Set<String>> words = new EnumMap<>(WordList.class);
    private boolean lineByLine;

    private Builder() {
      for (Rule r : BuiltinRules.all()) {
        if (r.enabledByDefault()) {
          enabled.add(r.id());
        }
      }
    }

    /** Turns rules on by id. A family prefix such as {@code punct} names all its rules. */
    public Builder enable(String... ids) {
      for (String id : ids) {
        enabled.addAll(matching(id));
      }
      return this;
    }

    /** Turns rules off by id or family prefix. */
    public Builder disable(String... ids) {
      for (String id : ids) {
        for (String match : matching(id)) {
          enabled.remove(match);
        }
      }
      return this;
    }

    /** Turns off every rule; follow with {@link #enable}. */
    public Builder disableAll() {
      enabled.clear();
      return this;
    }

    /** Adds a rule of your own; it runs after the built-in rules, in the order added. */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      if (BuiltinRules.ids().contains(rule.id()) || custom.stream().anyMatch(r -> r.id().equals(rule.id()))) {
        throw new IllegalArgumentException("a rule with id " + rule.id() + " exists already");
      }
      custom.add(rule);
      enabled.add(rule.id());
      return this;
    }

    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile);
      return this;
    }

    /**
     * Cleans every line as a paragraph of its own and keeps every blank line, so that output line
     * N is input line N: for line-aligned text such as MT training corpora (one segment per line,
     * its source in another file). By default paragraphs end at blank lines, rules such as quote
     * pairing and sentence case look across the lines of a paragraph, and runs of blank lines
     * become one.
     */
    public Builder lineByLine(boolean on) {
      this.lineByLine = on;
      return this;
    }

    /** Shorthand for {@link Profile#APPLY_SUGGESTIONS} or {@link Profile#SAFE}. */
    public Builder applySuggestions(boolean apply) {
      return profile(apply ? Profile.APPLY_SUGGESTIONS : Profile.SAFE);
    }

    public <T> Builder option(Option<T> option, T value) {
      options.put(option, option.cast(Objects.requireNonNull(value)));
      return this;
    }

    /**
     * Sets an option by name from its string form, as a config file or the command line does.
     *
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    public Builder option(String name, String value) {
      Option<?> option = knownOptions().get(name);
      if (option == null) {
        throw new IllegalArgumentException(
            "unknown option '" + name + "'; known options: " + String.join(", ", knownOptions().keySet()));
      }
      options.put(option, option.parse(value));
      return this;
    }

    /**
     * Adds entries to a word list of the built-in rules (see {@link WordList}): for example
     * {@code words(WordList.ABBREVIATIONS, List.of("Bldg"))} makes {@code case.sentence-start}
     * only report a capital after {@code Bldg.}. Entries are trimmed (and lower-cased for the
     * lists looked up so); calls add up.
     *
     * @throws IllegalArgumentException for an empty entry or one with a line break
     */
    public Builder words(WordList list, Collection<String> entries) {
      Objects.requireNonNull(list, "list");
      Set<String> to = words.computeIfAbsent(list, k -> new LinkedHashSet<>());
      for (String entry : entries) {
        String e = list.normalize(Objects.requireNonNull(entry, "entry"));
        if (e.isEmpty() || e.indexOf('\n') >= 0 || e.indexOf('\r') >= 0) {
          throw new IllegalArgumentException("word list " + list.listName()
              + ": an entry must be a word or phrase on one line, not \"" + entry + "\"");
        }
        to.add(e);
      }
      return this;
    }

    /**
     * Adds entries to the word list named {@code name}, as a config file does.
     *
     * @throws IllegalArgumentException for an unknown list or a bad entry
     */
    public Builder words(String name, Collection<String> entries) {
      WordList list = WordList.named(name);
      if (list == null) {
        StringBuilder known = new StringBuilder();
        for (WordList l : WordList.values()) {
          known.append(known.length() == 0 ? "" : ", ").append(l.listName());
        }
        throw new IllegalArgumentException("unknown word list '" + name + "'; known lists: " + known);
      }
      return words(list, entries);
    }

    /** Every option that the built-in and added rules declare, by name. */
    public Map<String, Option<?>> knownOptions() {
      Map<String, Option<?>> all = new LinkedHashMap<>();
      for (Rule r : allRules()) {
        for (Option<?> o : r.options()) {
          all.putIfAbsent(o.name(), o);
        }
      }
      return all;
    }

    public Cleaner build() {
      return new Cleaner(this);
    }

    private List<Rule> allRules() {
      List<Rule> all = new ArrayList<>(BuiltinRules.all());
      all.addAll(custom);
      return all;
    }

    private List<String> matching(String id) {
      String key = id.trim();
      List<String> found = new ArrayList<>();
      for (Rule r : allRules()) {
        if (r.id().equals(key) || r.id().startsWith(key + ".")) {
          found.add(r.id());
        }
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown rule '" + key + "'; known rules: " + String.join(", ", BuiltinRules.ids()));
      }
      return found;
    }

    private List<Rule> resolveRules() {
      List<Rule> out = new ArrayList<>();
      for (Rule r : allRules()) {
        if (enabled.contains(r.id())) {
          out.add(r);
        }
      }
      return out;
    }
  }
}
