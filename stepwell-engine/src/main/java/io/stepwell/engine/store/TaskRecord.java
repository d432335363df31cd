package io.stepwell.engine.store;

import java.time.Instant;

/**
 * A task an execution waits for: dispatched to a function or an integration, or parked until a
 * callback with its token ({@code .waitForTaskToken}) or an activity worker answers.
 *
 * @param executionArn whose task
 * @param taskId the interpreter's id for it, unique per execution
 * @param resource the Task state's resource ARN
 * @param parameters the effective parameters as JSON text
 * @param token the task token, or {@code null}
 * @param createdAt when it was scheduled
 */
public record TaskRecord(
    String executionArn,
    long taskId,
    String resource,
    String parameters,
    String token,
    Instant createdAt) {}
