package io.stepwell.server.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stepwell.asl.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;

/** ValidateStateMachineDefinition, against what AWS answered in the conformance corpus. */
class ValidateDefinitionTest {
  private SfnServer s;
  private SfnClient sfn;

  @BeforeEach
  void start() {
    s = new SfnServer();
    sfn = s.sfn;
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void answersAsAwsDidForEveryRecordedCase() throws Exception {
    // given
    Path dir =
        Path.of(System.getProperty("stepwell.shared", "../../shared"), "conformance", "invalid");
    boolean present = Files.isDirectory(dir);
    if ("true".equals(System.getenv("STEPWELL_REQUIRE_SHARED"))) {
      assertThat(present).as("conformance corpus at " + dir).isTrue();
    }
    assumeTrue(present, "the conformance corpus (../shared/conformance) is absent: " + dir);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int checked = 0;
    for (Path file : files) {
      Map<String, Object> c = Json.asObject(Json.parse(Files.readString(file)));
      if (!"ValidateStateMachineDefinition".equals(c.get("api"))) {
        continue;
      }
      String definition =
          c.get("definition_text") instanceof String text ? text : Json.write(c.get("definition"));
      String type = (String) c.getOrDefault("state_machine_type", "STANDARD");

      // when
      ValidateStateMachineDefinitionResponse r =
          sfn.validateStateMachineDefinition(b -> b.definition(definition).type(type));

      // then
      Map<String, Object> expected = Json.asObject(c.get("expected"));
      Map<String, Object> actual = new LinkedHashMap<>();
      actual.put("result", r.resultAsString());
      actual.put(
          "diagnostics",
          r.diagnostics().stream()
              .map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", d.code());
                if (d.location() != null) {
                  m.put("location", d.location());
                }
                m.put("message", d.message());
                m.put("severity", d.severityAsString());
                return m;
              })
              .toList());
      actual.put("truncated", r.truncated());
      assertThat(Json.valueEquals(Json.parse(Json.write(actual)), expected))
          .as(file.getFileName() + ": " + Json.write(actual) + " vs " + Json.write(expected))
          .isTrue();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(7);
  }

  @Test
  void maxResultsTruncatesAndIsBounded() {
    String twoErrors =
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Next\":\"X\"},\"B\":{\"Type\":\"Pass\",\"Next\":\"Y\"}}}";
    ValidateStateMachineDefinitionResponse all =
        sfn.validateStateMachineDefinition(b -> b.definition(twoErrors));
    ValidateStateMachineDefinitionResponse one =
        sfn.validateStateMachineDefinition(b -> b.definition(twoErrors).maxResults(1));
    assertThat(all.resultAsString()).isEqualTo("FAIL");
    assertThat(all.diagnostics().size()).isGreaterThan(1);
    assertThat(all.truncated()).isFalse();
    assertThat(one.diagnostics()).hasSize(1);
    assertThat(one.truncated()).isTrue();
    AwsErrors.assertAwsError(
        () -> sfn.validateStateMachineDefinition(b -> b.definition(twoErrors).maxResults(101)),
        "ValidationException",
        "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint:"
            + " Member must have value less than or equal to 100");
  }
}
