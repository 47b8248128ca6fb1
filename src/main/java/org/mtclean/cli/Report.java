package org.mtclean.cli;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mtclean.Edit;
import org.mtclean.Position;

/**
 * The JSON report ({@code --report FILE}). Each file's entry is written by its worker with a
 * Gson {@link JsonWriter} into a {@link SpillBuffer}, so that a file with millions of edits
 * needs no memory; the entries are then joined in input order into
 *
 * <pre>{@code
 * {"schema": 1, "schemaVersion": 1, "tool": "mtclean 0.1.0",
 *  "files": [ {entry}, ... ],
 *  "totals": {"files": n, "changed": n, "unchanged": n, "failed": n, "skipped": n,
 *             "applied": n, "proposed": n, "rules": {"rule.id": {"applied": n, "proposed": n}}}}
 * }</pre>
 *
 * An entry is {@code {"path", "edits": [edit...], "status": "changed|unchanged|failed|skipped",
 * "encoding", "bytes", "error", "applied", "proposed", "rules": {...}}} and an edit is
 * {@code {"rule", "kind": "safe|suggest|report", "applied", "line", "column", "offset",
 * "endLine", "endColumn", "endOffset", "original", "replacement", "message"}} (line and column
 * 1-based, column and offset in code points of the input; replacement null when none).
 * The JSON Schema is {@code docs/report.schema.json}. Not thread-safe: one writer per file
 * entry, one envelope per run.
 */
final class Report {
  static final int SCHEMA = 1;
  private static final Gson GSON = new Gson();

  private final OutputStream stream;
  private final Writer out;
  private boolean first = true;

  /** Starts the envelope on {@code stream}. */
  Report(OutputStream stream) throws IOException {
    this.stream = stream;
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    JsonObject head = new JsonObject();
    head.addProperty("schema", SCHEMA);
    head.addProperty("schemaVersion", SCHEMA);
    head.addProperty("tool", Main.version());
    String h = GSON.toJson(head);
    // the envelope is the head object, reopened to append the streamed "files" array
    out.write(h, 0, h.length() - 1);
    out.write(",\"files\":[\n");
  }

  /** Appends one file entry made by {@link Entry}. */
  void add(SpillBuffer entry) throws IOException {
    entry.writeTo(nextEntry());
  }

  /**
   * Appends the entry of a file that failed: no edits, no counts, the error, and for bytes the
   * file's size ({@code size} below 0: null), since how much was read depends on {@code -j}.
   */
  void addFailed(String path, String encoding, long size, String error) throws IOException {
    Entry e = new Entry(nextEntry(), path);
    e.finish(FileResult.Status.FAILED.label(), encoding, size < 0 ? null : size, error, new EditCounts());
  }

  /**
   * Opens the place for the next entry, for an {@link Entry} written straight into the report
   * (one job at a time). The entry must be finished before anything else is added.
   */
  OutputStream nextEntry() throws IOException {
    if (!first) {
      out.write(",\n");
    }
    first = false;
    out.flush();
    return stream;
  }

  /** Pushes what was written on to the stream. */
  void flush() throws IOException {
    out.flush();
    stream.flush();
  }

  /** Ends the report with the run's totals and flushes it. */
  void finish(long files, long changed, long unchanged, long failed, long skipped, EditCounts counts)
      throws IOException {
    JsonObject t = new JsonObject();
    t.addProperty("files", files);
    t.addProperty("changed", changed);
    t.addProperty("unchanged", unchanged);
    t.addProperty("failed", failed);
    t.addProperty("skipped", skipped);
    t.addProperty("applied", counts.applied());
    t.addProperty("proposed", counts.proposed());
    t.add("rules", rules(counts));
    out.write("\n],\"totals\":");
    GSON.toJson(t, out);
    out.write("}\n");
    out.flush();
  }

  static JsonObject rules(EditCounts counts) {
    JsonObject rules = new JsonObject();
    for (Map.Entry<String, long[]> en : counts.byRule().entrySet()) {
      JsonObject c = new JsonObject();
      c.addProperty("applied", en.getValue()[0]);
      c.addProperty("proposed", en.getValue()[1]);
      rules.add(en.getKey(), c);
    }
    return rules;
  }

  /** One file's entry, streamed into a buffer by the worker that cleans the file. */
  static final class Entry {
    private final JsonWriter w;

    Entry(OutputStream buffer, String path) throws IOException {
      this.w = new JsonWriter(new FastBufferedWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), 1 << 13));
      w.setSerializeNulls(true);
      w.beginObject();
      w.name("path").value(path);
      w.name("edits").beginArray();
    }

    void edit(Edit e) throws IOException {
      w.beginObject();
      w.name("rule").value(e.ruleId());
      w.name("kind").value(e.kind().label());
      w.name("applied").value(e.applied());
      if (e.unit() != null) {
        w.name("unit").value(e.unit());
      }
      position(e.start(), "line", "column", "offset");
      position(e.end(), "endLine", "endColumn", "endOffset");
      w.name("original").value(e.original());
      w.name("replacement").value(e.replacement());
      w.name("message").value(e.message());
      w.endObject();
    }

    private void position(Position p, String line, String column, String offset) throws IOException {
      w.name(line).value(p.line());
      w.name(column).value(p.column());
      w.name(offset).value(p.offset());
    }

    void finish(String status, String encoding, Long bytes, String error, EditCounts counts)
        throws IOException {
      w.endArray();
      w.name("status").value(status);
      w.name("encoding").value(encoding);
      w.name("bytes").value(bytes);
      w.name("error").value(error);
      w.name("applied").value(counts.applied());
      w.name("proposed").value(counts.proposed());
      w.name("rules");
      GSON.toJson(rules(counts), w);
      w.endObject();
      w.flush();
    }
  }
}
