package io.stepwell.asl.intrinsic;

/**
 * A function or an argument failed; the message is the part of AWS's cause after {@code had the
 * following error: }. {@link IntrinsicExpression} turns it into a {@code StatesFailure}.
 */
final class IntrinsicError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  IntrinsicError(String detail) {
    super(detail, null, false, false);
  }

  /** AWS's words for any argument a function does not accept, whatever the reason. */
  static IntrinsicError invalidArguments(IntrinsicFunction function) {
    return new IntrinsicError("Invalid arguments in " + function.name());
  }
}
