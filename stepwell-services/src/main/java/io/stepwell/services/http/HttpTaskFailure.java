package io.stepwell.services.http;

/** Why an HTTP Task failed: the error name and cause its Task state fails with. */
final class HttpTaskFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String error;

  HttpTaskFailure(String error, String cause) {
    super(cause);
    this.error = error;
  }

  String error() {
    return error;
  }

  static HttpTaskFailure runtime(String cause) {
    return new HttpTaskFailure("States.Runtime", cause);
  }
}
