package io.stepwell.functions;

/**
 * A function cannot be registered: its configuration breaks a rule (name, timeout, memory,
 * environment variables), its runtime is not available, or its code or handler cannot be loaded.
 * The message says which and why.
 */
public final class InvalidFunctionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidFunctionException(String message) {
    super(message);
  }

  public InvalidFunctionException(String message, Throwable cause) {
    super(message, cause);
  }
}
