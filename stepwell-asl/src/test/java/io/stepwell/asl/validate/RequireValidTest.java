package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.machine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequireValidTest {

  @Test
  void validDefinitionIsReturnedParsed() {
    // when
    Map<String, Object> definition =
        Validator.requireValid(machine("'A':{'Type':'Pass','End':true}"), Validator.STANDARD);

    // then
    assertThat(definition).containsEntry("StartAt", "A");
  }

  @Test
  void findingsAreJoinedAsAwsJoinsThem() {
    // AWS's message for this definition, quoted in LocalStack issue 11978.
    String definition =
        json(
            "{'StartAt':'pass1','States':{'pass1':{'Type':'Pass','Next':'pass3'},"
                + "'pass2':{'Type':'Pass','End':true}}}");

    assertThatThrownBy(() -> Validator.requireValid(definition, Validator.STANDARD))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage(
            "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target:"
                + " pass3 at /States/pass1/Next, MISSING_TRANSITION_TARGET: State \"pass2\" is"
                + " not reachable. at /States/pass2'");
  }

  @Test
  void findingWithoutLocationSaysAtNull() {
    // Floci quotes AWS: 'MISSING_END_STATE: Workflow has no terminal state at null'.
    assertThatThrownBy(() ->
            Validator.requireValid(
                machine("'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'}"),
                Validator.STANDARD))
        .hasMessage(
            "Invalid State Machine Definition: 'MISSING_END_STATE: Workflow has no terminal state"
                + " at null'");
  }

  @Test
  void warningsAloneDoNotRefuse() {
    assertThat(
            Validator.requireValid(
                machine("'A':{'Type':'Pass','End':true,'Parameters':{'a':'$.x'}}"),
                Validator.STANDARD))
        .isNotNull();
  }

  @Test
  void exceptionCarriesTheDiagnostics() {
    assertThatThrownBy(() -> Validator.requireValid("{}", Validator.STANDARD))
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e -> assertThat(e.diagnostics()).extracting(Diagnostic::location).containsExactly("/"));
  }
}
