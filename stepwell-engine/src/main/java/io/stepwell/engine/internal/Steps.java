package io.stepwell.engine.internal;

import io.stepwell.asl.eval.Command;
import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.ExecutionState;
import io.stepwell.asl.eval.ExecutionStatus;
import io.stepwell.asl.eval.Step;
import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.json.Json;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import io.stepwell.engine.store.TimerRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns an interpreter {@link Step} into the {@link StepRecord} the store commits. */
public final class Steps {
  private Steps() {}

  /**
   * The record of a step.
   *
   * @param handled the event the step handled, or {@code null} for the start
   * @param journalEntry the journal text of what was handled
   */
  public static StepRecord record(
      String executionArn, Step step, Event handled, String journalEntry, Instant now) {
    // a redrive is handed over only when it is taken, so its step is one (even if it ends again)
    Instant redriveDate = handled instanceof Event.RedriveRequested ? now : null;
    ExecutionState state = step.state();
    List<StoredEvent> events = new ArrayList<>(step.events().size());
    for (HistoryEvent e : step.events()) {
      events.add(
          new StoredEvent(
              e.id(), e.previousEventId(), e.type(), e.timestamp(), Json.write(e.details())));
    }
    List<TimerRecord> timersAdded = new ArrayList<>();
    List<Long> timersRemoved = new ArrayList<>();
    List<TaskRecord> tasksAdded = new ArrayList<>();
    List<Long> tasksRemoved = new ArrayList<>();
    switch (handled) {
      case Event.TimerFired t -> timersRemoved.add(t.timerId());
      case Event.TaskSucceeded t -> tasksRemoved.add(t.taskId());
      case Event.TaskFailed t -> tasksRemoved.add(t.taskId());
      case null, default -> {
        // nothing settled by the event itself
      }
    }
    for (Command c : step.commands()) {
      switch (c) {
        case Command.StartTimer t ->
            timersAdded.add(new TimerRecord(executionArn, t.timerId(), t.fireAt()));
        case Command.CancelTimer t -> timersRemoved.add(t.timerId());
        case Command.InvokeTask t ->
            tasksAdded.add(
                new TaskRecord(
                    executionArn,
                    t.taskId(),
                    t.resource(),
                    Json.write(t.parameters()),
                    t.taskToken(),
                    now));
        case Command.CancelTask t -> tasksRemoved.add(t.taskId());
        default -> {
          // storage commands and the end are not stored here
        }
      }
    }
    ExecutionStatus status = state.status();
    boolean ended = status != ExecutionStatus.RUNNING;
    return new StepRecord(
        journalEntry,
        events,
        status.name(),
        status == ExecutionStatus.SUCCEEDED ? Json.write(state.output()) : null,
        state.error(),
        state.cause(),
        ended ? now : null,
        timersAdded,
        timersRemoved,
        tasksAdded,
        tasksRemoved,
        redriveDate);
  }
}
