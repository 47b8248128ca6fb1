package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strict decoding across buffer boundaries, with exact byte offsets. */
class StrictDecoderTest {
  /** An input stream that returns few bytes per read, to split sequences across refills. */
  private static InputStream trickle(byte[] bytes, Random rnd) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + rnd.nextInt(7)));
      }
    };
  }

  private static String decode(InputStream in, Charset cs) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Reader r = new StrictDecoder(in, cs)) {
      char[] buf = new char[1000];
      for (int n; (n = r.read(buf)) > 0; ) {
        b.append(buf, 0, n);
      }
    }
    return b.toString();
  }

  @Test
  void randomTextRoundTripsAndBadBytesAreFoundExactly() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("StrictDecoderTest");
    Random rnd = new Random(seed);
    String[] atoms = {"a", "。", "\uD840\uDC00", "é", "\n", "😀", "北京", " "};
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int len = rnd.nextInt(round < 100 ? 50 : 100_000);
      while (text.length() < len) {
        text.append(atoms[rnd.nextInt(atoms.length)]);
      }
      for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE}) {
        byte[] bytes = text.toString().getBytes(cs);
        assertEquals(text.toString(), decode(trickle(bytes, rnd), cs), "seed " + seed);
        assertEquals(text.toString(), decode(new ByteArrayInputStream(bytes), cs), "seed " + seed);
      }
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      // cut at a random char boundary and insert a lone continuation byte
      int cut = text.length() == 0 ? 0 : rnd.nextInt(text.length());
      if (cut > 0 && Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      int at = text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length;
      byte[] bad = new byte[utf8.length + 1];
      System.arraycopy(utf8, 0, bad, 0, at);
      bad[at] = (byte) 0x80;
      System.arraycopy(utf8, at, bad, at + 1, utf8.length - at);
      MalformedTextException e =
          assertThrows(MalformedTextException.class, () -> decode(trickle(bad, rnd), StandardCharsets.UTF_8));
      assertEquals(at, e.byteOffset(), "seed " + seed);
    }
  }

  /**
   * Mostly ASCII with some multi-byte chars (the decoder's fast path copies the ASCII runs itself)
   * and random bad bytes anywhere, in inputs of several buffers: the text, or the offset of the
   * first bad byte, is what one JDK decoder over the whole input finds.
   */
  @Test
  void asciiRunsAndBadBytesAnywhereMatchAWholeInputDecode() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("StrictDecoderTest");
    Random rnd = new Random(seed);
    String[] atoms = {"word ", "a", ". ", "\n", "。", "é", "北京", "😀"};
    byte[][] junk = {{(byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xE4}, {(byte) 0xF0, (byte) 0x9F},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
    for (int round = 0; round < 60; round++) {
      StringBuilder text = new StringBuilder();
      int len = rnd.nextInt(70_000);
      while (text.length() < len) {
        text.append(atoms[rnd.nextInt(rnd.nextBoolean() ? 4 : atoms.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      if (round % 3 != 0 && bytes.length > 0) {
        byte[] j = junk[rnd.nextInt(junk.length)];
        int at = rnd.nextInt(bytes.length + 1);
        byte[] bad = new byte[bytes.length + j.length];
        System.arraycopy(bytes, 0, bad, 0, at);
        System.arraycopy(j, 0, bad, at, j.length);
        System.arraycopy(bytes, at, bad, at + j.length, bytes.length - at);
        bytes = bad;
      }
      java.nio.charset.CharsetDecoder whole = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
      java.nio.charset.CoderResult r = whole.decode(in, out, true);
      String expected = r.isError() ? "error at " + in.position() : out.flip().toString();
      for (boolean slow : new boolean[] {false, true}) {
        byte[] b = bytes;
        String got;
        try {
          got = decode(slow ? trickle(b, rnd) : new ByteArrayInputStream(b), StandardCharsets.UTF_8);
        } catch (MalformedTextException e) {
          got = "error at " + e.byteOffset();
        }
        assertEquals(expected, got, "seed " + seed + ", round " + round);
      }
    }
  }

  /**
   * The decoder's own path for two- and three-byte sequences against the JDK's over whole inputs:
   * text made of every kind of lead and continuation byte, well-formed or not (overlong forms,
   * surrogates, cut sequences, stray continuation bytes), decodes to the same chars or fails at
   * the same offset.
   */
  @Test
  void multiByteSequencesWellFormedOrNotMatchAWholeInputDecode() throws IOException {
    long seed = org.mtclean.TestSeeds.seed("StrictDecoderTest");
    Random rnd = new Random(seed);
    int[] leads = {0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0, 0xE1, 0xE3, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    int[] tails = {0x80, 0x9F, 0xA0, 0xBF, 0x8C, 0x41, 0xC3};
    for (int round = 0; round < 400; round++) {
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      boolean wellFormed = round % 2 == 0; // half the inputs decode, so that their text is compared
      int len = rnd.nextInt(round < 200 ? 40 : 40_000);
      while (b.size() < len) {
        int kind = rnd.nextInt(10);
        if (kind < 5) {
          b.write('a' + rnd.nextInt(26));
        } else if (wellFormed) {
          int cp = kind < 7 ? 0x80 + rnd.nextInt(0x780) : kind < 9 ? 0x800 + rnd.nextInt(0xF800) : 0x10000 + rnd.nextInt(0x100000);
          if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0x3002;
          }
          b.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        } else {
          b.write(leads[rnd.nextInt(leads.length)]);
          for (int k = rnd.nextInt(4); k > 0; k--) {
            b.write(tails[rnd.nextInt(tails.length)]);
          }
        }
      }
      byte[] bytes = b.toByteArray();
      java.nio.charset.CharsetDecoder whole = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
      java.nio.charset.CoderResult r = whole.decode(in, out, true);
      if (!r.isError()) {
        r = whole.flush(out);
      }
      String expected = r.isError() ? "error at " + in.position() : out.flip().toString();
      for (boolean slow : new boolean[] {false, true}) {
        String got;
        try {
          got = decode(slow ? trickle(bytes, rnd) : new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        } catch (MalformedTextException e) {
          got = "error at " + e.byteOffset();
        }
        assertEquals(expected, got, "seed " + seed + ", round " + round);
      }
    }
  }

  @Test
  void truncatedSequenceAtTheEnd() {
    byte[] bytes = {'a', 'b', (byte) 0xE5, (byte) 0x8C};
    MalformedTextException e =
        assertThrows(MalformedTextException.class, () -> decode(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    assertEquals(2, e.byteOffset());
  }

  @Test
  void overlongAndSurrogateEncodingsAreMalformed() {
    for (byte[] bytes : new byte[][] {{'x', (byte) 0xC0, (byte) 0xAF}, {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
      MalformedTextException e =
          assertThrows(MalformedTextException.class, () -> decode(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
      assertEquals(1, e.byteOffset());
    }
  }
}
