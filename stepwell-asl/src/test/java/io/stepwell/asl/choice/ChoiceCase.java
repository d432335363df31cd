package io.stepwell.asl.choice;

import io.stepwell.asl.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recorded AWS execution whose definition starts with a JSONPath Choice state that leads to Pass,
 * Fail or Succeed states, with the branch AWS took: read from the history where one was recorded,
 * otherwise from the output, which only one of the branch targets can produce.
 */
record ChoiceCase(
    String name, String stateName, Map<String, Object> state, Object input, String expectedBranch) {

  /** The case, or empty when it is not of that shape or the branch cannot be told. */
  static Optional<ChoiceCase> of(Map<String, Object> recorded) {
    Map<String, Object> definition = Json.asObject(recorded.get("definition"));
    Map<String, Object> states = Json.asObject(definition.get("States"));
    String start = (String) definition.get("StartAt");
    Map<String, Object> choice = Json.asObject(states.get(start));
    if (isJsonata(definition)
        || !"Choice".equals(choice.get("Type"))
        || isJsonata(choice)
        || choice.containsKey("InputPath")
        || !onlyTerminalStatesBesides(states, start)) {
      return Optional.empty();
    }
    Map<String, Object> expected = Json.asObject(recorded.get("expected"));
    Optional<String> branch =
        expected.containsKey("history")
            ? branchFromHistory(Json.asArray(expected.get("history")), start)
            : branchFromOutput(choice, states, recorded.get("input"), expected);
    return branch.map(b ->
        new ChoiceCase((String) recorded.get("name"), start, choice, recorded.get("input"), b));
  }

  private static boolean isJsonata(Map<String, Object> node) {
    return "JSONata".equals(node.get("QueryLanguage"));
  }

  private static boolean onlyTerminalStatesBesides(Map<String, Object> states, String choice) {
    for (Map.Entry<String, Object> e : states.entrySet()) {
      Object type = Json.asObject(e.getValue()).get("Type");
      if (!e.getKey().equals(choice) && !Set.of("Pass", "Fail", "Succeed").contains(type)) {
        return false;
      }
    }
    return true;
  }

  /** The state entered right after the Choice state. */
  private static Optional<String> branchFromHistory(List<Object> history, String choice) {
    List<String> entered = new ArrayList<>();
    for (Object event : history) {
      Map<String, Object> e = Json.asObject(event);
      if (String.valueOf(e.get("type")).endsWith("StateEntered")) {
        Map<String, Object> details = Json.asObject(e.get("details"));
        entered.add((String) details.get("name"));
      }
    }
    int at = entered.indexOf(choice);
    return at >= 0 && at + 1 < entered.size() ? Optional.of(entered.get(at + 1)) : Optional.empty();
  }

  /** The one branch target whose plain Pass output equals the recorded output. */
  private static Optional<String> branchFromOutput(
      Map<String, Object> choice,
      Map<String, Object> states,
      Object input,
      Map<String, Object> expected) {
    if (!"SUCCEEDED".equals(expected.get("status"))) {
      return Optional.empty();
    }
    Set<String> targets = new LinkedHashSet<>();
    for (Object rule : Json.asArray(choice.get("Choices"))) {
      targets.add((String) Json.asObject(rule).get("Next"));
    }
    if (choice.get("Default") instanceof String fallback) {
      targets.add(fallback);
    }
    List<String> producing = new ArrayList<>();
    for (String target : targets) {
      Map<String, Object> state = Json.asObject(states.get(target));
      boolean plainPass =
          "Pass".equals(state.get("Type"))
              && Boolean.TRUE.equals(state.get("End"))
              && Set.of("Type", "End", "Result", "Comment").containsAll(state.keySet());
      if (!plainPass) {
        return Optional.empty();
      }
      Object output = state.containsKey("Result") ? state.get("Result") : input;
      if (Json.valueEquals(output, expected.get("output"))) {
        producing.add(target);
      }
    }
    return producing.size() == 1 ? Optional.of(producing.get(0)) : Optional.empty();
  }

  @Override
  public String toString() {
    return name;
  }
}
