package io.stepwell.services.sns;

/**
 * An SNS error: its code ({@code InvalidParameter}, {@code NotFound}...), message and HTTP status
 * as SNS answers them.
 */
public final class SnsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int status;

  public SnsException(String code, String message, int status) {
    super(message);
    this.code = code;
    this.status = status;
  }

  /** {@code InvalidParameter}: "Invalid parameter: ..." */
  public static SnsException invalidParameter(String message) {
    return new SnsException("InvalidParameter", message, 400);
  }

  /** {@code NotFound} (404), as for a topic that does not exist. */
  public static SnsException notFound(String message) {
    return new SnsException("NotFound", message, 404);
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  /** Who is at fault, as the Query protocol's {@code <Type>} says. */
  public String faultType() {
    return status >= 500 ? "Receiver" : "Sender";
  }

  /**
   * The error a Task state fails with: {@code SNS.} and the AWS SDK's exception for the code, or
   * {@code SNS.AmazonSNSException} for codes without one of their own.
   */
  public String taskError() {
    return "SNS."
        + switch (code) {
          case "InvalidParameter" -> "InvalidParameterException";
          case "InvalidParameterValue" -> "InvalidParameterValueException";
          case "NotFound" -> "NotFoundException";
          case "InternalError" -> "InternalErrorException";
          case "Throttled" -> "ThrottledException";
          case "AuthorizationError" -> "AuthorizationErrorException";
          default -> "AmazonSNSException";
        };
  }

  /** The cause a Task state fails with, in the AWS SDK's words. */
  public String taskCause(String requestId) {
    return getMessage()
        + " (Service: AmazonSNS; Status Code: "
        + status
        + "; Error Code: "
        + code
        + "; Request ID: "
        + requestId
        + "; Proxy: null)";
  }
}
