package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Statements.list;

import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.ExecutionScope;
import io.stepwell.engine.store.StoredEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The paged reads: executions newest first, history forwards or backwards. */
final class Pages {
  private Pages() {}

  /**
   * A page of a state machine's executions (or a version's, or an alias's: see {@link
   * ExecutionScope}) by start date then ARN, both descending. The page after {@code afterArn}
   * starts below that execution's place, so executions started meanwhile do not shift it; an
   * unknown {@code afterArn} starts at the top.
   */
  static List<ExecutionRecord> executions(
      Connection c, String stateMachineArn, String status, int max, String afterArn)
      throws SQLException {
    if (max <= 0) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(Rows.EXECUTION_READ)
            .append(" FROM executions e WHERE e.")
            .append(
                switch (ExecutionScope.of(stateMachineArn)) {
                  case STATE_MACHINE -> "state_machine_arn";
                  case VERSION -> "version_arn";
                  case ALIAS -> "alias_arn";
                })
            .append(" = ?");
    List<Object> values = new ArrayList<>();
    values.add(stateMachineArn);
    if (status != null) {
      sql.append(" AND e.status = ?");
      values.add(status);
    }
    if (afterArn != null) {
      sql.append(
          " AND (NOT EXISTS (SELECT 1 FROM executions a WHERE a.arn = ?)"
              + " OR (e.start_date, e.arn) < (SELECT a.start_date, a.arn FROM executions a"
              + " WHERE a.arn = ?))");
      values.add(afterArn);
      values.add(afterArn);
    }
    sql.append(" ORDER BY e.start_date DESC, e.arn DESC LIMIT ?");
    values.add(max);
    return list(c, sql.toString(), Rows::execution, values.toArray());
  }

  /**
   * History events after {@code afterId} in id order, or before it in reverse order ({@code 0}
   * starts at the end).
   */
  static List<StoredEvent> history(
      Connection c, String executionArn, long afterId, int max, boolean reverse)
      throws SQLException {
    if (max <= 0) {
      return List.of();
    }
    String select = "SELECT " + Rows.EVENT + " FROM history WHERE execution_arn = ?";
    if (!reverse) {
      return list(
          c, select + " AND id > ? ORDER BY id LIMIT ?", Rows::event, executionArn, afterId, max);
    }
    if (afterId == 0) {
      return list(c, select + " ORDER BY id DESC LIMIT ?", Rows::event, executionArn, max);
    }
    return list(
        c,
        select + " AND id < ? ORDER BY id DESC LIMIT ?",
        Rows::event,
        executionArn,
        afterId,
        max);
  }
}
