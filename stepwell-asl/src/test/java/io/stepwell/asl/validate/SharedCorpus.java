package io.stepwell.asl.validate;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The conformance cases recorded against AWS, read from {@code ../shared/conformance}. Without them
 * a test is skipped, unless {@code STEPWELL_REQUIRE_SHARED=true}.
 */
final class SharedCorpus {
  private SharedCorpus() {}

  /** The case files of one folder ({@code pure}, {@code invalid}...), sorted by name. */
  static List<Path> cases(String folder) {
    String shared = System.getProperty("stepwell.shared");
    Path dir = shared == null ? null : Path.of(shared, "conformance", folder);
    if (dir == null || !Files.isDirectory(dir)) {
      String why = "conformance cases not found at " + dir + " (system property stepwell.shared)";
      if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
        fail(why);
      }
      assumeTrue(false, why + "; skipped");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> read(Path file) {
    try {
      return Json.asObject(Json.parse(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The definition of a case as text, with the recorder's placeholders replaced by resources of the
   * right shape: the i-th Lambda function, an activity.
   */
  static String definitionText(Map<String, Object> c) {
    if (c.get("definition_text") instanceof String text) {
      return text;
    }
    return Json.write(c.get("definition"))
        .replaceAll(
            "@@LAMBDA_ARN:(\\d+)@@",
            "arn:aws:lambda:us-east-1:111111111111:function:stepwell-fn-$1")
        .replace(
            "@@UNRESOLVED:create_activity()[...]@@",
            "arn:aws:states:us-east-1:111111111111:activity:stepwell-activity")
        .replace(
            "@@STATE_MACHINE_ARN@@",
            "arn:aws:states:us-east-1:111111111111:stateMachine:stepwell-machine");
  }

  static String name(Path file) {
    return file.getFileName().toString();
  }
}
