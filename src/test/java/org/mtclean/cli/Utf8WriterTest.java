package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Writer writes the bytes, and fails where, a strict JDK UTF-8 writer does. */
class Utf8WriterTest {
  private static final String[] ATOMS = {"a", "word ", "\n", "é", "。", "北京", "😀", "\uD83D", "\uDE00", "\u07FF", "\uFFFF"};

  private static String outcome(Writer w, ByteArrayOutputStream sink, String[] pieces, int[] kinds, boolean close) {
    try {
      for (int k = 0; k < pieces.length; k++) {
        String p = pieces[k];
        switch (kinds[k]) {
          case 0 -> w.write(p);
          case 1 -> w.write(p.toCharArray(), 0, p.length());
          default -> {
            for (int i = 0; i < p.length(); i++) {
              w.write(p.charAt(i));
            }
          }
        }
      }
      if (close) {
        w.close();
      } else {
        w.flush();
      }
      return "ok";
    } catch (IOException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @Test
  void sameBytesAndErrorsAsAStrictJdkWriter() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("Utf8WriterTest");
    Random rnd = new Random(seed);
    for (int round = 0; round < 500; round++) {
      boolean lone = round % 4 == 0; // lone surrogates only now and then: they fail the write
      String[] pieces = new String[1 + rnd.nextInt(round < 250 ? 10 : 200)];
      int[] kinds = new int[pieces.length];
      for (int k = 0; k < pieces.length; k++) {
        StringBuilder b = new StringBuilder();
        for (int n = rnd.nextInt(round < 250 ? 8 : 3000); n > 0; n--) {
          String a = ATOMS[rnd.nextInt(ATOMS.length)];
          if (!lone && Character.isSurrogate(a.charAt(0))) {
            a = "😀";
          }
          b.append(a);
        }
        pieces[k] = b.toString();
        kinds[k] = rnd.nextInt(3);
      }
      if (!lone && rnd.nextBoolean()) { // a pair split across two writes
        pieces[0] = pieces[0] + "\uD83D";
        if (pieces.length > 1) {
          pieces[1] = "\uDE00" + pieces[1];
        } else {
          pieces[0] = pieces[0] + "\uDE00";
        }
      }
      boolean close = rnd.nextBoolean();
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      Writer jdk = new OutputStreamWriter(a, StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
      String expected = outcome(jdk, a, pieces, kinds, close);
      String got = outcome(new Utf8Writer(b, 16 + rnd.nextInt(64)), b, pieces, kinds, close);
      assertEquals(expected, got, "seed " + seed + ", round " + round);
      if (expected.equals("ok")) {
        assertArrayEquals(a.toByteArray(), b.toByteArray(), "seed " + seed + ", round " + round);
      }
    }
  }
}
