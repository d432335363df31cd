package io.stepwell.asl.eval;

import java.time.Instant;

/**
 * What an execution is, fixed at its start: the facts behind the context object's {@code Execution}
 * and {@code StateMachine} parts.
 *
 * @param recordHistory false to skip building history events (Express executions without logging,
 *     benchmarks)
 */
public record ExecutionInfo(
    String executionArn,
    String executionName,
    String stateMachineArn,
    String stateMachineName,
    String roleArn,
    Object input,
    Instant startTime,
    boolean recordHistory) {}
