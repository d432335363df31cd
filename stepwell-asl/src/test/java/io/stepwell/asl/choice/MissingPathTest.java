package io.stepwell.asl.choice;

import static io.stepwell.asl.choice.Rules.matches;
import static io.stepwell.asl.choice.Rules.rule;
import static io.stepwell.asl.choice.Rules.scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.Missing;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A path that selects nothing: {@code IsPresent} says so; every other operator fails the state with
 * {@code States.Runtime} and AWS's cause. Also the other roots a path may read: {@code $$} and
 * variables.
 */
class MissingPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"StringEquals\": \"a\"",
        "\"NumericEquals\": 0",
        "\"BooleanEquals\": true",
        "\"TimestampEquals\": \"2012-10-09T19:00:55Z\"",
        "\"StringMatches\": \"*\"",
        "\"IsNull\": false",
        "\"IsString\": false",
        "\"IsNumeric\": false",
        "\"IsBoolean\": false",
        "\"IsTimestamp\": false",
      })
  void missingVariableFailsTheState(String operator) {
    // given
    ChoiceRule rule = rule("{\"Variable\": \"$.value\", " + operator + "}");

    // when
    StatesFailure failure =
        catchThrowableOfType(StatesFailure.class, () -> rule.matches(scope("{\"type\": 1}")));

    // then
    assertThat(failure.error()).isEqualTo(StatesError.RUNTIME);
    assertThat(failure.cause())
        .isEqualTo(
            "Invalid path '$.value': The choice state's condition path references an invalid"
                + " value.");
  }

  @Test
  void missingPathOperandFailsTheState() {
    // given
    ChoiceRule rule =
        rule("{\"Variable\": \"$.left\", \"NumericLessThanEqualsPath\": \"$.right\"}");

    // when
    StatesFailure failure =
        catchThrowableOfType(StatesFailure.class, () -> rule.matches(scope("{\"left\": 8}")));

    // then
    assertThat(failure.error()).isEqualTo(StatesError.RUNTIME);
    assertThat(failure.cause())
        .isEqualTo(
            "Invalid path '$.right': The choice state's condition path references an invalid"
                + " value.");
  }

  @Test
  void missingNestedVariableFailsInsideNot() {
    // given
    ChoiceRule rule = rule("{\"Not\": {\"Variable\": \"$.a.b\", \"StringEquals\": \"x\"}}");

    // when
    StatesFailure failure =
        catchThrowableOfType(StatesFailure.class, () -> rule.matches(scope("{\"a\": {}}")));

    // then
    assertThat(failure.cause()).startsWith("Invalid path '$.a.b': ");
  }

  @Test
  void isPresentTellsWhetherThePathSelectsAnything() {
    // when / then
    assertThat(matches("{\"Variable\": \"$.v\", \"IsPresent\": true}", "{}")).isFalse();
    assertThat(matches("{\"Variable\": \"$.v\", \"IsPresent\": false}", "{}")).isTrue();
    assertThat(matches("{\"Variable\": \"$.v\", \"IsPresent\": true}", "{\"v\": null}")).isTrue();
    assertThat(matches("{\"Variable\": \"$.a.b\", \"IsPresent\": false}", "{\"a\": 1}")).isTrue();
  }

  @Test
  void variableReadsTheContextObject() {
    // given: the corpus's context-object case
    Object input = Json.parse("{\"input-value\": 0}");
    DataScope scope = DataScope.of(input, Map.of("Execution", Map.of("Input", input)));
    ChoiceRule rule =
        rule("{\"Variable\": \"$$.Execution.Input.input-value\", \"NumericLessThanEquals\": 0}");

    // when / then
    assertThat(rule.matches(scope)).isTrue();
  }

  @Test
  void variableAndPathOperandReadWorkflowVariables() {
    // given
    DataScope scope =
        new DataScope() {
          @Override
          public Object input() {
            return Map.of();
          }

          @Override
          public Object context() {
            return Map.of();
          }

          @Override
          public Object variable(String name) {
            return name.equals("limit") ? Map.of("max", 10) : Missing.VALUE;
          }
        };

    // when / then
    assertThat(rule("{\"Variable\": \"$limit.max\", \"NumericEquals\": 10}").matches(scope))
        .isTrue();
    assertThat(
            rule("{\"Variable\": \"$limit.max\", \"NumericEqualsPath\": \"$limit.max\"}")
                .matches(scope))
        .isTrue();
    assertThat(rule("{\"Variable\": \"$other\", \"IsPresent\": true}").matches(scope)).isFalse();
    assertThat(
            catchThrowableOfType(
                    StatesFailure.class,
                    () -> rule("{\"Variable\": \"$other\", \"IsNull\": true}").matches(scope))
                .cause())
        .startsWith("Invalid path '$other': ");
  }
}
