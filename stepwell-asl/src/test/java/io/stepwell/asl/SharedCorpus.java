package io.stepwell.asl;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The conformance cases recorded against AWS, read from {@code ../shared/conformance}. Without them
 * a test is skipped, unless {@code STEPWELL_REQUIRE_SHARED=true} makes their absence a failure.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** One case file: its name and its parsed content. */
  public record Case(String name, Map<String, Object> content) {}

  /** The cases of the given folders ({@code pure}, {@code lambda}, ...), sorted by file name. */
  public static List<Case> cases(String... folders) {
    Path root = conformanceRoot();
    List<Case> cases = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> files = Files.list(root.resolve(folder))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          cases.add(
              new Case(
                  folder + "/" + file.getFileName(),
                  Json.asObject(Json.parse(Files.readString(file)))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cases;
  }

  private static Path conformanceRoot() {
    String shared = System.getProperty("stepwell.shared", "../shared");
    Path root = Path.of(shared).resolve("conformance");
    if (!Files.isDirectory(root.resolve("pure"))) {
      String message = "the conformance corpus is not at " + root.toAbsolutePath();
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
        throw new AssertionError(message + " and STEPWELL_REQUIRE_SHARED=true");
      }
      Assumptions.abort(message + "; skipping");
    }
    return root;
  }
}
