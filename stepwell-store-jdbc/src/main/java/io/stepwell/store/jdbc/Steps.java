package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.bind;
import static io.stepwell.store.jdbc.Columns.time;
import static io.stepwell.store.jdbc.Statements.first;
import static io.stepwell.store.jdbc.Statements.update;

import io.stepwell.engine.store.ConcurrentStepException;
import io.stepwell.engine.store.ExecutionRecord;
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

  /** Inserts the execution with its first step; false, writing nothing, when it exists. */
  static boolean create(Connection c, ExecutionRecord e, StepRecord firstStep) throws SQLException {
    int created =
        update(
            c,
            "INSERT INTO executions ("
                + Rows.EXECUTION
                + ", journal_size) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)"
                + " ON CONFLICT (arn) DO NOTHING",
            e.arn(),
            e.stateMachineArn(),
            e.revision(),
            e.name(),
            firstStep.status(),
            e.input(),
            firstStep.output(),
            firstStep.error(),
            firstStep.cause(),
            time(e.startDate()),
            time(firstStep.stopDate()),
            e.stateMachineVersionArn(),
            e.stateMachineAliasArn());
    if (created == 0) {
      return false;
    }
    write(c, e.arn(), 1, firstStep);
    return true;
  }

  /**
   * Appends a step after {@code expected} journal entries. The statement that moves the journal
   * size on is the one that checks it, so of two writers at the same size exactly one matches the
   * row (PostgreSQL makes the second wait for the first and re-check).
   */
  static void append(Connection c, String executionArn, long expected, StepRecord step)
      throws SQLException {
    int updated =
        update(
            c,
            "UPDATE executions SET journal_size = ?, status = ?, output = ?, error = ?,"
                + " cause = ?, stop_date = ?, redrive_count = redrive_count + ?,"
                + " redrive_date = COALESCE(?, redrive_date) WHERE arn = ? AND journal_size = ?",
            expected + 1,
            step.status(),
            step.output(),
            step.error(),
            step.cause(),
            time(step.stopDate()),
            step.redriveDate() == null ? 0 : 1,
            time(step.redriveDate()),
            executionArn,
            expected);
    if (updated == 0) {
      throw refusal(c, executionArn, expected);
    }
    write(c, executionArn, expected + 1, step);
  }

  private static StoreException refusal(Connection c, String executionArn, long expected)
      throws SQLException {
    return first(
            c,
            "SELECT journal_size FROM executions WHERE arn = ?",
            rs -> rs.getLong(1),
            executionArn)
        .<StoreException>map(actual -> new ConcurrentStepException(executionArn, expected, actual))
        .orElseGet(() -> new StoreException("no execution " + executionArn));
  }

  /** Writes journal entry {@code seq} and everything else the step changes. */
  private static void write(Connection c, String executionArn, long seq, StepRecord step)
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
