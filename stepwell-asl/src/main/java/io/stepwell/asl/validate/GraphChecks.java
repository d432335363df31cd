package io.stepwell.asl.validate;

import io.stepwell.asl.json.Json;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Transitions, made once the schema checks found nothing: every {@code StartAt}, {@code Next},
 * {@code Default} and catcher target names a state of the same container; each container has a
 * terminal state; every state can be reached. As on AWS, a container with no terminal state is not
 * also searched for unreachable states.
 */
final class GraphChecks {
  private GraphChecks() {}

  static void check(Walk walk) {
    for (Walk.Container c : walk.containers()) {
      container(c, walk.findings());
    }
  }

  private static void container(Walk.Container c, Findings findings) {
    Map<String, Object> states = Json.asObject(c.body().get("States"));
    Location statesAt = c.at().field("States");
    Object startAt = c.body().get("StartAt");
    if (!states.containsKey(startAt)) {
      findings.error(
          Messages.MISSING_TRANSITION_TARGET,
          Messages.missingTarget(String.valueOf(startAt)),
          c.at().field("StartAt"));
    }
    boolean terminal = false;
    for (Map.Entry<String, Object> e : states.entrySet()) {
      Map<String, Object> state = Json.asObject(e.getValue());
      terminal |= isTerminal(state);
      targets(
          state,
          statesAt.field(e.getKey()),
          (target, at) -> {
            if (!states.containsKey(target)) {
              findings.error(
                  Messages.MISSING_TRANSITION_TARGET, Messages.missingTarget(target), at);
            }
          });
    }
    if (!terminal) {
      findings.error(Messages.MISSING_END_STATE, Messages.noTerminalState(), null);
      return;
    }
    Set<Object> reached = reachable(startAt, states, statesAt);
    for (String name : states.keySet()) {
      if (!reached.contains(name)) {
        findings.error(
            Messages.MISSING_TRANSITION_TARGET, Messages.unreachable(name), statesAt.field(name));
      }
    }
  }

  private static boolean isTerminal(Map<String, Object> state) {
    Object type = state.get("Type");
    return "Succeed".equals(type) || "Fail".equals(type) || Boolean.TRUE.equals(state.get("End"));
  }

  private static Set<Object> reachable(Object startAt, Map<String, Object> states, Location at) {
    Set<Object> reached = new HashSet<>();
    Deque<Object> todo = new ArrayDeque<>();
    if (states.containsKey(startAt)) {
      todo.add(startAt);
    }
    while (!todo.isEmpty()) {
      Object name = todo.pop();
      if (!reached.add(name)) {
        continue;
      }
      targets(
          Json.asObject(states.get(name)),
          at,
          (target, where) -> {
            if (states.containsKey(target)) {
              todo.add(target);
            }
          });
    }
    return reached;
  }

  /** Each transition of a state, with where it is written: Next, Choices, Default, Catch. */
  private static void targets(
      Map<String, Object> state, Location at, BiConsumer<String, Location> visit) {
    if (state.get("Next") instanceof String next) {
      visit.accept(next, at.field("Next"));
    }
    if (state.get("Choices") instanceof List<?> rules) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i) instanceof Map<?, ?> rule && rule.get("Next") instanceof String next) {
          visit.accept(next, at.field("Choices").index(i).field("Next"));
        }
      }
    }
    if (state.get("Default") instanceof String target) {
      visit.accept(target, at.field("Default"));
    }
    if (state.get("Catch") instanceof List<?> catchers) {
      for (int i = 0; i < catchers.size(); i++) {
        if (catchers.get(i) instanceof Map<?, ?> c && c.get("Next") instanceof String next) {
          visit.accept(next, at.field("Catch").index(i).field("Next"));
        }
      }
    }
  }
}
