package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.time;
import static io.stepwell.store.jdbc.Statements.list;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Deleting closed executions whose retention has passed, with their journal, history, timers and
 * tasks. The rows of one batch are picked (locked against other sweepers and against a step) and
 * deleted in one transaction, so two nodes sweeping at once never count one execution twice.
 */
final class Retention {
  private static final List<String> OWNED = List.of("journal", "history", "timers", "tasks");
  private static final String LINKS = "parent_links";

  private Retention() {}

  static int deleteClosedBefore(Connection c, Dialect dialect, Instant cutoff, int max)
      throws SQLException {
    List<String> arns =
        list(
            c,
            "SELECT arn FROM executions WHERE stop_date < ? AND status <> ?"
                + " ORDER BY stop_date, arn LIMIT ?"
                // PostgreSQL: a step (a redrive) waits for the rows, or they are skipped
                + dialect.lockRowsToClaim(),
            rs -> rs.getString(1),
            time(cutoff),
            Steps.RUNNING,
            max);
    if (arns.isEmpty()) {
      return 0;
    }
    for (String table : OWNED) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE execution_arn = ?")) {
        for (String arn : arns) {
          Columns.bind(ps, arn);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + LINKS + " WHERE child_arn = ?")) {
      for (String arn : arns) {
        Columns.bind(ps, arn);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    int deleted = 0;
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM executions WHERE arn = ? AND status <> ?")) {
      for (String arn : arns) {
        Columns.bind(ps, arn, Steps.RUNNING);
        ps.addBatch();
      }
      for (int n : ps.executeBatch()) {
        deleted += Math.max(n, 0);
      }
    }
    return deleted;
  }
}
