package org.mtclean.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the word list files shipped in {@code org/mtclean/words/}. Not API. */
public final class WordFiles {
  private WordFiles() {}

  /**
   * The entries of {@code org/mtclean/words/NAME.txt}: one a line, trimmed, without blank lines
   * and {@code #} comments.
   */
  public static Set<String> read(String name) {
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
}
