package io.stepwell.server.lambda;

import java.util.Set;

/**
 * A Lambda API call refused as Lambda refuses it: the error code goes in {@code x-amzn-ErrorType},
 * the body is {@code {"Type": "User", "Message"|"message": ...}}. Lambda's service model spells the
 * message member with a capital M for some errors and not for others; {@link #messageMember()}
 * follows it, so clients that read only one spelling still find the message.
 */
final class LambdaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The errors whose model shape names the member {@code Message}; the rest use {@code message}.
   */
  private static final Set<String> CAPITALISED =
      Set.of("ResourceNotFoundException", "ServiceException");

  private final String code;
  private final int status;
  private final String reason;

  LambdaException(String code, int status, String message) {
    this(code, status, message, null);
  }

  LambdaException(String code, int status, String message, String reason) {
    super(message);
    this.code = code;
    this.status = status;
    this.reason = reason;
  }

  /** Lambda's error code, e.g. {@code ResourceNotFoundException}. */
  String code() {
    return code;
  }

  int status() {
    return status;
  }

  /** The {@code Reason} member of a throttling error, else {@code null}. */
  String reason() {
    return reason;
  }

  /** {@code Message} or {@code message}, as Lambda's model names this error's member. */
  String messageMember() {
    return CAPITALISED.contains(code) ? "Message" : "message";
  }

  static LambdaException notFound(String arn) {
    return new LambdaException("ResourceNotFoundException", 404, "Function not found: " + arn);
  }

  static LambdaException invalidParameter(String message) {
    return new LambdaException("InvalidParameterValueException", 400, message);
  }

  static LambdaException conflict(String message) {
    return new LambdaException("ResourceConflictException", 409, message);
  }

  static LambdaException invalidContent(String message) {
    return new LambdaException(
        "InvalidRequestContentException",
        400,
        "Could not parse request body into json: " + message);
  }

  /** A request that breaks a constraint of the API's model, worded as AWS's validation layer. */
  static LambdaException validation(String constraint) {
    return new LambdaException(
        "ValidationException", 400, "1 validation error detected: " + constraint);
  }
}
