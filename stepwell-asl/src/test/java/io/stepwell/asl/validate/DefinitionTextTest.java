package io.stepwell.asl.validate;

import static io.stepwell.asl.validate.Check.error;
import static io.stepwell.asl.validate.Check.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionTextTest {

  @Test
  void blankTextIsNotAnObject() {
    // when / then (AWS: EMPTY_STRING case)
    assertThat(Validator.validate(" "))
        .containsExactly(schema("Definition must be a valid JSON object", null));
  }

  @Test
  void jsonThatIsNotAnObjectIsNotAnObject() {
    assertThat(Validator.validate("[1, 2]"))
        .containsExactly(schema("Definition must be a valid JSON object", null));
    assertThat(Validator.validate("null"))
        .containsExactly(schema("Definition must be a valid JSON object", null));
  }

  @Test
  void textThatIsNotJsonQuotesTheParserAndItsPosition() {
    // when
    var diagnostics = Validator.validate("not a definition");

    // then (AWS: NOT_A_DEF case)
    String where = "[Source: (String)\"not a definition\"; line: 1, column: 4]";
    assertThat(diagnostics)
        .containsExactly(
            error(
                "INVALID_JSON_DESCRIPTION",
                "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or"
                    + " token 'null', 'true' or 'false')\n at "
                    + where,
                where));
  }

  @Test
  void longTextIsTruncatedInTheLocation() {
    // given
    String text = "{\"a\": " + "x".repeat(600) + "}";

    // when
    Diagnostic d = Validator.validate(text).get(0);

    // then
    assertThat(d.code()).isEqualTo("INVALID_JSON_DESCRIPTION");
    assertThat(d.location()).contains("\"[truncated 107 chars]");
  }
}
