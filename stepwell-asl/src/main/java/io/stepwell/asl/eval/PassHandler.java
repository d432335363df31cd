package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.model.JsonataFields;
import io.stepwell.asl.model.PassState;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.Missing;
import java.util.Map;

/** Pass: the result is {@code Result}, or the effective input. */
final class PassHandler {
  private PassHandler() {}

  static void execute(Run run, Frame frame, PassState state) {
    if (state.jsonata() != null) {
      executeJsonata(run, frame, state, state.jsonata());
      return;
    }
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    DataScope scope = run.scope(frame, effective);
    if (state.parameters() != null) {
      effective = state.parameters().evaluate(scope, run.entropy);
    }
    if (state.resultTooLarge()) {
      run.failFrame(
          frame,
          StatesError.DATA_LIMIT_EXCEEDED.aslName(),
          "The state/task '"
              + state.name()
              + "' returned a result with a size exceeding the maximum number of bytes service"
              + " limit.");
      return;
    }
    Object result = state.result() != Missing.VALUE ? state.result() : effective;
    Map<String, Object> assigned = run.assignments(frame, state.assign(), result);
    Object output = state.resultPath().apply(raw, result);
    output = state.outputPath().apply(output, scope);
    run.exit(frame, output, state.next(), assigned);
  }

  private static void executeJsonata(Run run, Frame frame, PassState state, JsonataFields j) {
    Map<String, Object> states = JsonataMode.states(run, frame, frame.rawInput);
    Map<String, Object> assigned = JsonataMode.assign(run, frame, j.assign(), states);
    Object output = JsonataMode.output(run, frame, j.output(), states, frame.rawInput);
    run.exit(frame, output, state.next(), assigned);
  }
}
