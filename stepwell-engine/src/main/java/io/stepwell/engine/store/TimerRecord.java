package io.stepwell.engine.store;

import java.time.Instant;

/**
 * A timer an execution waits for: a Wait state, a retry interval, a task's timeout or heartbeat,
 * the execution's own timeout.
 *
 * @param executionArn whose timer
 * @param timerId the interpreter's id for it, unique per execution
 * @param fireAt when it is due
 */
public record TimerRecord(String executionArn, long timerId, Instant fireAt) {}
