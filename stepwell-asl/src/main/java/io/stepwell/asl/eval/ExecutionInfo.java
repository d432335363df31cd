package io.stepwell.asl.eval;

import java.time.Instant;

/**
 * What an execution is, fixed at its start: the facts behind the context object's {@code Execution}
 * and {@code StateMachine} parts, and the limits it runs under.
 *
 * @param recordHistory false to skip building history events (Express executions without logging,
 *     benchmarks)
 * @param maxHistoryEvents the most history events the execution may have (AWS: 25,000 for a
 *     Standard execution); the event that would pass it fails the execution with {@code
 *     States.Runtime} instead. 0 for no limit. Fixed at the start so that a replay agrees.
 */
public record ExecutionInfo(
    String executionArn,
    String executionName,
    String stateMachineArn,
    String stateMachineName,
    String roleArn,
    Object input,
    Instant startTime,
    boolean recordHistory,
    int maxHistoryEvents) {

  /** AWS's limit on a Standard execution's history. */
  public static final int AWS_MAX_HISTORY_EVENTS = 25_000;

  public ExecutionInfo {
    if (maxHistoryEvents < 0) {
      throw new IllegalArgumentException("maxHistoryEvents must not be negative");
    }
  }

  /** An execution whose history has no limit. */
  public ExecutionInfo(
      String executionArn,
      String executionName,
      String stateMachineArn,
      String stateMachineName,
      String roleArn,
      Object input,
      Instant startTime,
      boolean recordHistory) {
    this(
        executionArn,
        executionName,
        stateMachineArn,
        stateMachineName,
        roleArn,
        input,
        startTime,
        recordHistory,
        0);
  }
}
