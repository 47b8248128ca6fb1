package org.mtclean.formats;

import java.io.IOException;
import org.mtclean.Position;

/** A file that cannot be read as its format; names the place. Nothing of such a file is written. */
public final class MalformedFileException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient Position position;

  public MalformedFileException(String format, String message, Position position) {
    super(format + " is malformed at line " + position.line() + ", column " + position.column() + ": " + message);
    this.position = position;
  }

  public Position position() {
    return position;
  }

  /** Builds the exception for the place {@code offset} of {@code raw}. */
  public static MalformedFileException at(RawText raw, long offset, String format, String message)
      throws IOException {
    return new MalformedFileException(format, message, raw.position(Math.max(offset, raw.written())));
  }
}
