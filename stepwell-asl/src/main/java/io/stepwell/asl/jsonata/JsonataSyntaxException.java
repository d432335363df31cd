package io.stepwell.asl.jsonata;

/**
 * A {@code {% %}} string whose content is not a well-formed JSONata expression, or one using an
 * operator AWS's JSONata (version 2.0.6) does not have. Raised when a definition is read, never
 * while it runs.
 */
public final class JsonataSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int position;

  JsonataSyntaxException(String message, String code, int position, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.position = position;
  }

  /** The JSONata error code, such as {@code S0201}, or {@code null} when there is none. */
  public String code() {
    return code;
  }

  /** The character offset in the expression where the error was found, or -1 when unknown. */
  public int position() {
    return position;
  }
}
