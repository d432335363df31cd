package io.stepwell.asl.jsonata;

import static io.stepwell.asl.jsonata.Expressions.causeOf;
import static io.stepwell.asl.jsonata.Expressions.errorOf;
import static io.stepwell.asl.jsonata.Expressions.eval;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonataExpressionTest {
  @Test
  void isExpressionNeedsBothMarkersWithNothingOutside() {
    assertThat(JsonataExpression.isExpression("{% $states.input %}")).isTrue();
    assertThat(JsonataExpression.isExpression("{%$x%}")).isTrue();
    // AWS keeps these as literal strings (outputdecl BASE_LITERALS).
    assertThat(JsonataExpression.isExpression(" {% states.input %} ")).isFalse();
    assertThat(JsonataExpression.isExpression("$states.input")).isFalse();
    assertThat(JsonataExpression.isExpression("{%}")).isFalse();
    assertThat(JsonataExpression.isExpression(42)).isFalse();
    assertThat(JsonataExpression.isExpression(null)).isFalse();
  }

  @Test
  void textIsTheTrimmedExpressionBetweenTheMarkers() {
    assertThat(JsonataExpression.parse("{%   $states.input.a  %}").text())
        .isEqualTo("$states.input.a");
  }

  @Test
  void parseRejectsMalformedExpressions() {
    assertThatThrownBy(() -> JsonataExpression.parse("{% $states.input. %}"))
        .isInstanceOf(JsonataSyntaxException.class)
        .hasMessageContaining("$states.input.");
    assertThatThrownBy(() -> JsonataExpression.parse("{% (1 %}"))
        .isInstanceOf(JsonataSyntaxException.class)
        .satisfies(e -> assertThat(((JsonataSyntaxException) e).code()).startsWith("S0"));
    assertThatThrownBy(() -> JsonataExpression.parse("{%  %}"))
        .isInstanceOf(JsonataSyntaxException.class);
    assertThatThrownBy(() -> JsonataExpression.parse("$.a"))
        .isInstanceOf(JsonataSyntaxException.class);
  }

  @Test
  void parseRejectsOperatorsNewerThanAwsJsonata() {
    assertThatThrownBy(() -> JsonataExpression.parse("{% $x ?? 1 %}"))
        .isInstanceOf(JsonataSyntaxException.class)
        .hasMessageContaining("'??'");
    assertThatThrownBy(() -> JsonataExpression.parse("{% $x ?: 1 %}"))
        .isInstanceOf(JsonataSyntaxException.class)
        .hasMessageContaining("'?:'");
    // Inside strings and regular expressions they are just characters.
    assertThat(eval("'a??b' & \"?:\"")).isEqualTo("\"a??b?:\"");
    assertThat(eval("$contains('aab', /a??b/)")).isEqualTo("true");
    assertThat(eval("true ? 1 : 2")).isEqualTo("1");
  }

  @Test
  void statesInputAndVariablesAreBound() {
    // given
    Map<String, Object> states = Expressions.states("{\"input_values\": [1, 2, 3]}");
    Map<String, Object> variables = Map.of("var_constant_1", 1, "name", "x");
    // when
    Object sum =
        JsonataExpression.parse("{% $sum($states.input.input_values) + $var_constant_1 %}")
            .evaluate(states, variables, Expressions.ENTROPY);
    Object name =
        JsonataExpression.parse("{% $name %}").evaluate(states, variables, Expressions.ENTROPY);
    // then: AWS prints 7, not 7.0 (outputdecl BASE_DIRECT_EXPR)
    assertThat(sum).isEqualTo(7);
    assertThat(name).isEqualTo("x");
  }

  @Test
  void variableNamesMayBeUnicode() {
    Object value =
        JsonataExpression.parse("{% $größe * 2 %}")
            .evaluate(Expressions.states("{}"), Map.of("größe", 3), Expressions.ENTROPY);
    assertThat(value).isEqualTo(6);
  }

  @Test
  void statesCannotBeShadowedByAVariable() {
    Map<String, Object> variables = Map.of("states", Map.of("input", "variable"));
    Object input =
        JsonataExpression.parse("{% $states.input %}")
            .evaluate(Expressions.states("\"real\""), variables, Expressions.ENTROPY);
    assertThat(input).isEqualTo("real");
  }

  @Test
  void statesCarriesContextResultAndErrorOutput() {
    // given
    Map<String, Object> states = new LinkedHashMap<>();
    states.put("input", Map.of());
    states.put(
        "context",
        Json.parse("{\"State\": {\"Name\": \"S\"}, \"Map\": {\"Item\": {\"Index\": 2}}}"));
    states.put("result", Json.parse("{\"Payload\": 5}"));
    states.put("errorOutput", Json.parse("{\"Error\": \"E\", \"Cause\": \"C\"}"));
    // when
    Object value =
        JsonataExpression.parse(
                "{% [$states.context.State.Name, $states.context.Map.Item.Index,"
                    + " $states.result.Payload, $states.errorOutput.Error] %}")
            .evaluate(states, Map.of(), Expressions.ENTROPY);
    // then
    assertThat(Json.write(value)).isEqualTo("[\"S\",2,5,\"E\"]");
  }

  @Test
  void nothingIsUndefinedAndNullIsAValue() {
    assertThat(eval("$states.input.missing", "{}")).isEqualTo("undefined");
    assertThat(eval("$doesNotExist")).isEqualTo("undefined");
    assertThat(eval("$states.input.a", "{\"a\": null}")).isEqualTo("null");
    assertThat(eval("$exists($states.input.a)", "{\"a\": null}")).isEqualTo("true");
    assertThat(eval("$type($states.input.a)", "{\"a\": null}")).isEqualTo("\"null\"");
    assertThat(eval("$states.input", "{\"a\": [null, 1]}")).isEqualTo("{\"a\":[null,1]}");
  }

  @Test
  void numbersComeOutAsJsonPrintsThem() {
    assertThat(eval("1 + 2")).isEqualTo("3");
    assertThat(eval("1 / 2")).isEqualTo("0.5");
    assertThat(eval("$states.input.d * 2", "{\"d\": 1.5}")).isEqualTo("3");
    assertThat(eval("10000000000 * 10")).isEqualTo("100000000000");
    assertThat(eval("1e20")).isEqualTo("100000000000000000000");
    assertThat(eval("$states.input", "[1.0, 2.5]")).isEqualTo("[1,2.5]");
  }

  @Test
  void valuesKeepTheirJsonShapes() {
    assertThat(
            eval(
                "$merge([$states.input.part1, $states.input.part2])",
                "{\"part1\": {\"hello\": \"world\"}, \"part2\": {\"foo\": \"bar\"}}"))
        .isEqualTo("{\"hello\":\"world\",\"foo\":\"bar\"}");
    assertThat(eval("[1..3]")).isEqualTo("[1,2,3]");
    assertThat(eval("$states.input.v.($ * 2)", "{\"v\": [1, 2]}")).isEqualTo("[2,4]");
    assertThat(eval("{'a': $missing, 'b': 1}")).isEqualTo("{\"b\":1}");
    assertThat(eval("$contains(\"hello$world\", /^hello\\$/)")).isEqualTo("true");
  }

  @Test
  void inputIsNotChangedByEvaluation() {
    Map<String, Object> states = Expressions.states("{\"a\": [3, 1, 2], \"n\": null}");
    String before = Json.write(states);
    JsonataExpression.parse(
            "{% [$sort($states.input.a), $reverse($states.input.a), $states.input] %}")
        .evaluate(states, Map.of(), Expressions.ENTROPY);
    assertThat(Json.write(states)).isEqualTo(before);
  }

  @Test
  void evalIsNotAvailable() {
    // AWS: "$eval is not available—use $parse instead"; an unbound function fails as T1006.
    assertThat(errorOf("$eval('1')")).isEqualTo("T1006: Attempted to invoke a non-function");
  }

  @Test
  void anUnknownFunctionFailsAsOnAws() {
    // localstack test_math_random_seeded snapshot, recorded against AWS.
    Map<String, Object> states = Expressions.states("{\"FunctionInput\": \"fst\"}");
    String cause =
        causeOf(() ->
            JsonataExpression.parse("{% $randomSeeded($states.input.FunctionInput.fst) %}")
                .evaluate("Output/FunctionResult", states, Map.of(), Expressions.ENTROPY, null));
    assertThat(cause)
        .isEqualTo(
            "The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for"
                + " the field 'Output/FunctionResult' threw an error during evaluation. T1006:"
                + " Attempted to invoke a non-function");
  }

  @Test
  void typeErrorsCarryTheJsonataCodeAndMessage() {
    assertThat(errorOf("'a' + 1"))
        .isEqualTo("T2001: The left side of the \"+\" operator must evaluate to a number");
    assertThat(errorOf("1 + {}"))
        .isEqualTo("T2002: The right side of the \"+\" operator must evaluate to a number");
    assertThat(errorOf("$sqrt(-1)"))
        .isEqualTo("D3060: The sqrt function cannot be applied to a negative number: -1");
    assertThat(errorOf("$split('a', 'b', -1)"))
        .isEqualTo("D3020: Third argument of split function must evaluate to a positive number");
    assertThat(errorOf("$each('x', function($v){$v})"))
        .isEqualTo("T0410: Argument 1 of function \"each\" does not match function signature");
    assertThat(errorOf("$sum(['a'])"))
        .isEqualTo("T0412: Argument 1 of function \"sum\" must be an array of \"numbers\"");
    assertThat(errorOf("$error('boom')")).isEqualTo("D3137: boom");
    assertThat(errorOf("$number('abc')"))
        .isEqualTo("D3030: Unable to cast value to a number: \"abc\"");
    assertThat(errorOf("$toMillis('nope')"))
        .isEqualTo(
            "D3110: The argument of the toMillis function must be an ISO 8601 formatted"
                + " timestamp. Given \"nope\"");
    assertThat(errorOf("$replace('a', '', 'b')"))
        .isEqualTo("D3010: Second argument of replace function cannot be an empty string");
  }

  @Test
  void aFieldlessEvaluationNamesOnlyTheExpression() {
    assertThat(causeOf("$x + 'a'"))
        .isEqualTo(
            "The JSONata expression '$x + 'a'' threw an error during evaluation. T2002: The right"
                + " side of the \"+\" operator must evaluate to a number");
  }

  @Test
  void aFunctionResultIsUnsupported() {
    // scenarios test_map_state_items_eval_jsonata_fail[function], recorded against AWS.
    String cause =
        causeOf(() ->
            JsonataExpression.parse("{% $fn := function($x){$x} %}")
                .evaluate("Items", Expressions.states("{}"), Map.of(), Expressions.ENTROPY, null));
    assertThat(cause)
        .isEqualTo(
            "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items'"
                + " returned an unsupported result type.");
  }

  @Test
  void unexpectedResultTypeIsWordedAsOnAws() {
    // scenarios test_map_state_items_eval_jsonata_fail[object], recorded against AWS.
    JsonataExpression expression = JsonataExpression.parse("{% {'foo': 'bar'} %}");
    Object value = expression.evaluate(Expressions.states("{}"), Map.of(), Expressions.ENTROPY);
    assertThat(expression.unexpectedResultType("Items", "array", value).cause())
        .isEqualTo(
            "The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an"
                + " unexpected result type. Expected 'array', but was 'object' for value:"
                + " {\"foo\":\"bar\"}");
  }
}
