package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Statements.first;
import static io.stepwell.store.jdbc.Statements.update;

import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.engine.store.TaskRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Activities and the claiming of their tasks, inside a write transaction: pick the oldest unclaimed
 * task of the activity (the dialect locks the picked row against other claimers), then mark it
 * claimed with the worker's token. The update checks {@code claimed_at IS NULL} again, so even
 * without a row lock a task is taken once.
 */
final class Activities {
  static final String ACTIVITY = "arn, name, created_at";

  private Activities() {}

  static ActivityRecord activity(ResultSet rs) throws SQLException {
    return new ActivityRecord(
        rs.getString("arn"), rs.getString("name"), Columns.getInstant(rs, "created_at"));
  }

  static Optional<TaskRecord> claim(
      Connection c, Dialect dialect, String activityArn, String worker, String token, Instant now)
      throws SQLException {
    Optional<TaskRecord> oldest =
        first(
            c,
            "SELECT "
                + Rows.TASK
                + " FROM tasks WHERE resource = ? AND claimed_at IS NULL"
                + " ORDER BY created_at, execution_arn, task_id LIMIT 1"
                + dialect.lockRowsToClaim(),
            Rows::task,
            activityArn);
    if (oldest.isEmpty()) {
      return Optional.empty();
    }
    TaskRecord t = oldest.get();
    int taken =
        update(
            c,
            "UPDATE tasks SET token = ?, worker = ?, claimed_at = ?"
                + " WHERE execution_arn = ? AND task_id = ? AND claimed_at IS NULL",
            token,
            worker,
            Columns.time(now),
            t.executionArn(),
            t.taskId());
    if (taken == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new TaskRecord(
            t.executionArn(), t.taskId(), t.resource(), t.parameters(), token, t.createdAt()));
  }
}
