package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mtclean.Cleaner;
import org.mtclean.formats.FormatCleaner;

class LazyFormatCleanerTest {
  @Test
  void makesOneFormatCleanerForAllWorkers() throws Exception {
    LazyFormatCleaner lazy = new LazyFormatCleaner(Cleaner.builder().build(), Set.of(), true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      @SuppressWarnings("unchecked")
      Future<FormatCleaner>[] got = new Future[16];
      for (int i = 0; i < got.length; i++) {
        got[i] = pool.submit(lazy::get);
      }
      for (Future<FormatCleaner> f : got) {
        assertSame(lazy.get(), f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
