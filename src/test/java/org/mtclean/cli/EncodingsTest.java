package org.mtclean.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --encoding auto}: translated English with a little Chinese, and other encodings. */
class EncodingsTest {
  private static Charset auto(byte[] bytes) {
    int n = Math.min(bytes.length, Encodings.SNIFF);
    return Encodings.choose(null, Arrays.copyOf(bytes, n), n, n == bytes.length);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a few Chinese marks in English, where ICU guesses ISO-8859-1, windows-1252 or EUC-JP
        "GB18030      | The meeting started，at 9。",
        "GB18030      | 会议，开始。The meeting started，at 9。",
        "GB18030      | Müller said：“yes”。",
        "GB18030      | 百利集团 Baili Group",
        "Big5         | 台北報導。It rained，then cleared。",
        "Big5         | 公司",
        "GB18030      | 公司",
        // other encodings still go to ICU
        "windows-1252 | He said “hello” – it’s fine… déjà vu.",
        "Shift_JIS    | 日本語のテキストです。これはテストです。",
        "EUC-JP       | 日本語のテキストです。これはテストです。",
        "EUC-KR       | 한국어 텍스트입니다. 이것은 테스트입니다.",
        "UTF-16LE     | The survey started。Results follow：two regions，three cities。",
        "UTF-16BE     | The survey started。Results follow：two regions，three cities。",
        "UTF-8        | The survey started。Results follow：two regions，three cities。",
      })
  void detects(String charset, String text) throws CharacterCodingException {
    Charset cs = Charset.forName(charset);
    byte[] bytes = strict(cs, text + "\n");
    assertEquals(cs, auto(bytes), text);
  }

  @Test
  void aCharSplitAtTheEndOfTheSniffedBytesIsFine() throws CharacterCodingException {
    Charset gb = ChineseCharsetGuess.GB18030;
    byte[] bytes = strict(gb, "Results follow：two regions，three cities。\n".repeat(400));
    int cut = Encodings.SNIFF;
    while (bytes[cut - 1] >= 0) {
      cut--; // end the head on the first byte of a two-byte char
    }
    assertEquals(gb, Encodings.choose(null, Arrays.copyOf(bytes, cut), cut, false));
  }

  /** The garbled articles, in GB18030 and (where Big5 has the chars) in Big5. */
  @Test
  void garbledArticlesInLegacyEncodings() throws IOException {
    List<Path> docs;
    try (Stream<Path> s = Files.list(Path.of("test-data/documents"))) {
      docs = s.filter(p -> p.toString().endsWith(".input.txt")).sorted().toList();
    }
    assertTrue(docs.size() >= 5, docs::toString);
    for (Path p : docs) {
      String text = Files.readString(p);
      assertEquals(ChineseCharsetGuess.GB18030, auto(strict(ChineseCharsetGuess.GB18030, text)), p::toString);
      byte[] big5 = lenient(ChineseCharsetGuess.BIG5, text);
      assertEquals(ChineseCharsetGuess.BIG5, auto(big5), p::toString);
    }
  }

  private static byte[] strict(Charset cs, String text) throws CharacterCodingException {
    ByteBuffer b = cs.newEncoder().encode(CharBuffer.wrap(text));
    return Arrays.copyOf(b.array(), b.limit());
  }

  /** Chars that {@code cs} cannot hold become '?'. */
  private static byte[] lenient(Charset cs, String text) throws CharacterCodingException {
    ByteBuffer b = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE).encode(CharBuffer.wrap(text));
    return Arrays.copyOf(b.array(), b.limit());
  }
}
