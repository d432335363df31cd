package io.stepwell.asl.intrinsic;

/**
 * Text that is not a well-formed intrinsic call: bad syntax, an unknown function name, a literal of
 * a form the language does not have, or an invalid JSONPath argument. Raised when a definition is
 * read, never while it runs.
 */
public final class IntrinsicSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  IntrinsicSyntaxException(String message) {
    super(message);
  }

  IntrinsicSyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
