package io.stepwell.asl.choice;

import static org.assertj.core.api.Assertions.fail;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Finds and reads the recorded AWS cases in {@code ../shared/conformance}. */
final class ConformanceCorpus {
  private ConformanceCorpus() {}

  /**
   * The cases of one folder, parsed. Skips the calling test when the corpus is absent, or fails it
   * when {@code STEPWELL_REQUIRE_SHARED=true}.
   */
  static List<Map<String, Object>> load(String folder) {
    String shared = System.getProperty("stepwell.shared");
    Path dir = shared == null ? null : Path.of(shared, "conformance", folder);
    if (dir == null || !Files.isDirectory(dir)) {
      String message =
          "The conformance corpus is not at "
              + dir
              + " (system property stepwell.shared); AWS-recorded cases were not run";
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(ConformanceCorpus::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> read(Path file) {
    try {
      return Json.asObject(Json.parse(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
