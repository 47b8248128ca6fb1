package org.mtclean.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output stream that keeps its bytes in memory up to a threshold and then moves them to a
 * temporary file, so that a worker can finish a file of any size before the results are written
 * out in order. Not thread-safe; one owner at a time.
 */
class SpillBuffer extends OutputStream {
  /**
   * Temp files not yet moved or deleted; removed by a shutdown hook if the run is killed. The
   * hook is registered with the first file: most runs keep everything in memory.
   */
  private static final class Live {
    static final java.util.Set<Path> FILES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(new Cleanup(), "mtclean-temp-cleanup"));
      } catch (IllegalStateException shuttingDown) {
        // the first spill file came as the run was stopped: the owner deletes it, if it gets the chance
      }
    }
  }

  /** Deletes the temp files left at exit. */
  private static final class Cleanup implements Runnable {
    @Override
    public void run() {
      for (Path p : Live.FILES) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort on the way out
        }
      }
    }
  }

  /** Bytes kept in memory before spilling to a file. */
  static final int DEFAULT_THRESHOLD = 1 << 20;

  private final Path dir;
  private final String prefix;
  private final int threshold;
  private final java.nio.file.attribute.FileAttribute<?>[] attributes;
  private ByteArrayOutputStream memory;
  private Path file;
  private FileChannel channel;
  private OutputStream fileOut;
  private long size;

  /**
   * @param dir directory for the spill file ({@code null}: the system temp directory)
   * @param prefix name prefix of the spill file
   */
  SpillBuffer(Path dir, String prefix, int threshold) {
    this(dir, prefix, threshold, -1, new java.nio.file.attribute.FileAttribute<?>[0]);
  }

  /**
   * @param expected the bytes expected, or -1: the memory buffer starts at that size (up to the
   *     threshold) instead of growing to it by copies
   * @param attributes for the spill file when it is created (permissions, say)
   */
  SpillBuffer(Path dir, String prefix, int threshold, long expected,
      java.nio.file.attribute.FileAttribute<?>... attributes) {
    this.memory = new ByteArrayOutputStream((int) Math.max(256, Math.min(threshold + 1L, expected + 64)));
    this.attributes = attributes; // none: private (see NewFiles)
    this.dir = dir;
    this.prefix = prefix;
    this.threshold = threshold;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (fileOut == null && memory.size() + len > threshold) {
      spill();
    }
    if (fileOut != null) {
      fileOut.write(b, off, len);
    } else {
      memory.write(b, off, len);
    }
    size += len;
  }

  /** Creates the spill file now, even if the bytes would fit in memory. */
  void spill() throws IOException {
    if (fileOut != null) {
      return;
    }
    createFile();
    // 8 KB: the bytes kept in memory go straight through it, later writes are the engine's small ones
    fileOut = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 13);
    memory.writeTo(fileOut);
    memory = null;
  }

  /**
   * Creates and opens a new file with a random name: one open call, where
   * {@code Files.createTempFile} and a second open took three system calls.
   */
  private void createFile() throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path f = spillPath(Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
      try {
        channel = openSpill(f, attributes.length == 0 && POSIX ? NewFiles.PRIVATE : attributes);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      file = f;
      Live.FILES.add(f);
      return;
    }
  }

  /** The path of a new spill file; {@code unique} is a random number. */
  protected Path spillPath(String unique) {
    Path d = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
    return d.resolve(prefix + unique + ".mtclean.tmp");
  }

  /** Creates {@code f}, which must not exist yet, and opens it for writing. */
  protected FileChannel openSpill(Path f, java.nio.file.attribute.FileAttribute<?>[] attributes) throws IOException {
    return FileChannel.open(f, NewFiles.CREATE_WRITE, attributes);
  }

  /** Whether the default file system has POSIX permissions. */
  static final boolean POSIX =
      java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** How spill files are made; set up with the first one, as most runs keep everything in memory. */
  private static final class NewFiles {
    // like Files.createTempFile: private (0600) unless asked otherwise
    static final java.nio.file.attribute.FileAttribute<?>[] PRIVATE = {
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))};
    static final java.util.Set<StandardOpenOption> CREATE_WRITE =
        java.util.EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  long size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The spill file, or {@code null} while everything is in memory. */
  Path file() {
    return file;
  }

  /** The spill file has been moved away by its owner: nothing to clean up any more. */
  void released() {
    if (file != null) {
      Live.FILES.remove(file);
    }
  }

  /** Flushes and fsyncs the spill file (creating it if needed) and returns it, still open. */
  Path syncToFile() throws IOException {
    spill();
    fileOut.flush();
    channel.force(true);
    return file;
  }

  /** Flushes the spill file (creating it if needed) without fsync and returns it, still open. */
  Path flushToFile() throws IOException {
    spill();
    fileOut.flush();
    return file;
  }

  /** Copies everything written so far to {@code out}. */
  void writeTo(OutputStream out) throws IOException {
    if (fileOut == null) {
      memory.writeTo(out);
      return;
    }
    fileOut.flush();
    try (var in = Files.newInputStream(file)) {
      in.transferTo(out);
    }
  }

  /** Closes the spill file, keeping it; the owner moves or deletes it. */
  @Override
  public void close() throws IOException {
    if (fileOut != null) {
      fileOut.close();
    }
  }

  /** Releases memory and deletes the spill file, if any. Safe to call more than once. */
  void discard() {
    memory = null;
    try {
      close();
    } catch (IOException ignored) {
      // the file is deleted below anyway
    }
    if (file != null) {
      Live.FILES.remove(file);
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // best effort: a stray temp file is named *.mtclean.tmp
      }
    }
  }
}
