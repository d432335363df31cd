package io.stepwell.asl.jsonata;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS's {@code States.QueryEvaluationError} causes for a JSONata expression, worded as AWS words
 * them. The interpreter puts "An error occurred while executing the state ..." in front.
 */
final class QueryEvaluationCauses {
  private static final Pattern LOCATION =
      Pattern.compile(
          "The JSONata expression '.*' specified for the field '([^']*)' (returned|threw) ",
          Pattern.DOTALL);

  private QueryEvaluationCauses() {}

  static StatesFailure undefined(String expression, String field) {
    return failure(prefix(expression, field) + " returned nothing (undefined).");
  }

  static StatesFailure unsupportedType(String expression, String field) {
    return failure(prefix(expression, field) + " returned an unsupported result type.");
  }

  static StatesFailure unexpectedType(
      String expression, String field, String expectedType, Object value) {
    return failure(
        prefix(expression, field)
            + " returned an unexpected result type. Expected '"
            + expectedType
            + "', but was '"
            + Json.typeName(value)
            + "' for value: "
            + Json.write(value));
  }

  static StatesFailure threw(String expression, String field, String error) {
    return failure(prefix(expression, field) + " threw an error during evaluation. " + error);
  }

  /** The field a cause of this class names, or {@code null}. */
  static String location(String cause) {
    if (cause == null) {
      return null;
    }
    Matcher m = LOCATION.matcher(cause);
    return m.find() ? m.group(1) : null;
  }

  private static String prefix(String expression, String field) {
    return "The JSONata expression '"
        + expression
        + "'"
        + (field != null ? " specified for the field '" + field + "'" : "");
  }

  private static StatesFailure failure(String cause) {
    return new StatesFailure(StatesError.QUERY_EVALUATION_ERROR, cause);
  }
}
