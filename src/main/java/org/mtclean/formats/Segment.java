package org.mtclean.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One piece of target text that a format found in a file: its text as the cleaner sees it, where
 * each char came from in the file, and the inline codes it holds. An inline code (a tag, a
 * placeholder) is one {@link #CODE} char in the text, which the rules never edit or move over.
 * Built by a {@link Format} with {@link Builder}; immutable.
 */
public final class Segment {
  /** The char that stands for one inline code in {@link #text()}. */
  public static final char CODE = org.mtclean.internal.ProtectedSpans.INLINE_CODE;

  /** How text put into the file is written there: entities for XML, backslash escapes for PO. */
  @FunctionalInterface
  public interface Escaper {
    String escape(String text);

    Escaper NONE = text -> text;
  }

  /** An inline code: its text in the file and an id to compare source and target by. */
  public record Code(String raw, String id) {}

  private final String id;
  private final String text;
  private final long[] rawOffsets;
  private final List<Code> codes;
  private final Escaper escaper;
  private final String source;
  private final List<Code> sourceCodes;

  private Segment(Segment of, String newText) {
    this.id = of.id;
    this.text = newText;
    this.rawOffsets = null;
    this.codes = of.codes;
    this.escaper = of.escaper;
    this.source = of.source;
    this.sourceCodes = of.sourceCodes;
  }

  /** The same segment with its text cleaned: for the checks, which see the text as it will be written. No offsets. */
  Segment cleaned(String newText) {
    return new Segment(this, newText);
  }

  private Segment(Builder b) {
    this.id = b.id;
    this.text = b.text.toString();
    this.rawOffsets = Arrays.copyOf(b.raw, b.text.length() + 1);
    this.rawOffsets[b.text.length()] = b.end;
    this.codes = List.copyOf(b.codes);
    this.escaper = b.escaper;
    this.source = b.source;
    this.sourceCodes = List.copyOf(b.sourceCodes);
  }

  /** The unit, segment or cue this text belongs to, as the file names it; may be empty. */
  public String id() {
    return id;
  }

  /** The target text, with one {@link #CODE} per inline code. */
  public String text() {
    return text;
  }

  /** Where char {@code index} of the text starts in the file; {@code index == text().length()} gives the end. */
  public long rawOffset(int index) {
    return rawOffsets[index];
  }

  public long rawStart() {
    return rawOffsets[0];
  }

  public long rawEnd() {
    return rawOffsets[text.length()];
  }

  /** The inline codes of the target, in text order. */
  public List<Code> codes() {
    return codes;
  }

  public Escaper escaper() {
    return escaper;
  }

  /** The source text (inline codes as {@link #CODE}), or {@code null} when the file has none. */
  public String source() {
    return source;
  }

  /** The inline codes of the source, in text order. */
  public List<Code> sourceCodes() {
    return sourceCodes;
  }

  public static Builder builder(String id, Escaper escaper) {
    return new Builder(id, escaper);
  }

  /** Collects a segment's chars in file order. */
  public static final class Builder {
    private final String id;
    private final Escaper escaper;
    private final StringBuilder text = new StringBuilder();
    private long[] raw = new long[64];
    private long end = -1;
    private final List<Code> codes = new ArrayList<>();
    private String source;
    private final List<Code> sourceCodes = new ArrayList<>();

    private Builder(String id, Escaper escaper) {
      this.id = id == null ? "" : id;
      this.escaper = escaper;
    }

    /** Adds text that stands for the file's chars {@code [rawStart, rawEnd)} (one char, or an entity or escape). */
    public Builder text(CharSequence decoded, long rawStart, long rawEnd) {
      for (int k = 0; k < decoded.length(); k++) {
        // every char of a decoded entity starts where the entity starts, except that the
        // whole entity is the range of its last char
        push(decoded.charAt(k), k == 0 ? rawStart : rawEnd);
      }
      end = rawEnd;
      return this;
    }

    /** Adds chars copied as they are from the file, starting at {@code rawStart}. */
    public Builder plain(CharSequence chars, long rawStart) {
      int n = text.length();
      int m = chars.length();
      if (n + m > raw.length) {
        raw = Arrays.copyOf(raw, Math.max(raw.length * 2, n + m));
      }
      for (int k = 0; k < m; k++) {
        raw[n + k] = rawStart + k;
      }
      text.append(chars);
      end = rawStart + m;
      return this;
    }

    /** Adds an inline code that spans the file's chars {@code [rawStart, rawEnd)}. */
    public Builder code(String rawText, String codeId, long rawStart, long rawEnd) {
      push(CODE, rawStart);
      codes.add(new Code(rawText, codeId));
      end = rawEnd;
      return this;
    }

    /** Moves the end without adding text: for an empty segment, or a segment that ends past its last char. */
    public Builder end(long rawEnd) {
      end = rawEnd;
      return this;
    }

    /** Sets the source text that this target translates, with its inline codes. */
    public Builder source(String sourceText, List<Code> codesOfSource) {
      this.source = sourceText;
      this.sourceCodes.clear();
      this.sourceCodes.addAll(codesOfSource);
      return this;
    }

    public int length() {
      return text.length();
    }

    public Segment build() {
      if (end < 0) {
        throw new IllegalStateException("a segment needs its end offset");
      }
      return new Segment(this);
    }

    private void push(char c, long offset) {
      int n = text.length();
      if (n == raw.length) {
        raw = Arrays.copyOf(raw, n * 2);
      }
      raw[n] = offset;
      text.append(c);
    }
  }
}
