package org.mtclean.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the word list files shipped in {@code org/mtclean/words/}. Not API. */
public final class WordFiles {
  private WordFiles() {}

  /**
   * The entries of {@code org/mtclean/words/NAME.txt}: one a line, trimmed, without blank lines
   * and {@code #} comments. The file is read when the set is first used, not when it is made:
   * rules hold their lists in static fields, and a run that needs few of them (a small input, or
   * text without numbers) should not read them all at start-up. Unmodifiable; thread-safe.
   */
  public static Set<String> read(String name) {
    return new OnFirstUse(name);
  }

  /** The entries of the list, read now (see {@link #read}). */
  static Set<String> load(String name) {
    String path = "/org/mtclean/words/" + name + ".txt";
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = WordFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /** A list read from its file on first use. */
  private static final class OnFirstUse extends AbstractSet<String> {
    private final String name;
    private volatile Set<String> entries;

    OnFirstUse(String name) {
      this.name = name;
    }

    private Set<String> entries() {
      Set<String> e = entries;
      if (e == null) {
        synchronized (this) {
          e = entries;
          if (e == null) {
            entries = e = load(name);
          }
        }
      }
      return e;
    }

    @Override
    public boolean contains(Object o) {
      return entries().contains(o);
    }

    @Override
    public Iterator<String> iterator() {
      return entries().iterator();
    }

    @Override
    public int size() {
      return entries().size();
    }
  }
}
