package io.stepwell.asl.json;

/** Text that is not well-formed JSON. */
public final class JsonSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  JsonSyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
