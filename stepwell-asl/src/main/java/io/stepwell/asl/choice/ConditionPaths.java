package io.stepwell.asl.choice;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;

/** Reading the paths of a Choice rule, where a path that selects nothing fails the state. */
final class ConditionPaths {
  private ConditionPaths() {}

  /**
   * The value at a {@code Variable} or {@code ...Path} operand.
   *
   * @throws StatesFailure {@code States.Runtime} when the path selects nothing
   */
  static Object readRequired(JsonPathExpr path, DataScope scope) {
    Object value = path.read(scope);
    if (value == Missing.VALUE) {
      throw invalidPath(path);
    }
    return value;
  }

  /**
   * AWS's cause for a condition path that selects nothing. The interpreter prefixes it with the
   * usual "An error occurred while executing the state ..." sentence.
   */
  static StatesFailure invalidPath(JsonPathExpr path) {
    return StatesFailure.runtime(
        "Invalid path '"
            + path.text()
            + "': The choice state's condition path references an invalid value.");
  }
}
