package io.stepwell.functions.process;

/**
 * What a process may ask of the Lambda Runtime API, one method per route; {@link RuntimeApiServer}
 * turns HTTP into these calls and their answers back into HTTP.
 */
interface RuntimeApi {
  /**
   * {@code GET /runtime/invocation/next}: waits for the next invocation.
   *
   * @return the event, or an error answer when the runtime may not ask now or the instance stops
   */
  NextAnswer next() throws InterruptedException;

  /** {@code POST /runtime/invocation/{id}/response}. */
  ApiAnswer response(String requestId, BoundedBody body);

  /**
   * {@code POST /runtime/invocation/{id}/error}, with {@code Lambda-Runtime-Function-Error-Type}.
   */
  ApiAnswer error(String requestId, String errorType, BoundedBody body);

  /** {@code POST /runtime/init/error}, with {@code Lambda-Runtime-Function-Error-Type}. */
  ApiAnswer initError(String errorType, BoundedBody body);

  /** The answer to {@code next}: an event to run, or a refusal. */
  sealed interface NextAnswer permits NextEvent, ApiAnswer {}
}
