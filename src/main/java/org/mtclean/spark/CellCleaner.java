package org.mtclean.spark;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.util.LongAccumulator;
import org.mtclean.Cleaner;
import org.mtclean.Edit;
import org.mtclean.internal.TextOnly;

/**
 * The function behind {@link SparkCleaning#clean}: cleans one value, given as UTF-8 bytes, as a
 * document of its own. A null value stays null and a value that is not valid UTF-8 stays as it
 * is; both are counted, and neither fails the job. The cleaner is built once per executor
 * ({@link CleanerSettings#cleaner()}); the applied edits are counted by rule.
 */
final class CellCleaner implements UDF1<byte[], byte[]> {
  private static final long serialVersionUID = 1L;

  private final CleanerSettings settings;
  private final LongAccumulator rows;
  private final LongAccumulator malformed;
  private final RuleCounts counts;
  private transient Cleaner cleaner;
  private transient Utf8 utf8;

  CellCleaner(CleanerSettings settings, LongAccumulator rows, LongAccumulator malformed,
      RuleCounts counts) {
    this.settings = settings;
    this.rows = rows;
    this.malformed = malformed;
    this.counts = counts;
  }

  @Override
  public byte[] call(byte[] value) {
    if (cleaner == null) {
      cleaner = settings.cleaner();
      utf8 = new Utf8();
    }
    rows.add(1);
    String text = value == null ? null : utf8.decode(value, value.length);
    if (text == null) {
      malformed.add(1);
      return value;
    }
    StringWriter out = new StringWriter(text.length() + 16);
    try {
      cleaner.clean(new StringReader(text), out, new Counter(counts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Counts the applied edits, so that the engine may skip the rules that only report. */
  private record Counter(RuleCounts counts) implements TextOnly {
    @Override
    public void count(String ruleId, boolean applied) {
      if (applied) {
        counts.add(ruleId, true);
      }
    }

    @Override
    public void onEdit(Edit edit) {
      count(edit.ruleId(), edit.applied());
    }
  }
}
