package io.stepwell.cli;

/** A problem with what the user gave a command (a file, the input): exit code 2, no stack trace. */
final class UsageError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message, null, false, false);
  }
}
