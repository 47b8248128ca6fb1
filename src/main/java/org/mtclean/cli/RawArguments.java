package org.mtclean.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives back the bytes of the command-line arguments that the JVM could not decode. The launcher
 * decodes {@code argv} with the locale's encoding before {@code main} runs (and ignores
 * {@code -Dsun.jnu.encoding}): under {@code LC_ALL=C} every non-ASCII byte of a file name has
 * become U+FFFD, so that {@code 中文.txt} can be neither found nor told from {@code 英文.txt}. On
 * Linux the exact bytes are still in {@code /proc/self/cmdline}, whose last entries are the
 * arguments of {@code main}. Stateless.
 */
final class RawArguments {
  private RawArguments() {}

  /**
   * {@code args}, where one was not decoded exactly, replaced by the String that
   * {@link FileNames} maps back to its bytes (UTF-8, with surrogate escapes for other bytes).
   * Arguments come back unchanged when the raw ones cannot be read or do not match.
   */
  static String[] recover(String[] args) {
    return recover(args, Path.of("/proc/self/cmdline"), jnu());
  }

  static String[] recover(String[] args, Path cmdline, Charset jnu) {
    boolean lossy = false;
    for (String a : args) {
      lossy |= a.indexOf('\uFFFD') >= 0;
    }
    if (!lossy) {
      return args;
    }
    List<byte[]> raw;
    try {
      raw = split(Files.readAllBytes(cmdline));
    } catch (IOException | RuntimeException e) {
      return args;
    }
    if (raw.size() < args.length) {
      return args;
    }
    List<byte[]> tail = raw.subList(raw.size() - args.length, raw.size());
    String[] out = args.clone();
    for (int i = 0; i < args.length; i++) {
      if (!new String(tail.get(i), jnu).equals(args[i])) {
        return args; // not the arguments of main (an @argfile, say): leave them alone
      }
      if (args[i].indexOf('\uFFFD') >= 0) {
        out[i] = FileNames.escapedString(tail.get(i));
      }
    }
    return out;
  }

  private static List<byte[]> split(byte[] all) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == 0) {
        out.add(java.util.Arrays.copyOfRange(all, start, i));
        start = i + 1;
      }
    }
    if (start < all.length) {
      out.add(java.util.Arrays.copyOfRange(all, start, all.length));
    }
    return out;
  }

  private static Charset jnu() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding"));
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
