package io.stepwell.server.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The test functions, built as users build theirs: the sources under {@code
 * src/test/resources/io/stepwell/server/lambda/fixtures} compiled with {@code javac} against
 * aws-lambda-java-core, so they load through the runtime's own class loader, not the test's.
 */
public final class LambdaFixtures {
  private static final Path ROOT = Path.of("target", "lambda-fixtures").toAbsolutePath();
  private static Path classes;

  private LambdaFixtures() {}

  /** The compiled fixture classes ({@code demo.Echo}, {@code demo.Fail}, ...). */
  public static synchronized Path classesDirectory() {
    if (classes == null) {
      try {
        deleteRecursively(ROOT);
        Path out = Files.createDirectories(ROOT.resolve("classes"));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(resource("/io/stepwell/server/lambda/fixtures"))) {
          sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        compile(out, sources);
        classes = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return classes;
  }

  /** The fixture classes as a deployment package (a zip laid out as a jar), for Code.ZipFile. */
  public static byte[] packageBytes() {
    return zip(classesDirectory());
  }

  /** Compiles one source file ({@code demo/Name.java} holding {@code source}) into {@code out}. */
  static void compileInto(Path out, String className, String source) {
    classesDirectory();
    try {
      Path src = Files.createTempDirectory(ROOT, "src");
      Path file = src.resolve(className.replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source);
      Files.createDirectories(out);
      compile(out, List.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip of every file under {@code dir}, paths relative to it. */
  static byte[] zip(Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes);
        Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        ZipEntry entry = new ZipEntry(dir.relativize(p).toString().replace('\\', '/'));
        // a fixed time: the same files always make the same bytes (and the same CodeSha256)
        entry.setTime(315_532_800_000L);
        out.putNextEntry(entry);
        Files.copy(p, out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void compile(Path out, List<Path> sources) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--release", "21", "-proc:none", "-nowarn", "-d", out.toString()));
    args.add("-classpath");
    args.add(locationOf(RequestHandler.class).toString());
    sources.forEach(p -> args.add(p.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, System.err, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("The fixture sources do not compile (javac " + status + ")");
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
      return Path.of(LambdaFixtures.class.getResource(name).toURI());
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
