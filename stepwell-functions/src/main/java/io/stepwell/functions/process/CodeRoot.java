package io.stepwell.functions.process;

import io.stepwell.functions.InvalidFunctionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The directory a function's code runs in (its task root): the directory configured, or a temporary
 * directory holding the unpacked zip or jar, removed when the function goes away. Zip entries carry
 * no file modes here, so a top-level {@code bootstrap} is made executable, as it must be for a
 * custom runtime.
 */
final class CodeRoot implements AutoCloseable {
  private final Path directory;
  private final boolean temporary;

  private CodeRoot(Path directory, boolean temporary) {
    this.directory = directory;
    this.temporary = temporary;
  }

  static CodeRoot of(String functionName, Path code) {
    if (Files.isDirectory(code)) {
      return new CodeRoot(code.toAbsolutePath().normalize(), false);
    }
    if (!Files.isRegularFile(code)) {
      throw new InvalidFunctionException(
          "Function " + functionName + ": its code " + code + " is neither a directory nor a zip.");
    }
    Path target = null;
    try {
      target = Files.createTempDirectory("stepwell-code-" + functionName + "-");
      unzip(code, target);
      Path bootstrap = target.resolve("bootstrap");
      if (Files.isRegularFile(bootstrap)) {
        bootstrap.toFile().setExecutable(true, false);
      }
      return new CodeRoot(target, true);
    } catch (IOException e) {
      deleteQuietly(target);
      throw new InvalidFunctionException(
          "Function " + functionName + ": cannot unpack " + code + ": " + e.getMessage(), e);
    }
  }

  Path directory() {
    return directory;
  }

  @Override
  public void close() {
    if (temporary) {
      deleteQuietly(directory);
    }
  }

  private static void unzip(Path zip, Path target) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("entry " + entry.getName() + " points outside the archive");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, out);
        }
      }
    }
  }

  static void deleteQuietly(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // A temporary file left behind; the OS cleans its temporary directory.
    }
  }
}
