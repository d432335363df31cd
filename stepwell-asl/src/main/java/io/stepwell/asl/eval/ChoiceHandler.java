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
    if (state.jsonata() != null) {
      executeJsonata(run, frame, state);
      return;
    }
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

  private static void executeJsonata(Run run, Frame frame, ChoiceState state) {
    Object raw = frame.rawInput;
    Map<String, Object> states = JsonataMode.states(run, frame, raw);
    for (ChoiceState.Branch branch : state.choices()) {
      Object condition = JsonataMode.evaluate(run, frame, branch.condition(), "Condition", states);
      if (!(condition instanceof Boolean matched)) {
        throw JsonataMode.unexpectedType(branch.condition(), "Condition", "boolean", condition);
      }
      if (matched) {
        Map<String, Object> assigned =
            JsonataMode.assign(
                run,
                frame,
                branch.jsonataAssign() != null ? branch.jsonataAssign() : state.jsonata().assign(),
                states);
        Object output =
            JsonataMode.output(
                run,
                frame,
                branch.jsonataOutput() != null ? branch.jsonataOutput() : state.jsonata().output(),
                states,
                raw);
        run.exit(frame, output, branch.next(), assigned);
        return;
      }
    }
    if (state.defaultNext() == null) {
      throw new StatesFailure(StatesError.NO_CHOICE_MATCHED, "No Matches!");
    }
    Map<String, Object> assigned = JsonataMode.assign(run, frame, state.jsonata().assign(), states);
    Object output = JsonataMode.output(run, frame, state.jsonata().output(), states, raw);
    run.exit(frame, output, state.defaultNext(), assigned);
  }
}
