package io.stepwell.asl.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shorthands for the tests: evaluating one expression against JSON text. */
final class Expressions {
  static final Entropy ENTROPY = Entropy.seeded(7);

  private Expressions() {}

  /** {@code $states} with {@code input} parsed from JSON text and an empty context. */
  static Map<String, Object> states(String inputJson) {
    Map<String, Object> states = new LinkedHashMap<>();
    states.put("input", Json.parse(inputJson));
    states.put("context", new LinkedHashMap<>());
    return states;
  }

  /** The value of {@code {% expression %}} for the input given as JSON text, as JSON text. */
  static String eval(String expression, String inputJson) {
    return write(
        JsonataExpression.parse("{% " + expression + " %}")
            .evaluate(states(inputJson), Map.of(), ENTROPY));
  }

  static String eval(String expression) {
    return eval(expression, "{}");
  }

  /** The value as JSON text, or {@code undefined}. */
  static String write(Object value) {
    return JsonataTemplate.UNDEFINED.equals(value) ? "undefined" : Json.write(value);
  }

  /** The cause of the States.QueryEvaluationError evaluating the expression raises. */
  static String causeOf(String expression) {
    return causeOf(() -> eval(expression));
  }

  static String causeOf(ThrowingCallable call) {
    StatesFailure failure = catchThrowableOfType(StatesFailure.class, call);
    assertThat(failure).as("a StatesFailure").isNotNull();
    assertThat(failure.error().aslName()).isEqualTo("States.QueryEvaluationError");
    return failure.cause();
  }

  /** The text after "threw an error during evaluation. " in the cause of evaluating it. */
  static String errorOf(String expression) {
    String cause = causeOf(expression);
    String marker = "threw an error during evaluation. ";
    int at = cause.indexOf(marker);
    return at < 0 ? cause : cause.substring(at + marker.length());
  }
}
