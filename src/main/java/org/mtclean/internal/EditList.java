package org.mtclean.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import org.mtclean.Edit;

/**
 * An immutable list of edits, filled once in chunks of fixed size: a text with hundreds of
 * thousands of edits never copies or allocates one huge array. Not API: may change without notice.
 */
public final class EditList extends AbstractList<Edit> implements RandomAccess {
  private static final int SHIFT = 12;
  private static final int CHUNK = 1 << SHIFT;

  private Edit[][] chunks = new Edit[4][];
  private int size;
  private boolean frozen;

  /** Appends an edit while the list is being filled. */
  public void append(Edit edit) {
    if (frozen) {
      throw new UnsupportedOperationException("the list is immutable");
    }
    Objects.requireNonNull(edit, "edit");
    int c = size >>> SHIFT;
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, c * 2);
    }
    if (chunks[c] == null) {
      chunks[c] = new Edit[size == 0 ? 16 : CHUNK];
    } else if ((size & (CHUNK - 1)) == chunks[c].length) {
      chunks[c] = Arrays.copyOf(chunks[c], CHUNK); // the first chunk starts small
    }
    chunks[c][size & (CHUNK - 1)] = edit;
    size++;
  }

  /** Ends filling: from now on the list cannot change. */
  public EditList freeze() {
    frozen = true;
    return this;
  }

  public boolean frozen() {
    return frozen;
  }

  @Override
  public Edit get(int index) {
    Objects.checkIndex(index, size);
    return chunks[index >>> SHIFT][index & (CHUNK - 1)];
  }

  @Override
  public int size() {
    return size;
  }
}
