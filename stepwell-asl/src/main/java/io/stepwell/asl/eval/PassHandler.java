package io.stepwell.asl.eval;

import io.stepwell.asl.model.PassState;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.Missing;

/** Pass: the result is {@code Result}, or the effective input. */
final class PassHandler {
  private PassHandler() {}

  static void execute(Run run, Frame frame, PassState state) {
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    DataScope scope = run.scope(frame, effective);
    if (state.parameters() != null) {
      effective = state.parameters().evaluate(scope, run.entropy);
    }
    Object result = state.result() != Missing.VALUE ? state.result() : effective;
    Object output = state.resultPath().apply(raw, result);
    output = state.outputPath().apply(output, scope);
    run.exit(frame, output, state.next());
  }
}
