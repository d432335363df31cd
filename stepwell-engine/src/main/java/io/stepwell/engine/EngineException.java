package io.stepwell.engine;

/**
 * A request the engine refuses, with the AWS error code the API reports for it (for example {@code
 * ExecutionDoesNotExist}, {@code TaskDoesNotExist}, {@code ExecutionAlreadyExists}).
 */
public final class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  public EngineException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** AWS's error code. */
  public String code() {
    return code;
  }
}
