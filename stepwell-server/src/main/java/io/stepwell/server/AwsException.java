package io.stepwell.server;

/**
 * A request refused with AWS's error shape: the {@code __type} and {@code message} of the JSON
 * protocols, and the HTTP status AWS sends with it (400 for client errors).
 */
public final class AwsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String type;
  private final int status;

  public AwsException(String type, String message) {
    this(type, message, 400);
  }

  public AwsException(String type, String message, int status) {
    super(message);
    this.type = type;
    this.status = status;
  }

  /** AWS's error code, as {@code __type} carries it (for example {@code ValidationException}). */
  public String type() {
    return type;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** AWS's answer to a required member that is missing. */
  public static AwsException missing(String member) {
    return new AwsException(
        "ValidationException",
        "1 validation error detected: Value null at '"
            + member
            + "' failed to satisfy constraint: Member must not be null");
  }
}
