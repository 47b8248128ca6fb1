package org.mtclean.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The baseline of the whole-process figures: a plain JVM program that decodes standard input as
 * UTF-8 and encodes it again to standard output, with nothing in between.
 *
 * <pre>java -cp target/mtclean.jar org.mtclean.bench.Utf8Copy &lt; in.txt &gt; out.txt</pre>
 */
public final class Utf8Copy {
  private Utf8Copy() {}

  public static void main(String[] args) throws IOException {
    Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
    char[] buf = new char[1 << 16];
    for (int n; (n = in.read(buf)) > 0; ) {
      out.write(buf, 0, n);
    }
    out.flush();
  }
}
