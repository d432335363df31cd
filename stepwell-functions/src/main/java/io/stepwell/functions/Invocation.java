package io.stepwell.functions;

import java.time.Duration;
import java.util.List;

/**
 * What one {@link FunctionHost#invoke} gave: the function's response, the function's error, or
 * Lambda's refusal to run it. A function error and a service error are different things, as in
 * Lambda: the first is a response (HTTP 200 with {@code X-Amz-Function-Error: Unhandled}), the
 * second an error of the Invoke call itself.
 */
public sealed interface Invocation
    permits Invocation.Success, Invocation.FunctionError, Invocation.ServiceError {

  /** The request id, Lambda's {@code x-amzn-RequestId}; the function saw the same id. */
  String requestId();

  /** What the invocation logged, one entry per log call, in order; empty for a service error. */
  List<String> logs();

  /** How long the invocation took, from the call to the answer; zero for a service error. */
  Duration duration();

  /**
   * The function returned.
   *
   * @param payload the response body as the runtime wrote it (for Java: the return value as JSON,
   *     or the bytes a stream handler wrote)
   */
  record Success(String requestId, Payload payload, List<String> logs, Duration duration)
      implements Invocation {
    public Success {
      logs = List.copyOf(logs);
    }
  }

  /**
   * The function failed: it threw, timed out ({@code Sandbox.Timedout}) or answered more than
   * Lambda allows ({@code Function.ResponseSizeTooLarge}). Lambda answers such a call with status
   * 200 and {@code X-Amz-Function-Error: Unhandled}.
   *
   * @param payload the error document as the runtime wrote it (the response body)
   * @param error the document's fields
   */
  record FunctionError(
      String requestId, Payload payload, ErrorDocument error, List<String> logs, Duration duration)
      implements Invocation {
    /** The value of {@code X-Amz-Function-Error} for every function error. */
    public static final String UNHANDLED = "Unhandled";

    public FunctionError {
      logs = List.copyOf(logs);
    }

    /** {@code Unhandled}, the value of Lambda's {@code X-Amz-Function-Error} header. */
    public String functionError() {
      return UNHANDLED;
    }

    /** The document's {@code errorType}, e.g. {@code java.lang.RuntimeException}. */
    public String errorType() {
      return error.errorType();
    }

    /** The document's {@code errorMessage}. */
    public String errorMessage() {
      return error.errorMessage();
    }
  }

  /**
   * Lambda refused the call and no function code ran, e.g. {@code ResourceNotFoundException}.
   *
   * @param errorCode Lambda's error code, e.g. {@code TooManyRequestsException}
   * @param statusCode the HTTP status Lambda answers with, e.g. 429
   * @param message Lambda's message, e.g. {@code Rate Exceeded.}
   * @param reason Lambda's {@code Reason} field where it has one (throttling), else {@code null}
   */
  record ServiceError(
      String requestId, String errorCode, int statusCode, String message, String reason)
      implements Invocation {
    @Override
    public List<String> logs() {
      return List.of();
    }

    @Override
    public Duration duration() {
      return Duration.ZERO;
    }
  }
}
