package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FastBufferedWriterTest {
  /** Chars, strings, slices and arrays of every size around the buffer's: the same text comes out, in order. */
  @Test
  void writesWhatItIsGivenInOrder() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("FastBufferedWriterTest");
    Random random = new Random(seed);
    StringWriter sink = new StringWriter();
    StringBuilder expected = new StringBuilder();
    FastBufferedWriter w = new FastBufferedWriter(sink, 16);
    for (int i = 0; i < 2000; i++) {
      StringBuilder piece = new StringBuilder();
      for (int k = 1 + random.nextInt(40); k > 0; k--) {
        piece.append((char) ('a' + random.nextInt(26)));
      }
      String s = piece.toString();
      String framed = "<" + s + ">";
      switch (random.nextInt(5)) {
        case 0 -> {
          w.write(s.charAt(0));
          expected.append(s.charAt(0));
        }
        case 1 -> {
          w.write(s);
          expected.append(s);
        }
        case 2 -> {
          w.write(framed, 1, s.length());
          expected.append(s);
        }
        case 3 -> {
          w.write(framed.toCharArray(), 1, s.length());
          expected.append(s);
        }
        default -> {
          w.append(s);
          expected.append(s);
        }
      }
    }
    w.flush();
    assertEquals(expected.toString(), sink.toString(), "seed " + seed);
  }
}
