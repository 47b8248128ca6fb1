package org.mtclean.formats;

import java.io.IOException;
import java.util.Set;

/**
 * A file format that mtclean cleans inside: it scans a file's text, finds the English target
 * segments, and hands each to a {@link SegmentSink}, which writes it back edited. Everything else
 * is written through byte for byte. Implementations are stateless and thread-safe.
 *
 * <p>A scanner must hand segments over in file order, must not look at text before the start of
 * the segment it is building once it has handed an earlier one over, and must throw a
 * {@link MalformedFileException} (with the offset) on text it cannot read as its format.
 */
public interface Format {
  /** The name used with {@code --format}: {@code xliff}, {@code po}, {@code txt}. */
  String name();

  /** File name endings (lower case, without the dot) cleaned in this format. */
  Set<String> extensions();

  /** Scans {@code raw}, calling {@code sink} for each target segment. */
  void scan(RawText raw, SegmentSink sink) throws IOException;
}
