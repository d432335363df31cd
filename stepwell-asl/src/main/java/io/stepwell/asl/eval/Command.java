package io.stepwell.asl.eval;

import java.time.Instant;

/** What the interpreter asks its driver to do; the driver answers later with {@link Event}s. */
public sealed interface Command {
  /**
   * Invoke a Task state's resource. The driver answers with TaskSucceeded or TaskFailed for the
   * same {@code taskId}. Timeouts are the interpreter's own timers, not the driver's.
   *
   * @param taskToken the token for {@code .waitForTaskToken} resources, else {@code null}
   */
  record InvokeTask(
      long taskId,
      String resource,
      Object parameters,
      String taskToken,
      Long timeoutSeconds,
      Long heartbeatSeconds)
      implements Command {}

  /** Forget the task {@code taskId}: its answer is no longer wanted. */
  record CancelTask(long taskId) implements Command {}

  /** Deliver a TimerFired event for {@code timerId} at {@code fireAt}. */
  record StartTimer(long timerId, Instant fireAt) implements Command {}

  /** Forget the timer {@code timerId}. */
  record CancelTimer(long timerId) implements Command {}

  /** The execution has ended; the driver stores the result. */
  record FinishExecution(ExecutionStatus status, Object output, String error, String cause)
      implements Command {}
}
