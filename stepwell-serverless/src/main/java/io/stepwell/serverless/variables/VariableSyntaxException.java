package io.stepwell.serverless.variables;

/** A variable that does not parse; {@code index} is where in the string value. */
final class VariableSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int index;

  VariableSyntaxException(int index, String message) {
    super(message);
    this.index = index;
  }

  int index() {
    return index;
  }
}
