package org.mtclean.formats;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.EditListener;
import org.mtclean.Position;
import org.mtclean.Rule;
import org.mtclean.rules.RepeatedTitleRule;

/**
 * Cleans the target text inside a localization file and writes the file back with only the
 * edited chars changed: every other byte, entity, escape and inline tag stays as it was.
 *
 * <p>Each segment is cleaned on its own with {@link Cleaner#clean(String)}; its inline codes are
 * protected chars that no rule edits or moves. The changes are put into the file by offset, the
 * replacement escaped the way the format needs. Each edit reaches the listener placed at its line
 * and column in the file and named by its unit. Thread-safe when its checks are; one call per file.
 *
 * <pre>{@code
 * FormatCleaner fc = new FormatCleaner(Cleaner.defaults()); // immutable: share it between threads
 * boolean changed = fc.clean(Formats.byName("xliff"), reader, writer,
 *     edit -> System.err.println(edit), notice -> System.err.println(notice));
 * }</pre>
 */
public final class FormatCleaner {
  /** A check that looks at a whole segment (and its source) and reports findings. */
  @FunctionalInterface
  public interface SegmentCheck {
    /** Findings for {@code segment}, with char offsets into its text in the edits' positions. */
    List<Edit> check(Segment segment);
  }

  private final Cleaner cleaner;
  private final List<SegmentCheck> checks;

  public FormatCleaner(Cleaner cleaner) {
    this(cleaner, List.of());
  }

  public FormatCleaner(Cleaner cleaner, List<SegmentCheck> checks) {
    this.cleaner = forSegments(cleaner);
    this.checks = List.copyOf(checks);
  }

  /**
   * {@code cleaner} without {@code repeat.title}: each segment is cleaned as a document of its
   * own, and its first line is no document title. That rule cost a fifth of the cleaning time of
   * an XLIFF file of short segments.
   */
  private static Cleaner forSegments(Cleaner cleaner) {
    boolean hasTitleRule = false;
    for (Rule r : cleaner.rules()) {
      hasTitleRule |= r.id().equals(RepeatedTitleRule.ID);
    }
    return hasTitleRule ? cleaner.toBuilder().disable(RepeatedTitleRule.ID).build() : cleaner;
  }

  /**
   * Reads {@code in} as {@code format}, writes it to {@code out} with its target text cleaned,
   * and tells {@code listener} of every edit. Returns whether the text changed.
   *
   * @param notices receives notices about the file (a target language that is not English)
   * @throws MalformedFileException when the file is not valid in its format; the output then
   *     holds a part of the file and must be thrown away
   */
  public boolean clean(Format format, Reader in, Writer out, EditListener listener,
      Consumer<String> notices) throws IOException {
    RawText raw = new RawText(in, out);
    boolean[] changed = {false};
    format.scan(raw, new SegmentSink() {
      @Override
      public void segment(Segment segment) throws IOException {
        changed[0] |= cleanSegment(raw, segment, listener);
      }

      @Override
      public void notice(String message) {
        notices.accept(message);
      }
    });
    raw.copyRest();
    return changed[0];
  }

  private boolean cleanSegment(RawText raw, Segment seg, EditListener listener) throws IOException {
    raw.copyTo(seg.rawStart());
    String text = seg.text();
    List<Edit> found = new ArrayList<>();
    CleanResult result = hasWords(text) ? cleaner.clean(text) : new CleanResult(text, List.of());
    boolean apply = !result.text().equals(text);
    List<Hunk> hunks = List.of();
    if (apply) {
      if ((text.indexOf(Segment.CODE) >= 0 || result.text().indexOf(Segment.CODE) >= 0)
          && count(result.text(), Segment.CODE) != count(text, Segment.CODE)) {
        apply = false; // a rule moved or removed an inline code: leave the segment as it was
        found.add(leftAlone(seg));
      } else {
        hunks = Hunk.between(text, result.text(), result.edits());
      }
    }
    // the checks see the text as it will be written; their findings are placed back in the input
    Segment checked = apply ? seg.cleaned(result.text()) : seg;
    for (SegmentCheck c : checks) {
      for (Edit f : c.check(checked)) {
        found.add(apply ? Hunk.toInput(f, hunks) : f);
      }
    }
    found.addAll(result.edits());
    found.sort(Comparator.comparingLong(e -> e.start().charOffset()));
    for (Edit e : found) {
      Position start = raw.position(seg.rawOffset((int) e.start().charOffset()));
      Position end = raw.position(seg.rawOffset((int) e.end().charOffset()));
      listener.onEdit(e.placed(start, end, seg.id(), apply && e.applied()));
    }
    for (Hunk h : hunks) {
      raw.copyTo(seg.rawOffset(h.start()));
      raw.replaceTo(seg.rawOffset(h.end()), seg.escaper().escape(h.replacement()));
    }
    return apply;
  }

  private static Edit leftAlone(Segment seg) {
    Position p = new Position(0, 0, 1, 1);
    return new Edit("format.codes", org.mtclean.RuleKind.REPORT, p, p, "", null,
        "the cleaned text moved an inline code; the segment is left as it was", false);
  }

  private static boolean hasWords(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != Segment.CODE && !Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
