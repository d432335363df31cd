package io.stepwell.engine.store;

import java.time.Instant;

/**
 * One history event as stored: the details as JSON text, exactly what {@code GetExecutionHistory}
 * returns.
 *
 * @param id 1-based, per execution
 * @param previousEventId the event that led to it, 0 for none
 * @param type AWS's event type
 * @param timestamp when it happened
 * @param details the {@code <type>EventDetails} object as JSON text
 */
public record StoredEvent(
    long id, long previousEventId, String type, Instant timestamp, String details) {}
