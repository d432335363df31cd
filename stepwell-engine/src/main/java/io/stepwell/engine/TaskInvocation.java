package io.stepwell.engine;

/**
 * One task to carry out.
 *
 * @param executionArn the execution that waits for it
 * @param taskId the task's id within the execution
 * @param resource the Task state's resource ARN
 * @param parameters the effective parameters (a JSON value; the dispatcher's own copy)
 * @param taskToken the token a callback must name, for {@code .waitForTaskToken} resources
 */
public record TaskInvocation(
    String executionArn, long taskId, String resource, Object parameters, String taskToken) {}
