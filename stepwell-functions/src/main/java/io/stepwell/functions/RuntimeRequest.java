package io.stepwell.functions;

import java.time.Duration;

/**
 * One invocation as the host hands it to a {@link DeployedFunction}: what the Lambda Runtime API's
 * {@code /invocation/next} carries.
 *
 * @param requestId the request id ({@code Lambda-Runtime-Aws-Request-Id})
 * @param payload the event, JSON text (an empty request arrives as {@code {}})
 * @param timeout how long the function may run, counted from when the runtime starts it
 * @param xrayTraceId the trace header ({@code Lambda-Runtime-Trace-Id}), or {@code null}
 */
public record RuntimeRequest(
    String requestId, Payload payload, Duration timeout, String xrayTraceId) {}
