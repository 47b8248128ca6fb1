package org.mtclean.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtclean.Cleaner;
import org.mtclean.TestSeeds;

/**
 * The job on Parquet (--column) and the library entry points: a null value and one that is not
 * UTF-8 are kept and counted, never failing the job; the report names file and row.
 */
class ParquetJobTest {
  @TempDir Path dir;

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.IntegerType).add("zh", DataTypes.StringType).add("en", DataTypes.StringType);

  private Dataset<Row> pairs(SparkSession spark, int n) {
    Random random = new Random(TestSeeds.seed("ParquetJobTest"));
    Corpus corpus = new Corpus(Path.of("test-data"));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String en = corpus.all.get(random.nextInt(corpus.all.size()));
      if (i % 7 == 0) {
        en += "\n\n" + corpus.all.get(random.nextInt(corpus.all.size())); // a cell of two paragraphs
      }
      rows.add(RowFactory.create(i, "源" + i, i == 5 ? null : en));
    }
    Dataset<Row> df = spark.createDataFrame(rows, SCHEMA);
    // row 9: bytes that are not UTF-8 (FF), as a badly written Parquet file may hold
    return df.withColumn("en", org.apache.spark.sql.functions.when(col("id").equalTo(9),
        org.apache.spark.sql.functions.unhex(org.apache.spark.sql.functions.lit("41FF42")).cast("string"))
        .otherwise(col("en")));
  }

  @Test
  void parquetColumnCleanedMalformedRowsKeptAndReportNamesRows() throws Exception {
    SparkSession spark = SharedSpark.get();
    Path in = dir.resolve("in");
    pairs(spark, 600).repartition(3).write().parquet(in.toString());
    Path out = dir.resolve("out");
    Path report = dir.resolve("report");
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int code = MtCleanSpark.run(new PrintStream(o, true, StandardCharsets.UTF_8), System.err, in.toString(),
        out.toString(), "--column", "en", "--output-column", "en_clean", "--report", report.toString());
    String printed = o.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed);
    assertTrue(printed.contains("600 lines, 2 kept as they are"), printed);

    Cleaner cleaner = Cleaner.builder().build();
    Dataset<Row> result = spark.read().parquet(out.toString());
    assertEquals(List.of("id", "zh", "en", "en_clean"), List.of(result.columns()));
    Map<Integer, Row> byId = new HashMap<>();
    for (Row r : result.select(col("id"), col("en").cast("binary"), col("en_clean").cast("binary")).collectAsList()) {
      byId.put(r.getInt(0), r);
    }
    assertEquals(600, byId.size());
    assertNull(byId.get(5).get(2));
    assertArrayEquals(new byte[] {0x41, (byte) 0xFF, 0x42}, (byte[]) byId.get(9).get(2));
    long expectedEdits = 0;
    for (Row r : byId.values()) {
      if (r.getInt(0) == 5 || r.getInt(0) == 9) {
        continue;
      }
      String en = new String((byte[]) r.get(1), StandardCharsets.UTF_8);
      assertEquals(cleaner.cleanText(en), new String((byte[]) r.get(2), StandardCharsets.UTF_8));
      expectedEdits += cleaner.clean(en).edits().size();
    }

    Dataset<Row> edits = spark.read().parquet(report.toString());
    assertEquals(EditRows.SCHEMA.fieldNames().length, edits.columns().length);
    assertEquals(expectedEdits, edits.count());
    assertTrue(expectedEdits > 100, "edits: " + expectedEdits);
    Row first = edits.orderBy(col("file"), col("line")).first();
    assertTrue(first.getString(0).endsWith(".parquet") && first.getLong(1) >= 1, first.toString());
  }

  @Test
  void bilingualCleansTheTargetAndCarriesTheSource() {
    SparkSession spark = SharedSpark.get();
    SparkCleaning mt = SparkCleaning.create(spark, CleanerSettings.parse(List.of("--line-by-line")));
    Dataset<Row> df = spark.createDataFrame(List.of(
        RowFactory.create(1, "结果如下。", "Results follow：two regions。"),
        RowFactory.create(2, "空", null)), SCHEMA);
    List<Row> rows = mt.cleanBilingual(df, "zh", "en", "en_clean").orderBy("id").collectAsList();
    assertEquals("结果如下。", rows.get(0).getString(1));
    assertEquals(Cleaner.builder().lineByLine(true).build().cleanText("Results follow：two regions。"),
        rows.get(0).getString(3));
    assertNull(rows.get(1).get(3));
    JobResult r = mt.result();
    assertEquals(2, r.lines());
    assertEquals(1, r.malformed());
    assertTrue(r.counts().containsKey("punct.cjk") || !r.counts().isEmpty(), r.counts().keySet().toString());
  }
}
