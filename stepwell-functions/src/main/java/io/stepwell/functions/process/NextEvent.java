package io.stepwell.functions.process;

import io.stepwell.functions.Payload;

/**
 * One invocation as {@code /runtime/invocation/next} hands it to the process.
 *
 * @param requestId {@code Lambda-Runtime-Aws-Request-Id}
 * @param deadlineEpochMs {@code Lambda-Runtime-Deadline-Ms}
 * @param functionArn {@code Lambda-Runtime-Invoked-Function-Arn}
 * @param traceId {@code Lambda-Runtime-Trace-Id}, or {@code null}
 * @param payload the event, JSON text
 */
record NextEvent(
    String requestId, long deadlineEpochMs, String functionArn, String traceId, Payload payload)
    implements RuntimeApi.NextAnswer {}
