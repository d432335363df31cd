package io.stepwell.functions;

/**
 * Per-call choices for {@link FunctionHost#invoke}.
 *
 * @param requestId the request id to use, or {@code null} for a fresh random UUID (a caller that
 *     replays history passes its own, so the function sees the same id each time)
 * @param xrayTraceId the X-Ray trace header the function sees through {@code
 *     Context.getXrayTraceId()}, or {@code null}
 */
public record InvokeOptions(String requestId, String xrayTraceId) {
  private static final InvokeOptions DEFAULTS = new InvokeOptions(null, null);

  /** No request id (one is made up), no trace id. */
  public static InvokeOptions defaults() {
    return DEFAULTS;
  }

  public InvokeOptions withRequestId(String value) {
    return new InvokeOptions(value, xrayTraceId);
  }

  public InvokeOptions withXrayTraceId(String value) {
    return new InvokeOptions(requestId, value);
  }
}
