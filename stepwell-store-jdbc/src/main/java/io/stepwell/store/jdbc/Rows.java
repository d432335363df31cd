package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.getInstant;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import io.stepwell.engine.store.TimerRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The records of the store read back from rows, with the column lists that select them. */
final class Rows {
  static final String STATE_MACHINE =
      "arn, name, type, definition, role_arn, revision, created_at, updated_at";

  /** The columns a new execution is created with. */
  static final String EXECUTION =
      "arn, state_machine_arn, revision, name, status, input, output, error, cause, start_date,"
          + " stop_date, version_arn, alias_arn";

  /** The columns an execution is read back with. */
  static final String EXECUTION_READ = EXECUTION + ", redrive_count, redrive_date";

  static final String EVENT = "id, previous_event_id, type, occurred_at, details";
  static final String TIMER = "execution_arn, timer_id, fire_at";
  static final String TASK = "execution_arn, task_id, resource, parameters, token, created_at";

  /** Reads one record from the current row. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Rows() {}

  static <T> List<T> list(PreparedStatement ps, Mapper<T> mapper) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
    }
    return out;
  }

  /** The first row's record; empty when there is no row or the record is null. */
  static <T> Optional<T> first(PreparedStatement ps, Mapper<T> mapper) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
    }
  }

  static StateMachineRecord stateMachine(ResultSet rs) throws SQLException {
    return new StateMachineRecord(
        rs.getString("arn"),
        rs.getString("name"),
        rs.getString("type"),
        rs.getString("definition"),
        rs.getString("role_arn"),
        rs.getInt("revision"),
        getInstant(rs, "created_at"),
        getInstant(rs, "updated_at"));
  }

  static ExecutionRecord execution(ResultSet rs) throws SQLException {
    return new ExecutionRecord(
        rs.getString("arn"),
        rs.getString("state_machine_arn"),
        rs.getInt("revision"),
        rs.getString("name"),
        rs.getString("status"),
        rs.getString("input"),
        rs.getString("output"),
        rs.getString("error"),
        rs.getString("cause"),
        getInstant(rs, "start_date"),
        getInstant(rs, "stop_date"),
        rs.getString("version_arn"),
        rs.getString("alias_arn"),
        rs.getInt("redrive_count"),
        getInstant(rs, "redrive_date"),
        null,
        null);
  }

  static StoredEvent event(ResultSet rs) throws SQLException {
    return new StoredEvent(
        rs.getLong("id"),
        rs.getLong("previous_event_id"),
        rs.getString("type"),
        getInstant(rs, "occurred_at"),
        rs.getString("details"));
  }

  static TimerRecord timer(ResultSet rs) throws SQLException {
    return new TimerRecord(
        rs.getString("execution_arn"), rs.getLong("timer_id"), getInstant(rs, "fire_at"));
  }

  static TaskRecord task(ResultSet rs) throws SQLException {
    return new TaskRecord(
        rs.getString("execution_arn"),
        rs.getLong("task_id"),
        rs.getString("resource"),
        rs.getString("parameters"),
        rs.getString("token"),
        getInstant(rs, "created_at"));
  }
}
