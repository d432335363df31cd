package io.stepwell.testkit.lambda;

import java.time.Duration;

/** What a {@link FunctionHost} answered to one invocation. */
public sealed interface Invocation {
  /** The request id the host gave the invocation, as Lambda's {@code x-amzn-RequestId}. */
  String requestId();

  /**
   * The function ran.
   *
   * @param payload the response body as the runtime wrote it (JSON text)
   * @param functionError {@code null} when the function returned, else Lambda's {@code
   *     X-Amz-Function-Error} value ({@code Unhandled}); the payload is then the error document
   * @param took how long the function ran, on the virtual clock
   */
  record Completed(String requestId, String payload, String functionError, Duration took)
      implements Invocation {}

  /**
   * Lambda refused the call before any function ran, e.g. {@code ResourceNotFoundException}.
   *
   * @param errorCode Lambda's error code, e.g. {@code ResourceNotFoundException}
   * @param statusCode the HTTP status Lambda answered with
   * @param message Lambda's message, e.g. {@code Function not found: arn:...:$LATEST}
   */
  record ServiceError(String requestId, String errorCode, int statusCode, String message)
      implements Invocation {}

  /**
   * The function had not answered when the caller stopped waiting (the task's {@code
   * TimeoutSeconds} ran out in real time); it was stopped.
   *
   * @param after how long the caller waited
   */
  record Abandoned(String requestId, Duration after) implements Invocation {}
}
