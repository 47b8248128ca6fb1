package org.mtclean.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.mtclean.Cleaner;
import org.mtclean.Edit;

/**
 * The report rows of one input row ({@code file}, {@code line}, text): every edit and finding
 * of cleaning the text as {@link CellCleaner} cleans it. A null text, or one that is not valid
 * UTF-8, has none.
 */
final class CellEdits implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final CleanerSettings settings;
  private transient Cleaner cleaner;
  private transient Utf8 utf8;

  CellEdits(CleanerSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Row row) {
    if (cleaner == null) {
      cleaner = settings.cleaner();
      utf8 = new Utf8();
    }
    byte[] value = row.isNullAt(2) ? null : (byte[]) row.get(2);
    String text = value == null ? null : utf8.decode(value, value.length);
    if (text == null) {
      return List.<Row>of().iterator();
    }
    String file = row.isNullAt(0) ? "" : row.getString(0);
    long line = row.getLong(1);
    List<Row> out = new ArrayList<>();
    for (Edit e : cleaner.clean(text).edits()) {
      out.add(EditRows.row(file, line, e));
    }
    return out.iterator();
  }
}
