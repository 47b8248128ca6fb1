package org.mtclean.cli;

import java.io.IOException;

/** Input that is not valid in its encoding; carries the byte offset where decoding failed. */
final class MalformedTextException extends IOException {
  private static final long serialVersionUID = 1L;
  private final long byteOffset;

  MalformedTextException(String message, long byteOffset) {
    super(message);
    this.byteOffset = byteOffset;
  }

  long byteOffset() {
    return byteOffset;
  }
}
