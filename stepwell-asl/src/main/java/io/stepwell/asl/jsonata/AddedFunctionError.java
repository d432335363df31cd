package io.stepwell.asl.jsonata;

/**
 * A failure raised by one of AWS's added functions, its message already the text AWS gives after
 * "threw an error during evaluation.", such as {@code T0410: Argument 2 of function "uuid" does not
 * match function signature}.
 */
final class AddedFunctionError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AddedFunctionError(String text) {
    super(text, null, false, false);
  }

  /** The signature error for argument {@code position} (1-based) of {@code $function}. */
  static AddedFunctionError signature(String function, int position) {
    return new AddedFunctionError(
        "T0410: Argument "
            + position
            + " of function \""
            + function
            + "\" does not match function signature");
  }

  /** An error raised by a function's own argument rules, JSONata's code D3137. */
  static AddedFunctionError invalid(String message) {
    return new AddedFunctionError("D3137: " + message);
  }
}
