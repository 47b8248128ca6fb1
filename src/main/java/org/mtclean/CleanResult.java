package org.mtclean;

import java.util.List;
import org.mtclean.internal.EditList;

/**
 * The outcome of cleaning one text: the cleaned text and every edit, in input order.
 *
 * @param text the cleaned text
 * @param edits all edits, applied ones and findings that were only reported
 */
public record CleanResult(String text, List<Edit> edits) {
  public CleanResult {
    if (!(edits instanceof EditList list && list.frozen())) {
      edits = List.copyOf(edits);
    }
  }

  /** Whether any edit was applied, that is, whether {@link #text()} differs from the input. */
  public boolean changed() {
    return edits.stream().anyMatch(Edit::applied);
  }

  /** The edits that changed the text. */
  public List<Edit> applied() {
    return edits.stream().filter(Edit::applied).toList();
  }

  /** The findings that were reported but not applied. */
  public List<Edit> unapplied() {
    return edits.stream().filter(e -> !e.applied()).toList();
  }
}
