package io.stepwell.asl.history;

import java.time.Instant;
import java.util.Map;

/**
 * One event of an execution's history.
 *
 * @param id 1-based, in the order the events happened
 * @param previousEventId the event that led to this one, 0 for none
 * @param type AWS's event type, e.g. {@code TaskStateEntered}
 * @param timestamp when it happened, from the clock of whoever drives the interpreter
 * @param details the fields of AWS's {@code <type>EventDetails} object; JSON documents ({@code
 *     input}, {@code output}, {@code parameters}, {@code assignedVariables}) are kept as values,
 *     not as the text AWS's API sends
 */
public record HistoryEvent(
    long id, long previousEventId, String type, Instant timestamp, Map<String, Object> details) {}
