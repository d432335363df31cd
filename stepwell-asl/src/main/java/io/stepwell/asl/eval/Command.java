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

  /**
   * Read one object of the bucket store for a Distributed Map's {@code ItemReader}; the driver
   * answers with {@link Event.ObjectRead} or {@link Event.StorageFailed}.
   */
  record ReadObject(long requestId, String bucket, String key) implements Command {}

  /** List the objects under a prefix; the driver answers with {@link Event.ObjectsListed}. */
  record ListObjects(long requestId, String bucket, String prefix) implements Command {}

  /**
   * Write a Map Run's result files; the driver answers with {@link Event.ObjectsWritten} or {@link
   * Event.StorageFailed}.
   */
  record WriteObjects(
      long requestId, java.util.List<io.stepwell.asl.distributed.ResultObject> objects)
      implements Command {}

  /** The execution has ended; the driver stores the result. */
  record FinishExecution(ExecutionStatus status, Object output, String error, String cause)
      implements Command {}
}
