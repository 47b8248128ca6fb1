package org.mtclean.internal;

import java.io.IOException;
import java.io.InputStream;
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
    // the text from a class of the class-data-sharing archive: reading a resource opens the jar,
    // whose 11,000 entries cost a short run a tenth of its time
    String text = WordFileData.text(name);
    return entries(text != null ? text : readResource(name));
  }

  private static String readResource(String name) {
    String path = "/org/mtclean/words/" + name + ".txt";
    try (InputStream in = WordFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entries of a list file's text: its lines (ended by \n, \r or \r\n, as
   * {@code BufferedReader.readLine} has them) up to any {@code #}, stripped, without the empty.
   */
  static Set<String> entries(String text) {
    Set<String> out = new LinkedHashSet<>();
    int n = text.length();
    int start = 0;
    while (start < n) {
      int end = start;
      int hash = -1;
      for (char c; end < n && (c = text.charAt(end)) != '\n' && c != '\r'; end++) {
        if (c == '#' && hash < 0) {
          hash = end;
        }
      }
      String entry = text.substring(start, hash >= 0 ? hash : end).strip();
      if (!entry.isEmpty()) {
        out.add(entry);
      }
      start = end + (end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
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
