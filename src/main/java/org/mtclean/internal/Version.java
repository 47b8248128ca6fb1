package org.mtclean.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, as the pom says it (written into a resource at build time). */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** The version, such as {@code 0.2.0}, or {@code unknown} outside a Maven build. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/org/mtclean/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
