package io.stepwell.engine.store;

import java.time.Instant;
import java.util.List;

/**
 * Everything one interpreter step changes, written atomically by {@link Store#appendStep}: the
 * event the interpreter was handed (the journal entry a replay feeds again), the history events it
 * produced, the execution's new status, and the timers and tasks it started or settled.
 *
 * @param journalEntry the handled event as JSON text
 * @param events the history events, ids continuing the execution's
 * @param status the execution's status after the step
 * @param output the output as JSON text, when the step ended it successfully
 * @param error the error, when the step failed it
 * @param cause the cause, when the step failed it
 * @param stopDate when it ended, or {@code null} while it runs
 * @param timersAdded timers to add
 * @param timersRemoved ids of this execution's timers to remove (fired or cancelled)
 * @param tasksAdded tasks to add
 * @param tasksRemoved ids of this execution's tasks to remove (answered or cancelled)
 * @param redriveDate when the step redrove the execution (its redrive count goes up by one and its
 *     stop date is cleared), else {@code null}
 */
public record StepRecord(
    String journalEntry,
    List<StoredEvent> events,
    String status,
    String output,
    String error,
    String cause,
    Instant stopDate,
    List<TimerRecord> timersAdded,
    List<Long> timersRemoved,
    List<TaskRecord> tasksAdded,
    List<Long> tasksRemoved,
    Instant redriveDate) {
  public StepRecord {
    events = List.copyOf(events);
    timersAdded = List.copyOf(timersAdded);
    timersRemoved = List.copyOf(timersRemoved);
    tasksAdded = List.copyOf(tasksAdded);
    tasksRemoved = List.copyOf(tasksRemoved);
  }

  /** A step that does not redrive the execution. */
  public StepRecord(
      String journalEntry,
      List<StoredEvent> events,
      String status,
      String output,
      String error,
      String cause,
      Instant stopDate,
      List<TimerRecord> timersAdded,
      List<Long> timersRemoved,
      List<TaskRecord> tasksAdded,
      List<Long> tasksRemoved) {
    this(
        journalEntry,
        events,
        status,
        output,
        error,
        cause,
        stopDate,
        timersAdded,
        timersRemoved,
        tasksAdded,
        tasksRemoved,
        null);
  }
}
