package io.stepwell.asl.model;

import java.util.Map;

/**
 * A state machine, or one branch of a Parallel state, or a Map state's item processor: a start
 * state and the states by name.
 *
 * @param timeoutSeconds the machine's {@code TimeoutSeconds}, or {@code null}
 * @param queryLanguage {@code JSONPath} or {@code JSONata}, the default for its states
 */
public record StateMachine(
    String startAt,
    Map<String, State> states,
    Long timeoutSeconds,
    String comment,
    String version,
    String queryLanguage) {
  public StateMachine {
    states = Map.copyOf(states);
  }

  /** The state of that name; the definition was validated, so it exists. */
  public State state(String name) {
    State s = states.get(name);
    if (s == null) {
      throw new IllegalStateException("no state named " + name);
    }
    return s;
  }
}
