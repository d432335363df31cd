package io.stepwell.engine.store;

import java.time.Instant;

/**
 * An execution as {@code DescribeExecution} shows it.
 *
 * @param arn the execution's ARN
 * @param stateMachineArn the state machine's ARN
 * @param revision the state machine revision it runs (updates do not change running executions)
 * @param name the execution name, unique per state machine
 * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT} or {@code
 *     ABORTED}
 * @param input the input as JSON text
 * @param output the output as JSON text, when it succeeded
 * @param error the error, when it failed
 * @param cause the cause, when it failed
 * @param startDate when it started
 * @param stopDate when it ended, or {@code null}
 */
public record ExecutionRecord(
    String arn,
    String stateMachineArn,
    int revision,
    String name,
    String status,
    String input,
    String output,
    String error,
    String cause,
    Instant startDate,
    Instant stopDate) {}
