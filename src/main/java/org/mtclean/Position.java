package org.mtclean;

/**
 * A place in the <em>input</em> text.
 *
 * @param offset code-point offset from the start of the input (a leading BOM counts as one)
 * @param charOffset UTF-16 offset from the start of the input, for {@link String} APIs
 * @param line 1-based line number
 * @param column 1-based column, counted in code points (a leading BOM is not counted)
 */
public record Position(long offset, long charOffset, long line, long column) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
