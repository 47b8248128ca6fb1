package org.mtclean.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mtclean.Edit;

/**
 * The rows of the edit report, one per edit or finding: {@code file}, {@code line} (1-based: the
 * line of a text file, the row of a Parquet file), {@code column} (1-based, in code points),
 * {@code rule}, {@code kind} (safe, suggest, report), {@code applied}, {@code original},
 * {@code replacement} (null for a finding without a fix) and {@code message}.
 */
public final class EditRows {
  /** The report's schema. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("file", DataTypes.StringType, false),
      DataTypes.createStructField("line", DataTypes.LongType, false),
      DataTypes.createStructField("column", DataTypes.LongType, false),
      DataTypes.createStructField("rule", DataTypes.StringType, false),
      DataTypes.createStructField("kind", DataTypes.StringType, false),
      DataTypes.createStructField("applied", DataTypes.BooleanType, false),
      DataTypes.createStructField("original", DataTypes.StringType, false),
      DataTypes.createStructField("replacement", DataTypes.StringType, true),
      DataTypes.createStructField("message", DataTypes.StringType, false)});

  private EditRows() {}

  /** The report row of {@code e}, found on line {@code line} of {@code file}. */
  static Row row(String file, long line, Edit e) {
    return RowFactory.create(file, line, e.start().column(), e.ruleId(), e.kind().label(), e.applied(),
        e.original(), e.replacement(), e.message());
  }
}
