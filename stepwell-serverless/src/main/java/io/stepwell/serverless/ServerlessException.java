package io.stepwell.serverless;

/**
 * A project that cannot be read, resolved or deployed. The message starts with where the problem
 * was written ({@code serverless.yml:14:22: cannot resolve ${env:NOPE}: ...}) when that is known.
 */
public final class ServerlessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem was written, or {@code null} when it is not about one place. */
  private final Position position;

  private final String detail;

  public ServerlessException(Position position, String detail) {
    super(position == null ? detail : position + ": " + detail);
    this.position = position;
    this.detail = detail;
  }

  public ServerlessException(Position position, String detail, Throwable cause) {
    super(position == null ? detail : position + ": " + detail, cause);
    this.position = position;
    this.detail = detail;
  }

  /** Where the problem was written, or {@code null}. */
  public Position position() {
    return position;
  }

  /** The message without the position. */
  public String detail() {
    return detail;
  }
}
