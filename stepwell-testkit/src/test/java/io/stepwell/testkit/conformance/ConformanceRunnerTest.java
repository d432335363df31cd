package io.stepwell.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs hand-made cases in the corpus format through the real driver. Their expectations follow from
 * the ASL specification (a Pass state's Result is its output) and from the behaviours the corpus
 * README gives the test functions.
 */
class ConformanceRunnerTest {
  private static final String PASS_MACHINE =
      "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"a\":1},\"End\":true}}}";

  @TempDir Path dir;

  @Test
  void caseWhoseOutputMatchesPasses() throws IOException {
    // given
    Path file =
        write("pure", "pass_result", Map.of("status", "SUCCEEDED", "output", Map.of("a", 1)));

    // when
    CaseResult result = new ConformanceRunner().run(file);

    // then
    assertThat(result.status()).as(result.reason()).isEqualTo(CaseStatus.PASS);
  }

  @Test
  void differentOutputFailsWithPointerExpectedAndGot() throws IOException {
    // given
    Path file =
        write("pure", "pass_result", Map.of("status", "SUCCEEDED", "output", Map.of("a", 2)));

    // when
    CaseResult result = new ConformanceRunner().run(file);

    // then
    assertThat(result.status()).isEqualTo(CaseStatus.FAIL);
    assertThat(result.reason()).isEqualTo("/output/a: expected 2, got 1");
  }

  @Test
  void aFloatIsNotAnInteger() throws IOException {
    // given
    Path file =
        write("pure", "pass_result", Map.of("status", "SUCCEEDED", "output", Map.of("a", 1.0)));

    // when
    CaseResult result = new ConformanceRunner().run(file);

    // then
    assertThat(result.reason()).isEqualTo("/output/a: expected 1.0, got 1");
  }

  @Test
  void caseNeedingAnotherServiceIsSkippedWithTheReason() throws IOException {
    // given
    Path file = write("other", "s3", Map.of("status", "SUCCEEDED", "output", Map.of("a", 1)));
    Map<String, Object> document = Json.asObject(Json.parse(Files.readString(file)));
    document.put("needs", List.of("s3"));
    Files.writeString(file, Json.write(document));

    // when
    CaseResult result = new ConformanceRunner().run(file);

    // then
    assertThat(result.status()).isEqualTo(CaseStatus.SKIP);
    assertThat(result.reason()).contains("s3");
  }

  @Test
  void definitionCheckComparesTheValidatorsMessage() throws IOException {
    // given: AWS's message for an empty definition object, and a wrong one
    String awsMessage =
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required:"
            + " [States, StartAt] at /'";
    Path right = dir.resolve("right.json");
    Files.writeString(right, invalidCase(awsMessage));
    Path wrong = dir.resolve("wrong.json");
    Files.writeString(wrong, invalidCase("something else"));

    // when
    CaseResult passing = new ConformanceRunner().run(right);
    CaseResult failing = new ConformanceRunner().run(wrong);

    // then
    assertThat(passing.status()).as(passing.reason()).isEqualTo(CaseStatus.PASS);
    assertThat(failing.status()).isEqualTo(CaseStatus.FAIL);
    assertThat(failing.reason()).contains("/message");
  }

  @Test
  void caseAboutLoggingIsSkipped() throws IOException {
    // given
    Path file = dir.resolve("logging.json");
    Files.writeString(
        file,
        "{\"name\":\"logs\",\"api\":\"CreateStateMachine\",\"definition\":{},"
            + "\"expected\":{\"error\":\"InvalidLoggingConfiguration\",\"message\":\"x\"}}");

    // when
    CaseResult result = new ConformanceRunner().run(file);

    // then
    assertThat(result.status()).isEqualTo(CaseStatus.SKIP);
  }

  private static String invalidCase(String message) {
    return "{\"name\":\"bad\",\"api\":\"CreateStateMachine\",\"definition_text\":\"{}\","
        + "\"expected\":{\"error\":\"InvalidDefinition\",\"message\":\""
        + message
        + "\"}}";
  }

  @Test
  void stopExecutionActionAbortsTheRun() throws IOException {
    // given
    String waitMachine =
        "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";
    Path file = write("pure", "stop", waitMachine, Map.of(), Map.of("status", "ABORTED"));
    Map<String, Object> document = Json.asObject(Json.parse(Files.readString(file)));
    document.put("driver_actions", List.of("stop_execution"));
    Files.writeString(file, Json.write(document));

    // when
    CaseResult result = new ConformanceRunner().run(file);

    // then
    assertThat(result.status()).as(result.reason()).isEqualTo(CaseStatus.PASS);
  }

  @Test
  void lambdaCaseRunsTheNamedTestFunctionUnderTheRecordedPlaceholders() throws IOException {
    // given a function ARN resource whose function returns its event, the input naming it
    String machine =
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"@@LAMBDA_ARN:0@@\","
            + "\"End\":true}}}";
    Path file =
        write(
            "lambda",
            "id",
            machine,
            Map.of("fn", "@@LAMBDA_NAME:0@@"),
            Map.of("status", "SUCCEEDED", "output", Map.of("fn", "<lambda_function_name>")));
    Map<String, Object> document = Json.asObject(Json.parse(Files.readString(file)));
    document.put("needs", List.of("lambda"));
    document.put(
        "needs_detail",
        List.of(Map.of("service", "lambda", "index", 0, "handler_file", "x/id_function.py")));
    document.put(
        "comparison",
        Map.of(
            "placeholders", List.of(),
            "snapshot_transformers",
                List.of(
                    Map.of(
                        "kind",
                        "regex",
                        "regex",
                        "@@LAMBDA_NAME:0@@",
                        "replacement",
                        "<lambda_function_name>"))));
    Files.writeString(file, Json.write(document));

    // when
    CaseResult result = new ConformanceRunner().run(file);

    // then
    assertThat(result.status()).as(result.reason()).isEqualTo(CaseStatus.PASS);
  }

  private Path write(String folder, String name, Map<String, Object> expected) throws IOException {
    return write(folder, name, PASS_MACHINE, Map.of(), expected);
  }

  private Path write(
      String folder, String name, String definition, Object input, Map<String, Object> expected)
      throws IOException {
    Path parent = Files.createDirectories(dir.resolve(folder));
    Path file = parent.resolve(name + ".json");
    Map<String, Object> document = new java.util.LinkedHashMap<>();
    document.put("name", name);
    document.put("state_machine_type", "STANDARD");
    document.put("definition", Json.parse(definition));
    document.put("input", input);
    document.put("driver_actions", List.of());
    document.put("needs", List.of());
    document.put("needs_detail", List.of());
    document.put("expected", expected);
    document.put(
        "comparison", Map.of("placeholders", List.of(), "snapshot_transformers", List.of()));
    Files.writeString(file, Json.write(document));
    return file;
  }
}
