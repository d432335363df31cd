package io.stepwell.asl.validate;

import io.stepwell.asl.intrinsic.IntrinsicExpression;

/**
 * The syntax check of an intrinsic function call such as {@code States.Format('{}', $.a)}: the
 * interpreter's own parser decides, so that the validator and the interpreter accept the same
 * calls. Argument counts and types are checked when the call runs, as AWS checks them.
 */
final class IntrinsicSyntax {
  private IntrinsicSyntax() {}

  /** Whether the text looks like an intrinsic call at all (and so should be checked as one). */
  static boolean looksLikeCall(String text) {
    return text.startsWith("States.");
  }

  /** Whether the text is one well-formed call of a known intrinsic function. */
  static boolean isValidCall(String text) {
    try {
      IntrinsicExpression.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
