package io.stepwell.functions.process;

/**
 * The Runtime API's answer to a call that does not hand out an event: {@code 202} with {@code
 * {"status":"OK"}}, or an error status with Lambda's {@code {"errorMessage", "errorType"}}.
 */
record ApiAnswer(int status, String errorType, String errorMessage)
    implements RuntimeApi.NextAnswer {
  static final ApiAnswer ACCEPTED = new ApiAnswer(202, null, null);

  /** A call the runtime's state does not allow, worded as Lambda's Runtime API words it. */
  static ApiAnswer forbidden(String fromState, String toState) {
    return new ApiAnswer(
        403,
        "InvalidStateTransition",
        "State transition from "
            + fromState
            + " to "
            + toState
            + " failed for runtime. Error: State transition is not allowed");
  }

  static ApiAnswer invalidRequestId() {
    return new ApiAnswer(400, "InvalidRequestID", "Invalid request ID");
  }

  static ApiAnswer tooLarge(int limit) {
    return new ApiAnswer(
        413,
        "RequestEntityTooLarge",
        "Exceeded maximum allowed payload size (" + limit + " bytes).");
  }

  /** The instance is going away; the runtime should exit. */
  static ApiAnswer stopping() {
    return new ApiAnswer(500, "InternalServerError", "Internal Server Error");
  }

  boolean accepted() {
    return status == 202;
  }
}
