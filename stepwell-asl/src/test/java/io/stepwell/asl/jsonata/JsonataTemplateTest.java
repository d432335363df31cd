package io.stepwell.asl.jsonata;

import static io.stepwell.asl.jsonata.Expressions.causeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataTemplateTest {
  private static Object evaluate(String templateJson, String inputJson) {
    return JsonataTemplate.compile(Json.parse(templateJson))
        .evaluate("Output", Expressions.states(inputJson), Map.of(), Expressions.ENTROPY);
  }

  @Test
  void constantsAreKeptAsWritten() {
    // given: outputdecl BASE_LITERALS, recorded against AWS
    String template =
        "{\"constant_not_jsonata\": \" {% states.input %} \", \"constant_varpath\": \"$no.such\","
            + " \"constant_jp_input.$\": \"$\", \"constant_if\": \"States.Format('x{}', 1)\","
            + " \"n\": null, \"f\": 0.1, \"l\": [[], {}]}";
    // when
    JsonataTemplate compiled = JsonataTemplate.compile(Json.parse(template));
    // then
    assertThat(compiled.isConstant()).isTrue();
    assertThat(compiled.expression()).isNull();
    assertThat(Json.write(evaluate(template, "{}"))).isEqualTo(Json.write(Json.parse(template)));
  }

  @Test
  void expressionResultsShareNothingWithTheInput() {
    // given
    Map<String, Object> states = Expressions.states("{\"a\": {\"b\": [1]}}");
    // when
    Object value =
        JsonataTemplate.compile("{% $states.input.a %}")
            .evaluate("Output", states, Map.of(), Expressions.ENTROPY);
    Json.asArray(Json.asObject(value).get("b")).add(2);
    // then
    assertThat(Json.write(states.get("input"))).isEqualTo("{\"a\":{\"b\":[1]}}");
  }

  @Test
  void nestedExpressionsAreEvaluatedInPlace() {
    // given: outputdecl test_base_output_any_non_dict[LIST_RICH], recorded against AWS
    String template =
        "[null, 0, 0.1, true, \"string\", [], \"$nosuchvar\", \"$.no.such.path\","
            + " \"{% $states.input %}\", {\"key\": \"{% true %}\"}]";
    // when
    Object value = evaluate(template, "{\"input_value\": \"stringliteral\"}");
    // then
    assertThat(Json.write(value))
        .isEqualTo(
            "[null,0,0.1,true,\"string\",[],\"$nosuchvar\",\"$.no.such.path\","
                + "{\"input_value\":\"stringliteral\"},{\"key\":true}]");
    assertThat(JsonataTemplate.compile(Json.parse(template)).isConstant()).isFalse();
  }

  @Test
  void aWholeFieldExpressionMayBeAnyJsonValue() {
    assertThat(evaluate("\"{% $states.input %}\"", "[1, 2]")).isEqualTo(List.of(1, 2));
    assertThat(evaluate("\"{% $states.input.v %}\"", "{\"v\": null}")).isNull();
    assertThat(evaluate("\"{% 'string' %}\"", "{}")).isEqualTo("string");
    JsonataTemplate whole = JsonataTemplate.compile("{% $states.input %}");
    assertThat(whole.expression().text()).isEqualTo("$states.input");
  }

  @Test
  void nothingInAWholeFieldFails() {
    // assign test_undefined_reference[BASE_UNDEFINED_OUTPUT], recorded against AWS
    assertThat(causeOf(() -> evaluate("\"{% $doesNotExist %}\"", "{}")))
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output' returned"
                + " nothing (undefined).");
  }

  @Test
  void nothingInAMemberFailsNamingItsPath() {
    // assign test_undefined_reference[BASE_UNDEFINED_OUTPUT_FIELD], recorded against AWS
    assertThat(causeOf(() -> evaluate("{\"result\": \"{% $doesNotExist %}\"}", "{}")))
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field 'Output/result'"
                + " returned nothing (undefined).");
    assertThat(causeOf(() -> evaluate("{\"a\": {\"b\": \"{% $x %}\"}}", "{}")))
        .contains("'Output/a/b'");
  }

  @Test
  void nothingInAnArrayItemFailsNamingItsIndex() {
    assertThat(causeOf(() -> evaluate("{\"list\": [1, \"{% $x %}\"]}", "{}")))
        .isEqualTo(
            "The JSONata expression '$x' specified for the field 'Output/list[1]' returned"
                + " nothing (undefined).");
  }

  @Test
  void theFieldNameIsTheCallersOwn() {
    // assign test_undefined_reference[BASE_UNDEFINED_ASSIGN] and [..._ARGUMENTS_FIELD]
    JsonataTemplate assign = JsonataTemplate.compile(Json.parse("{\"result\": \"{% $none %}\"}"));
    assertThat(
            causeOf(() ->
                assign.evaluate("Assign", Expressions.states("{}"), Map.of(), Expressions.ENTROPY)))
        .contains("specified for the field 'Assign/result' returned nothing");
    JsonataTemplate arguments =
        JsonataTemplate.compile(Json.parse("{\"FunctionName\": \"{% $doesNotExist %}\"}"));
    assertThat(
            causeOf(() ->
                arguments.evaluate(
                    "Arguments", Expressions.states("{}"), Map.of(), Expressions.ENTROPY)))
        .isEqualTo(
            "The JSONata expression '$doesNotExist' specified for the field"
                + " 'Arguments/FunctionName' returned nothing (undefined).");
  }

  @Test
  void locationIsTheFieldAFailureNames() {
    StatesFailure failure =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            StatesFailure.class, () -> evaluate("{\"a\": [\"{% 1 + 'x' %}\"]}", "{}"));
    assertThat(JsonataTemplate.location(failure)).isEqualTo("Output/a[0]");
    assertThat(JsonataTemplate.location(StatesFailure.runtime("other"))).isNull();
  }

  @Test
  void variablesAreReadByName() {
    JsonataTemplate template =
        JsonataTemplate.compile(
            Json.parse("{\"error\": \"{% $errorVar %}\", \"n\": \"{% $n + 1 %}\"}"));
    Object value =
        template.evaluate(
            "Output",
            Expressions.states("{}"),
            Map.of("errorVar", Map.of("Error", "E"), "n", 41),
            Expressions.ENTROPY);
    assertThat(Json.write(value)).isEqualTo("{\"error\":{\"Error\":\"E\"},\"n\":42}");
  }

  @Test
  void anInvalidExpressionFailsCompilation() {
    assertThatThrownBy(() -> JsonataTemplate.compile(Json.parse("{\"a\": [\"{% ( %}\"]}")))
        .isInstanceOf(JsonataSyntaxException.class);
  }

  @Test
  void keysAreNeverEvaluated() {
    Object value = evaluate("{\"{% 1 %}\": \"{% 2 %}\"}", "{}");
    assertThat(Json.write(value)).isEqualTo("{\"{% 1 %}\":2}");
  }
}
