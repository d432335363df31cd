package io.stepwell.testkit;

import io.stepwell.asl.eval.MapRun;
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
 * @param mapRuns the Map Runs of its Distributed Maps
 */
public record ExecutionResult(
    String status,
    Object output,
    String error,
    String cause,
    List<HistoryEvent> history,
    List<MapRun> mapRuns) {
  /** A result without Map Runs. */
  public ExecutionResult(
      String status, Object output, String error, String cause, List<HistoryEvent> history) {
    this(status, output, error, cause, history, List.of());
  }
}
