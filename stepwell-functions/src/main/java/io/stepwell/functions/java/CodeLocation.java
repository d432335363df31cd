package io.stepwell.functions.java;

import io.stepwell.functions.InvalidFunctionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns a function's code location into class path entries. */
final class CodeLocation {
  private CodeLocation() {}

  /**
   * The URLs to load a function from: a jar (or zip) file as it is; a directory as a classes root,
   * followed by the jars in its {@code lib/} folder, as Lambda lays out a Java deployment package.
   *
   * @throws InvalidFunctionException when the location is missing or of another kind
   */
  static URL[] urls(String function, Path code) {
    Path path = code.toAbsolutePath().normalize();
    List<Path> entries = new ArrayList<>();
    if (Files.isDirectory(path)) {
      entries.add(path);
      Path lib = path.resolve("lib");
      if (Files.isDirectory(lib)) {
        try (Stream<Path> jars = Files.list(lib)) {
          jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
              .sorted()
              .forEach(entries::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    } else if (Files.isRegularFile(path) && isArchive(path)) {
      entries.add(path);
    } else if (Files.exists(path)) {
      throw new InvalidFunctionException(
          "Function "
              + function
              + ": code location "
              + path
              + " is neither a jar file nor a classes directory.");
    } else {
      throw new InvalidFunctionException(
          "Function " + function + ": code location " + path + " does not exist.");
    }
    URL[] urls = new URL[entries.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = entries.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new InvalidFunctionException(
            "Function " + function + ": cannot load code from " + entries.get(i) + ".", e);
      }
    }
    return urls;
  }

  private static boolean isArchive(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".jar") || name.endsWith(".zip");
  }
}
