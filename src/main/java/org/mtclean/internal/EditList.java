package org.mtclean.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import org.mtclean.Edit;
import org.mtclean.EditListener;
import org.mtclean.Position;

/**
 * An immutable list of edits, filled once in chunks of at most 4,096 (the first starts small): a
 * text with hundreds of thousands of edits never copies or allocates one huge array. The engine's edits are kept as
 * rows (the pipeline's record and eight position numbers) and become {@link Edit} objects only
 * when read, so that a caller who wants only the cleaned text does not pay for millions of small
 * objects. Reading is thread-safe once the list is frozen. Not API: may change without notice.
 */
public final class EditList extends AbstractList<Edit> implements RandomAccess, EditListener {
  private static final int SHIFT = 12;
  private static final int CHUNK = 1 << SHIFT;
  private static final int FIELDS = 8; // start offset, char offset, line, column; the same for end

  private Object[][] refs = new Object[4][]; // an Edit, or the PendingEdit of a row
  private long[][] positions = new long[4][];
  private int size;
  private boolean frozen;

  /** Appends an edit while the list is being filled. */
  public void append(Edit edit) {
    Objects.requireNonNull(edit, "edit");
    slot()[size & (CHUNK - 1)] = edit;
    size++;
  }

  /** Appends an edit while the list is being filled, as a listener. */
  @Override
  public void onEdit(Edit edit) {
    append(edit);
  }

  /** Appends an edit of the pipeline at the given start and end positions. */
  void append(PendingEdit edit, long[] startEnd) {
    Object[] chunk = slot();
    int i = size & (CHUNK - 1);
    chunk[i] = edit;
    long[] p = positions[size >>> SHIFT];
    if (p == null || p.length < (i + 1) * FIELDS) {
      // grows with the chunk of references, which doubles from 16 up to CHUNK
      p = p == null ? new long[chunk.length * FIELDS] : Arrays.copyOf(p, chunk.length * FIELDS);
      positions[size >>> SHIFT] = p;
    }
    System.arraycopy(startEnd, 0, p, i * FIELDS, FIELDS);
    size++;
  }

  private Object[] slot() {
    if (frozen) {
      throw new UnsupportedOperationException("the list is immutable");
    }
    int c = size >>> SHIFT;
    if (c == refs.length) {
      refs = Arrays.copyOf(refs, c * 2);
      positions = Arrays.copyOf(positions, c * 2);
    }
    if (refs[c] == null) {
      refs[c] = new Object[size == 0 ? 16 : CHUNK];
    } else if ((size & (CHUNK - 1)) == refs[c].length) {
      refs[c] = Arrays.copyOf(refs[c], refs[c].length * 2); // the first chunk starts small
    }
    return refs[c];
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
    Object ref = refs[index >>> SHIFT][index & (CHUNK - 1)];
    if (ref instanceof Edit edit) {
      return edit;
    }
    PendingEdit e = (PendingEdit) ref;
    long[] p = positions[index >>> SHIFT];
    int at = (index & (CHUNK - 1)) * FIELDS;
    Position start = new Position(p[at], p[at + 1], p[at + 2], p[at + 3]);
    Position end = e.end() == e.start() ? start : new Position(p[at + 4], p[at + 5], p[at + 6], p[at + 7]);
    return new Edit(e.ruleId(), e.kind(), start, end, e.original(), e.replacement(), e.message(),
        e.applied());
  }

  @Override
  public int size() {
    return size;
  }
}
