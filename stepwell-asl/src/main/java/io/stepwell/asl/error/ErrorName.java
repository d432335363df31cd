package io.stepwell.asl.error;

/**
 * The name of an error, as it appears in {@code ErrorEquals}, in a Fail state and in history: one
 * of the predefined {@link StatesError} names or a {@link CustomError} raised by a task or a Fail
 * state.
 */
public sealed interface ErrorName permits StatesError, CustomError {
  /** The name as written in ASL, e.g. {@code States.Timeout}. */
  String aslName();

  /** The error name for a string: a predefined one where it is one, else a custom name. */
  static ErrorName of(String name) {
    StatesError predefined = StatesError.byName(name);
    return predefined != null ? predefined : new CustomError(name);
  }
}
