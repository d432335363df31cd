package io.stepwell.functions.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stepwell's bootstraps, copied out of the jar into a temporary folder (the functions' {@code
 * LAMBDA_RUNTIME_DIR}): {@code node/bootstrap.cjs} and {@code python/bootstrap.py}, each in a
 * folder of its own so the runtime's folder holds nothing a function could import by mistake.
 */
final class Bootstraps implements AutoCloseable {
  private final Path root;

  private Bootstraps(Path root) {
    this.root = root;
  }

  static Bootstraps extract() {
    try {
      Path root = Files.createTempDirectory("stepwell-runtime-");
      copy(root, "node/bootstrap.cjs");
      copy(root, "python/bootstrap.py");
      Files.createDirectories(root.resolve("pycache"));
      return new Bootstraps(root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write Stepwell's bootstraps", e);
    }
  }

  Path node() {
    return root.resolve("node");
  }

  Path python() {
    return root.resolve("python");
  }

  /** Where Python keeps compiled modules, so that no {@code __pycache__} lands in user code. */
  Path pythonCache() {
    return root.resolve("pycache");
  }

  @Override
  public void close() {
    CodeRoot.deleteQuietly(root);
  }

  private static void copy(Path root, String name) throws IOException {
    Path target = root.resolve(name);
    Files.createDirectories(target.getParent());
    try (InputStream in = Bootstraps.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from Stepwell's jar");
      }
      Files.copy(in, target);
    }
  }
}
