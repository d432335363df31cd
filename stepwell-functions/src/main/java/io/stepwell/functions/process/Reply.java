package io.stepwell.functions.process;

/** How an invocation ended, as far as the Runtime API and the process tell. */
sealed interface Reply {
  /** The runtime posted {@code /response}. */
  record Response(BoundedBody body) implements Reply {}

  /** The runtime posted {@code /error} for this invocation. */
  record ErrorResponse(String errorType, BoundedBody body) implements Reply {}

  /** The runtime posted {@code /init/error} before it took the invocation. */
  record InitError(String errorType, BoundedBody body) implements Reply {}

  /** The process exited before it answered. */
  record Exited(int status) implements Reply {}

  /** The deadline passed first. */
  record TimedOut() implements Reply {}
}
