package io.stepwell.serverless;

import io.stepwell.serverless.schedule.ScheduleExpression;

/**
 * A {@code schedule} event: EventBridge starts the state machine on a schedule.
 *
 * @param ruleName the rule's name: the event's {@code name}, else the one the plugin's stack gives
 *     it ({@code LogicalId-ScheduleN} style, stable)
 * @param expression {@code rate(...)} or {@code cron(...)}
 * @param input the execution input as JSON text, or {@code null} for EventBridge's own event
 * @param inputPath a JSONPath into EventBridge's event, or {@code null}
 * @param enabled {@code false} when the event says {@code enabled: false}
 * @param stateMachineArn the state machine it starts
 */
public record ScheduleTrigger(
    String ruleName,
    ScheduleExpression expression,
    String input,
    String inputPath,
    boolean enabled,
    String stateMachineArn) {}
