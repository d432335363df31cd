package io.stepwell.testkit;

/**
 * One invocation of a Task state's resource.
 *
 * @param resource the state's {@code Resource} ARN as written
 * @param parameters the effective parameters (the state's input after InputPath and Parameters)
 * @param taskToken the task token for {@code .waitForTaskToken} resources, else {@code null}
 * @param timeoutSeconds the effective TimeoutSeconds, or {@code null}
 * @param heartbeatSeconds the effective HeartbeatSeconds, or {@code null}
 */
public record TaskRequest(
    String resource,
    Object parameters,
    String taskToken,
    Long timeoutSeconds,
    Long heartbeatSeconds) {}
