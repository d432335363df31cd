package io.stepwell.asl.jsonata;

import io.stepwell.asl.Entropy;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * What one evaluation of a field reads: {@code $states} and the workflow variables, converted for
 * the port once and only when an expression of the field names them, and the {@link Invocation} for
 * the bound functions.
 */
final class EvaluationScope {
  /** Marks a variable that is not defined, which an expression reads as "nothing". */
  static final Object ABSENT = new Object();

  private final Map<String, Object> states;
  private final Map<String, Object> variables;
  private final Invocation invocation;
  private final Map<String, Object> converted = new HashMap<>();
  private Object convertedStates;

  EvaluationScope(
      Map<String, Object> states, Map<String, Object> variables, Entropy entropy, Instant now) {
    this.states = states != null ? states : Map.of();
    this.variables = variables != null ? variables : Map.of();
    this.invocation =
        new Invocation(entropy, now != null ? now.toEpochMilli() : defaultNowMillis(this.states));
  }

  /** {@code $states} as the caller gave it. */
  Map<String, Object> rawStates() {
    return states;
  }

  /** The variables as the caller gave them. */
  Map<String, Object> rawVariables() {
    return variables;
  }

  Invocation invocation() {
    return invocation;
  }

  /** The {@code $states} object as the port reads it. */
  Object states() {
    if (convertedStates == null) {
      convertedStates = JsonataValues.toJsonata(states);
    }
    return convertedStates;
  }

  /** The variable as the port reads it, or {@link #ABSENT}. */
  Object variable(String name) {
    return converted.computeIfAbsent(
        name, n -> variables.containsKey(n) ? JsonataValues.toJsonata(variables.get(n)) : ABSENT);
  }

  /**
   * Without an instant from the caller, {@code $now()} is the time the state was entered, else the
   * time the execution started, as the context object records them; else the epoch.
   */
  private static long defaultNowMillis(Map<String, Object> states) {
    if (states.get("context") instanceof Map<?, ?> context) {
      for (String[] path : new String[][] {{"State", "EnteredTime"}, {"Execution", "StartTime"}}) {
        if (context.get(path[0]) instanceof Map<?, ?> part
            && part.get(path[1]) instanceof String time) {
          try {
            return Instant.parse(time).toEpochMilli();
          } catch (DateTimeParseException e) {
            // not a timestamp: try the next one
          }
        }
      }
    }
    return 0L;
  }
}
