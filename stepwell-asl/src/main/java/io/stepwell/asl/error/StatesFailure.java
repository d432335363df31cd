package io.stepwell.asl.error;

/**
 * An error raised while evaluating a state: its name and cause travel to the state's Retry and
 * Catch rules, or fail the execution. Thrown only inside the interpreter's evaluation of one step,
 * never out of it.
 */
public final class StatesFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorName error;
  private final String errorCause;

  public StatesFailure(ErrorName error, String cause) {
    super(error.aslName() + ": " + cause, null, false, false);
    this.error = error;
    this.errorCause = cause;
  }

  /** The error name, e.g. {@code States.Runtime}. */
  public ErrorName error() {
    return error;
  }

  /** The cause as AWS words it; may be {@code null}. */
  public String cause() {
    return errorCause;
  }

  public static StatesFailure runtime(String cause) {
    return new StatesFailure(StatesError.RUNTIME, cause);
  }

  public static StatesFailure intrinsic(String cause) {
    return new StatesFailure(StatesError.INTRINSIC_FAILURE, cause);
  }
}
