package io.stepwell.engine.store;

import java.time.Instant;

/**
 * An activity: a named queue of Task states' work that workers poll for ({@code GetActivityTask}).
 *
 * @param arn {@code arn:aws:states:REGION:ACCOUNT:activity:NAME}
 * @param name the name it was created with
 * @param createdAt when it was created
 */
public record ActivityRecord(String arn, String name, Instant createdAt) {}
