package io.stepwell.asl.intrinsic;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.Missing;
import java.util.Map;

/** Shorthands for evaluating an intrinsic call in a test. */
final class Intrinsics {
  private Intrinsics() {}

  /** A scope with an input, a context object and variables. */
  record Scope(Object input, Object context, Map<String, Object> variables) implements DataScope {
    @Override
    public Object variable(String name) {
      return variables.containsKey(name) ? variables.get(name) : Missing.VALUE;
    }
  }

  static Scope scope(String inputJson) {
    return new Scope(Json.parse(inputJson), Map.of(), Map.of());
  }

  /** Evaluates {@code expression} against the input given as JSON text. */
  static Object evaluate(String expression, String inputJson) {
    return IntrinsicExpression.parse(expression).evaluate(scope(inputJson), Entropy.seeded(7));
  }

  /** Evaluates {@code expression} against an empty input. */
  static Object evaluate(String expression) {
    return evaluate(expression, "{}");
  }

  /** The failure that evaluating {@code expression} raises. */
  static StatesFailure failure(String expression, String inputJson) {
    IntrinsicExpression parsed = IntrinsicExpression.parse(expression);
    StatesFailure failure =
        catchThrowableOfType(
            StatesFailure.class, () -> parsed.evaluate(scope(inputJson), Entropy.seeded(7)));
    if (failure == null) {
      throw new AssertionError("expected " + expression + " to fail");
    }
    return failure;
  }

  static StatesFailure failure(String expression) {
    return failure(expression, "{}");
  }

  /** AWS's cause when a function rejects its arguments. */
  static String invalidArguments(String expression, String function) {
    return "The function '"
        + expression
        + "' had the following error: Invalid arguments in "
        + function;
  }

  static Object json(String text) {
    return Json.parse(text);
  }
}
