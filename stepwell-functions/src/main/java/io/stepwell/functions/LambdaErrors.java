package io.stepwell.functions;

import java.time.Duration;
import java.util.Locale;

/** Lambda's own errors, worded as Lambda words them. */
final class LambdaErrors {
  /** The largest synchronous request body Lambda accepts. */
  static final int MAX_REQUEST_BYTES = 6_291_456;

  /** The largest synchronous response body Lambda returns. */
  static final int MAX_RESPONSE_BYTES = 6_291_556;

  private LambdaErrors() {}

  static Invocation.ServiceError functionNotFound(String requestId, String unqualifiedArn) {
    return new Invocation.ServiceError(
        requestId,
        "ResourceNotFoundException",
        404,
        "Function not found: " + unqualifiedArn + ":" + FunctionSpec.VERSION,
        null);
  }

  static Invocation.ServiceError requestTooLarge(String requestId, int bytes) {
    return new Invocation.ServiceError(
        requestId,
        "RequestEntityTooLargeException",
        413,
        bytes
            + " byte payload is too large for the RequestResponse invocation type (limit "
            + MAX_REQUEST_BYTES
            + " bytes)",
        null);
  }

  static Invocation.ServiceError invalidJson(String requestId, String parserMessage) {
    return new Invocation.ServiceError(
        requestId,
        "InvalidRequestContentException",
        400,
        "Could not parse request body into json: Could not parse payload into json: "
            + parserMessage,
        null);
  }

  static Invocation.ServiceError throttled(String requestId) {
    return new Invocation.ServiceError(
        requestId,
        "TooManyRequestsException",
        429,
        "Rate Exceeded.",
        "ReservedFunctionConcurrentInvocationLimitExceeded");
  }

  /**
   * The document Lambda returns when a function runs past its timeout; the seconds are the
   * configured timeout with two decimals.
   */
  static ErrorDocument timedOut(String requestId, Duration timeout) {
    String seconds = String.format(Locale.ROOT, "%.2f", timeout.toNanos() / 1e9);
    return ErrorDocument.of(
        "Sandbox.Timedout",
        "RequestId: " + requestId + " Error: Task timed out after " + seconds + " seconds");
  }

  static ErrorDocument responseTooLarge() {
    return ErrorDocument.of(
        "Function.ResponseSizeTooLarge",
        "Response payload size exceeded maximum allowed payload size ("
            + MAX_RESPONSE_BYTES
            + " bytes).");
  }
}
