package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.jsonata.JsonataTemplate;
import io.stepwell.asl.model.FailState;
import io.stepwell.asl.model.ValueExpression;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.Missing;

/** Fail: fails the branch with its Error and Cause. */
final class FailHandler {
  private FailHandler() {}

  static void execute(Run run, Frame frame, FailState state) {
    String error = state.error();
    String cause = state.cause();
    if (state.jsonata() != null) {
      var states = JsonataMode.states(run, frame, frame.rawInput);
      error = text(run, frame, state.jsonata().error(), "Error", states);
      cause = text(run, frame, state.jsonata().cause(), "Cause", states);
      run.failFrame(frame, error, cause);
      return;
    }
    DataScope scope = run.scope(frame, frame.rawInput);
    if (state.errorPath() != null) {
      error = read(state.errorPath(), "ErrorPath", scope, run);
    }
    if (state.causePath() != null) {
      cause = read(state.causePath(), "CausePath", scope, run);
    }
    run.failFrame(frame, error, cause);
  }

  private static String read(ValueExpression path, String field, DataScope scope, Run run) {
    Object value = path.evaluate(scope, run.entropy);
    if (value == Missing.VALUE) {
      throw StatesFailure.runtime(
          "The JSONPath '"
              + path.text()
              + "' specified for the field '"
              + field
              + "' could not be found in the input '"
              + Json.write(scope.input())
              + "'");
    }
    return value instanceof String s ? s : Json.write(value);
  }

  private static String text(
      Run run,
      Frame frame,
      io.stepwell.asl.jsonata.JsonataTemplate template,
      String field,
      java.util.Map<String, Object> states) {
    if (template == null) {
      return null;
    }
    Object value = JsonataMode.evaluate(run, frame, template, field, states);
    if (JsonataTemplate.isUndefined(value) || value == null) {
      return null;
    }
    return value instanceof String s ? s : Json.write(value);
  }
}
