package io.stepwell.asl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases of {@code conformance/invalid}: what AWS's {@code ValidateStateMachineDefinition}
 * answered (diagnostics) and what {@code CreateStateMachine} refused ({@code InvalidDefinition} and
 * its message). Cases refused for other reasons (an existing name, a logging configuration) are not
 * about the definition, whose definitions must then be valid.
 */
class RecordedInvalidDefinitionsTest {

  @TestFactory
  Stream<DynamicTest> eachRecordedCaseGetsAwsAnswer() {
    List<Path> cases = SharedCorpus.cases("invalid");
    assertThat(cases).isNotEmpty();
    return cases.stream()
        .map(file -> DynamicTest.dynamicTest(SharedCorpus.name(file), () -> replay(file)));
  }

  private static void replay(Path file) {
    Map<String, Object> c = SharedCorpus.read(file);
    Map<String, Object> expected = Json.asObject(c.get("expected"));
    String text = SharedCorpus.definitionText(c);
    String type = String.valueOf(c.get("state_machine_type"));
    if ("ValidateStateMachineDefinition".equals(c.get("api"))) {
      validateAnswers(text, type, expected);
    } else if ("InvalidDefinition".equals(expected.get("error"))) {
      createRefuses(text, type, String.valueOf(expected.get("message")));
    } else {
      // Not a definition check (StateMachineAlreadyExists, InvalidLoggingConfiguration...).
      assertThat(Validator.requireValid(text, type)).isNotNull();
    }
  }

  private static void validateAnswers(String text, String type, Map<String, Object> expected) {
    // when
    List<Diagnostic> diagnostics = Validator.validate(text, type);

    // then
    List<Map<String, Object>> got = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", d.code());
      if (d.location() != null) {
        m.put("location", d.location());
      }
      m.put("message", d.message());
      m.put("severity", d.severity().name());
      got.add(m);
    }
    boolean fails = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    assertThat(fails ? "FAIL" : "OK").isEqualTo(expected.get("result"));
    assertThat(Json.valueEquals(got, expected.get("diagnostics")))
        .as("diagnostics %s, expected %s", got, expected.get("diagnostics"))
        .isTrue();
  }

  private static void createRefuses(String text, String type, String message) {
    assertThatThrownBy(() -> Validator.requireValid(text, type))
        .isInstanceOf(InvalidDefinitionException.class)
        .extracting(e -> e.getMessage().replace("arn:aws:", "arn:<partition>:"))
        .isEqualTo(message);
  }
}
