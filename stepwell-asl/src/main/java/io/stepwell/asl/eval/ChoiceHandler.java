package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.model.ChoiceState;
import io.stepwell.asl.path.DataScope;
import java.util.LinkedHashMap;
import java.util.Map;

/** Choice: the first matching rule's Next, else Default, else {@code States.NoChoiceMatched}. */
final class ChoiceHandler {
  private ChoiceHandler() {}

  static void execute(Run run, Frame frame, ChoiceState state) {
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    DataScope scope = run.scope(frame, effective);
    String next = null;
    Map<String, Object> assigned = run.assignments(frame, state.assign(), effective);
    for (ChoiceState.Branch branch : state.choices()) {
      if (branch.rule().matches(scope)) {
        next = branch.next();
        Map<String, Object> more = run.assignments(frame, branch.assign(), effective);
        if (more != null) {
          assigned = assigned == null ? more : merge(assigned, more);
        }
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
    run.exit(frame, output, next, assigned);
  }

  private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> all = new LinkedHashMap<>(a);
    all.putAll(b);
    return all;
  }
}
