package io.stepwell.functions;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.stepwell.functions.api.StepwellEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The test functions' code, built the way users build theirs: the sources under {@code
 * src/test/resources/fixtures} compiled with {@code javac} against aws-lambda-java-core, then
 * packed into a jar, so they load through their own class loader and not the test's class path.
 */
public final class FixtureCode {
  private static final Path ROOT = Path.of("target", "fixture-code").toAbsolutePath();
  private static boolean built;

  private FixtureCode() {}

  /** A directory of compiled fixture classes. */
  public static synchronized Path classesDirectory() {
    build();
    return ROOT.resolve("classes");
  }

  /** The fixture classes in a jar. */
  public static synchronized Path jar() {
    build();
    return ROOT.resolve("fixtures.jar");
  }

  /**
   * The fixture classes in a jar that also bundles its own aws-lambda-java-core, as fat jars do.
   */
  public static synchronized Path fatJar() {
    build();
    return ROOT.resolve("fixtures-fat.jar");
  }

  private static void build() {
    if (built) {
      return;
    }
    try {
      deleteRecursively(ROOT);
      Path classes = Files.createDirectories(ROOT.resolve("classes"));
      compile(classes);
      jar(classes, ROOT.resolve("fixtures.jar"), null);
      jar(classes, ROOT.resolve("fixtures-fat.jar"), locationOf(RequestHandler.class));
      built = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(Path out) throws IOException {
    Path sources = resource("/fixtures");
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--release", "21", "-proc:none", "-nowarn", "-d", out.toString()));
    args.add("-classpath");
    args.add(
        locationOf(RequestHandler.class)
            + java.io.File.pathSeparator
            + locationOf(StepwellEnvironment.class));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, System.err, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(
          "The fixture sources do not compile (javac status " + status + ")");
    }
  }

  private static void jar(Path classes, Path jar, Path bundled) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
          Files.copy(p, out);
          out.closeEntry();
        }
      }
      if (bundled != null) {
        try (JarFile lib = new JarFile(bundled.toFile())) {
          for (JarEntry entry : lib.stream().filter(e -> !e.isDirectory()).toList()) {
            if (entry.getName().startsWith("META-INF/")) {
              continue;
            }
            out.putNextEntry(new JarEntry(entry.getName()));
            try (InputStream in = lib.getInputStream(entry)) {
              in.transferTo(out);
            }
            out.closeEntry();
          }
        }
      }
    }
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path resource(String name) {
    try {
      return Path.of(FixtureCode.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
