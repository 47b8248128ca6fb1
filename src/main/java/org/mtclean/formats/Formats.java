package org.mtclean.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The formats mtclean knows, by name and by file name ending. */
public final class Formats {
  private static final List<Format> ALL = List.of(
      new XliffFormat(),
      new TmxFormat(),
      new PoFormat(),
      new SrtFormat(),
      new VttFormat(),
      new MarkdownFormat(),
      new HtmlFormat());

  private static final Map<String, Format> BY_NAME = new LinkedHashMap<>();
  private static final Map<String, Format> BY_EXTENSION = new LinkedHashMap<>();

  static {
    for (Format f : ALL) {
      BY_NAME.put(f.name(), f);
      for (String e : f.extensions()) {
        BY_EXTENSION.put(e, f);
      }
    }
  }

  private Formats() {}

  /** Every format, plain text excluded, in a fixed order. */
  public static List<Format> all() {
    return ALL;
  }

  /** The format called {@code name}, or {@code null}. */
  public static Format byName(String name) {
    return BY_NAME.get(name.toLowerCase(Locale.ROOT));
  }

  /** The format for a file called {@code fileName}, or {@code null} for plain text and unknown endings. */
  public static Format forFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
