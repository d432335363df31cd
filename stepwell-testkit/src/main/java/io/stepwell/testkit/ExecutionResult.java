package io.stepwell.testkit;

import io.stepwell.asl.history.HistoryEvent;
import java.util.List;

/**
 * How an in-memory execution ended.
 *
 * @param status {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT} or {@code ABORTED}
 * @param output the output when it succeeded, else {@code null}
 * @param error the error name when it failed, else {@code null}
 * @param cause the cause when it failed, else {@code null}
 * @param history every history event, in order
 */
public record ExecutionResult(
    String status, Object output, String error, String cause, List<HistoryEvent> history) {}
