package io.stepwell.asl.eval;

import io.stepwell.asl.model.SucceedState;

/** Succeed: ends the branch with its input (after InputPath and OutputPath). */
final class SucceedHandler {
  private SucceedHandler() {}

  static void execute(Run run, Frame frame, SucceedState state) {
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    Object output = state.outputPath().apply(effective, run.scope(frame, effective));
    run.exit(frame, output, null);
  }
}
