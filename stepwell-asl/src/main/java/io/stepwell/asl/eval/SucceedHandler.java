package io.stepwell.asl.eval;

import io.stepwell.asl.model.SucceedState;

/** Succeed: ends the branch with its input (after InputPath and OutputPath). */
final class SucceedHandler {
  private SucceedHandler() {}

  static void execute(Run run, Frame frame, SucceedState state) {
    if (state.jsonata() != null) {
      var states = JsonataMode.states(run, frame, frame.rawInput);
      run.exit(
          frame,
          JsonataMode.output(run, frame, state.jsonata().output(), states, frame.rawInput),
          null);
      return;
    }
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    Object output = state.outputPath().apply(effective, run.scope(frame, effective));
    run.exit(frame, output, null);
  }
}
