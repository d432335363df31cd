package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.errors;
import static io.stepwell.asl.validate.Check.json;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopLevelTest {
  private static final String PASS = "'A':{'Type':'Pass','End':true}";

  @Test
  void emptyObjectLacksStatesAndStartAt() {
    assertThat(errors("{}"))
        .containsExactly(schema("These fields are required: [States, StartAt]", "/"));
  }

  @Test
  void missingStartAtIsRequired() {
    assertThat(errors(json("{'States':{" + PASS + "}}")))
        .containsExactly(schema("These fields are required: [StartAt]", "/"));
  }

  @Test
  void unknownTopLevelFieldIsNotSupported() {
    assertThat(errors(json("{'StartAt':'A','Coment':'x','States':{" + PASS + "}}")))
        .containsExactly(schema("Field 'Coment' is not supported", "/"));
  }

  @Test
  void commentVersionTimeoutAndQueryLanguageAreTopLevelFields() {
    assertThat(
            errors(
                json(
                    "{'Comment':'c','Version':'1.0','TimeoutSeconds':10,"
                        + "'QueryLanguage':'JSONata','StartAt':'A','States':{"
                        + PASS
                        + "}}")))
        .isEmpty();
  }

  @Test
  void topLevelTimeoutMustBeANonNegativeInteger() {
    assertThat(errors(json("{'TimeoutSeconds':'10','StartAt':'A','States':{" + PASS + "}}")))
        .containsExactly(
            schema(
                "The value of the field 'TimeoutSeconds' must be a non-negative integer",
                "/TimeoutSeconds"));
  }

  @Test
  void unknownQueryLanguageIsNotOneOfTheValues() {
    assertThat(errors(json("{'QueryLanguage':'XPath','StartAt':'A','States':{" + PASS + "}}")))
        .containsExactly(
            schema(
                "The field 'QueryLanguage' should have one of these values: [JSONPath, JSONata]",
                "/QueryLanguage"));
  }

  @Test
  void emptyStatesCannotBeEmpty() {
    assertThat(errors(json("{'StartAt':'A','States':{}}")))
        .containsExactly(schema("Value cannot be empty", "/States"));
  }
}
