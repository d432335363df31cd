package io.stepwell.asl.eval;

import java.time.Instant;

/** Something that happened outside the interpreter, handed to {@link Interpreter#handle}. */
public sealed interface Event {
  /** When it happened, on the driver's clock; history events get this timestamp. */
  Instant at();

  /** The task {@code taskId} returned {@code output}. */
  record TaskSucceeded(Instant at, long taskId, Object output) implements Event {}

  /** The task {@code taskId} failed. */
  record TaskFailed(Instant at, long taskId, String error, String cause) implements Event {}

  /** A worker took the task {@code taskId} (an activity's GetActivityTask). */
  record TaskStarted(Instant at, long taskId, String workerName) implements Event {}

  /** The task {@code taskId} reported that it is still alive (SendTaskHeartbeat). */
  record TaskHeartbeat(Instant at, long taskId) implements Event {}

  /** The timer {@code timerId} that a {@link Command.StartTimer} asked for has fired. */
  record TimerFired(Instant at, long timerId) implements Event {}

  /** The object a {@link Command.ReadObject} asked for. */
  @SuppressWarnings("ArrayRecordComponent") // content is bytes; events are not compared
  record ObjectRead(Instant at, long requestId, byte[] content) implements Event {}

  /** The objects a {@link Command.ListObjects} asked for. */
  record ObjectsListed(
      Instant at, long requestId, java.util.List<io.stepwell.asl.distributed.ListedObject> objects)
      implements Event {}

  /** The objects of a {@link Command.WriteObjects} are written. */
  record ObjectsWritten(Instant at, long requestId) implements Event {}

  /** A read, list or write failed, e.g. {@code S3.NoSuchKey}. */
  record StorageFailed(Instant at, long requestId, String error, String cause) implements Event {}

  /** StopExecution was called. */
  record StopRequested(Instant at, String error, String cause) implements Event {}

  /**
   * RedriveExecution was called for an execution that failed, timed out or was aborted: it goes on
   * from the states that did not succeed (see {@link Interpreter#handle}). Ignored by a running or
   * succeeded execution; whether a redrive is allowed at all is the driver's to decide.
   */
  record RedriveRequested(Instant at) implements Event {}
}
