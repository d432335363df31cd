package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.bind;
import static io.stepwell.store.jdbc.Columns.time;

import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.StoreException;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import io.stepwell.engine.store.TimerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the rows of one step inside the caller's transaction (the execution row is the caller's:
 * it is what guards the step). A timer or task added again under the same id replaces the old one,
 * as in {@link io.stepwell.engine.store.InMemoryStore}; a fresh timer has no lease.
 */
final class Steps {
  static final String RUNNING = "RUNNING";

  private Steps() {}

  /** Refuses a step that could only be stored wrongly, before anything is written. */
  static void check(String executionArn, StepRecord step) {
    if (step.journalEntry() == null) {
      throw new StoreException("a step of " + executionArn + " has no journal entry");
    }
    if (step.status() == null) {
      throw new StoreException("a step of " + executionArn + " has no status");
    }
    for (TimerRecord t : step.timersAdded()) {
      if (!executionArn.equals(t.executionArn())) {
        throw new StoreException(
            "a step of " + executionArn + " adds a timer of " + t.executionArn());
      }
    }
    for (TaskRecord t : step.tasksAdded()) {
      if (!executionArn.equals(t.executionArn())) {
        throw new StoreException(
            "a step of " + executionArn + " adds a task of " + t.executionArn());
      }
    }
  }

  /** Writes journal entry {@code seq} and everything else the step changes. */
  static void write(Connection c, String executionArn, long seq, StepRecord step)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO journal (execution_arn, seq, entry) VALUES (?, ?, ?)")) {
      bind(ps, executionArn, seq, step.journalEntry());
      ps.executeUpdate();
    }
    insertEvents(c, executionArn, step.events());
    deleteByIds(c, "timers", "timer_id", executionArn, step.timersRemoved());
    upsertTimers(c, step.timersAdded());
    deleteByIds(c, "tasks", "task_id", executionArn, step.tasksRemoved());
    upsertTasks(c, step.tasksAdded());
    if (!RUNNING.equals(step.status())) {
      // an execution that ended waits for nothing
      for (String table : List.of("timers", "tasks")) {
        try (PreparedStatement ps =
            c.prepareStatement("DELETE FROM " + table + " WHERE execution_arn = ?")) {
          bind(ps, executionArn);
          ps.executeUpdate();
        }
      }
    }
  }

  private static void insertEvents(Connection c, String executionArn, List<StoredEvent> events)
      throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO history (execution_arn, " + Rows.EVENT + ") VALUES (?, ?, ?, ?, ?, ?)")) {
      for (StoredEvent e : events) {
        bind(
            ps,
            executionArn,
            e.id(),
            e.previousEventId(),
            e.type(),
            time(e.timestamp()),
            e.details());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void deleteByIds(
      Connection c, String table, String idColumn, String executionArn, List<Long> ids)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM " + table + " WHERE execution_arn = ? AND " + idColumn + " = ?")) {
      for (long id : ids) {
        bind(ps, executionArn, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void upsertTimers(Connection c, List<TimerRecord> timers) throws SQLException {
    if (timers.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO timers ("
                + Rows.TIMER
                + ") VALUES (?, ?, ?) ON CONFLICT (execution_arn, timer_id) DO UPDATE SET"
                + " fire_at = excluded.fire_at, lease_owner = NULL, lease_until = NULL")) {
      for (TimerRecord t : timers) {
        bind(ps, t.executionArn(), t.timerId(), time(t.fireAt()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void upsertTasks(Connection c, List<TaskRecord> tasks) throws SQLException {
    if (tasks.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO tasks ("
                + Rows.TASK
                + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (execution_arn, task_id) DO UPDATE SET"
                + " resource = excluded.resource, parameters = excluded.parameters,"
                + " token = excluded.token, created_at = excluded.created_at")) {
      for (TaskRecord t : tasks) {
        bind(
            ps,
            t.executionArn(),
            t.taskId(),
            t.resource(),
            t.parameters(),
            t.token(),
            time(t.createdAt()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
