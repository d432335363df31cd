package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.model.ChoiceState;
import io.stepwell.asl.path.DataScope;

/** Choice: the first matching rule's Next, else Default, else {@code States.NoChoiceMatched}. */
final class ChoiceHandler {
  private ChoiceHandler() {}

  static void execute(Run run, Frame frame, ChoiceState state) {
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    DataScope scope = run.scope(frame, effective);
    String next = null;
    for (ChoiceState.Branch branch : state.choices()) {
      if (branch.rule().matches(scope)) {
        next = branch.next();
        break;
      }
    }
    if (next == null) {
      next = state.defaultNext();
    }
    if (next == null) {
      throw new StatesFailure(StatesError.NO_CHOICE_MATCHED, "No Matches!");
    }
    Object output = state.outputPath().apply(effective, scope);
    run.exit(frame, output, next);
  }
}
