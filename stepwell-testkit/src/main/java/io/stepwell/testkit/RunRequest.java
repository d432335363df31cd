package io.stepwell.testkit;

import java.time.Instant;

/**
 * One in-memory execution to run.
 *
 * @param definition the state machine definition as JSON text
 * @param input the execution input as a JSON value
 * @param type {@code STANDARD} or {@code EXPRESS}
 * @param stateMachineName the state machine's name, used in ARNs and the context object
 * @param executionName the execution's name
 * @param startTime the virtual clock's start
 * @param stopAfter when not {@code null}, a StopExecution request arrives this long after the start
 */
public record RunRequest(
    String definition,
    Object input,
    String type,
    String stateMachineName,
    String executionName,
    Instant startTime,
    java.time.Duration stopAfter) {

  /** A Standard execution with generated names, starting now on the virtual clock at 2024-01-01. */
  public static RunRequest of(String definition, Object input) {
    return new RunRequest(
        definition,
        input,
        "STANDARD",
        "StateMachine",
        "execution",
        Instant.parse("2024-01-01T00:00:00Z"),
        null);
  }
}
