package io.stepwell.functions.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a function's code into a folder, file by file. */
final class FunctionFiles {
  private final Path root;

  private FunctionFiles(Path root) {
    this.root = root;
  }

  static FunctionFiles in(Path root) {
    return new FunctionFiles(root);
  }

  FunctionFiles file(String name, String content) {
    try {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  FunctionFiles executable(String name, String content) {
    file(name, content);
    root.resolve(name).toFile().setExecutable(true, false);
    return this;
  }

  Path root() {
    return root;
  }
}
