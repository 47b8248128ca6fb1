package org.mtclean.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** Without their optional parser library, the md and html formats say which library is missing. */
class OptionalParserTest {
  @Test
  void missingLibraryIsNamed() throws Exception {
    URL classes = HtmlFormat.class.getProtectionDomain().getCodeSource().getLocation();
    // mtclean's own classes only: no jsoup, no commonmark
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      assertEquals("org.jsoup:jsoup", missing(loader, "org.mtclean.formats.HtmlFormat"));
      assertEquals("org.commonmark:commonmark and org.commonmark:commonmark-ext-gfm-tables",
          missing(loader, "org.mtclean.formats.MarkdownFormat"));
      // the registry loads without them
      Class<?> formats = loader.loadClass("org.mtclean.formats.Formats");
      Object md = formats.getMethod("byName", String.class).invoke(null, "md");
      assertEquals("md", md.getClass().getMethod("name").invoke(md));
    }
  }

  /** The artifact that the format's scan says is missing. */
  private static String missing(ClassLoader loader, String formatClass) throws Exception {
    Class<?> type = loader.loadClass(formatClass);
    assertTrue(type.getClassLoader() == loader, "loaded from the isolated loader");
    Object format = type.getConstructor().newInstance();
    Class<?> rawType = loader.loadClass("org.mtclean.formats.RawText");
    Object raw = rawType.getConstructor(Reader.class, Writer.class)
        .newInstance(new StringReader("text"), Writer.nullWriter());
    Class<?> sinkType = loader.loadClass("org.mtclean.formats.SegmentSink");
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> type.getMethod("scan", rawType, sinkType).invoke(format, raw, null));
    IllegalStateException ise = assertInstanceOf(IllegalStateException.class, e.getCause());
    String m = ise.getMessage();
    assertTrue(m.contains("on the class path"), m);
    return m.substring(m.indexOf(" need ") + 6, m.indexOf(" on the class path"));
  }
}
