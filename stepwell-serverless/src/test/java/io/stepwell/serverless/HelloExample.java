package io.stepwell.serverless;

import io.stepwell.functions.api.StepwellEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The {@code examples/serverless-hello} project copied to a folder and built there, as its README
 * says: its handler compiled with {@code javac} into {@code build/classes}.
 */
final class HelloExample {
  private HelloExample() {}

  static Path source() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("examples/serverless-hello");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("examples/serverless-hello not found above " + here);
  }

  /** A built copy of the example in {@code dir}. */
  static Path build(Path dir) {
    try {
      Path from = source();
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.toList()) {
          Path to = dir.resolve(from.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(to);
          } else {
            Files.copy(f, to);
          }
        }
      }
      Path classes = Files.createDirectories(dir.resolve("build/classes"));
      int status =
          ToolProvider.getSystemJavaCompiler()
              .run(
                  null,
                  null,
                  System.err,
                  List.of(
                          "--release",
                          "21",
                          "-proc:none",
                          "-d",
                          classes.toString(),
                          "-cp",
                          Path.of(
                                  StepwellEnvironment.class
                                      .getProtectionDomain()
                                      .getCodeSource()
                                      .getLocation()
                                      .toURI())
                              .toString(),
                          dir.resolve("src/hello/Handler.java").toString())
                      .toArray(String[]::new));
      if (status != 0) {
        throw new IllegalStateException("the example's handler does not compile");
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
