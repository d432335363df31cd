package io.stepwell.serverless;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes test projects and reads them. */
final class Projects {
  static final DeployOptions OPTIONS =
      new DeployOptions(Map.of(), Map.of(), io.stepwell.engine.Engine.DEFAULT_ACCOUNT);

  private Projects() {}

  static Path write(Path dir, String yaml) {
    try {
      Files.writeString(dir.resolve("serverless.yml"), yaml);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Project read(Path dir, String yaml) {
    return ProjectReader.read(write(dir, yaml), OPTIONS);
  }

  static Project read(Path dir, String yaml, DeployOptions options) {
    return ProjectReader.read(write(dir, yaml), options);
  }
}
