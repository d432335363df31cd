package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesError;
import java.util.Set;

/**
 * AWS's cap on an execution's history ({@link ExecutionInfo#maxHistoryEvents}): the event that
 * would take the last id is not recorded; the execution fails with {@code States.Runtime} instead,
 * and that failure is the last event, as AWS records it ("The execution reached the maximum number
 * of history events (25000).", event 25,000 after the machine's own 24,999).
 */
final class HistoryLimit {
  /** The events that end an execution may take the last id. */
  private static final Set<String> TERMINAL =
      Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut");

  private HistoryLimit() {}

  /**
   * Thrown out of the state being evaluated when its next event would reach the limit; caught where
   * the interpreter runs queued work, which then fails the execution.
   */
  static final class Reached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Reached() {
      super("the execution reached the maximum number of history events", null, false, false);
    }
  }

  /** Throws {@link Reached} when an event of {@code type} with id {@code id} would be too many. */
  static void check(ExecutionState execution, long id, String type) {
    int max = execution.info.maxHistoryEvents();
    if (max > 0 && execution.info.recordHistory() && id >= max && !TERMINAL.contains(type)) {
      throw new Reached();
    }
  }

  /** Ends the execution as AWS does when its history is full. */
  static void fail(Run run) {
    String cause =
        "The execution reached the maximum number of history events ("
            + run.execution.info.maxHistoryEvents()
            + ").";
    String error = StatesError.RUNTIME.aslName();
    run.emitAfter(
        run.execution.lastEventId, "ExecutionFailed", run.details("error", error, "cause", cause));
    run.end(ExecutionStatus.FAILED, null, error, cause);
  }
}
