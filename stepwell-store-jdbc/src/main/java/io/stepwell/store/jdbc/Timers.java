package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Columns.bind;
import static io.stepwell.store.jdbc.Statements.list;

import io.stepwell.engine.store.TimerRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Claiming due timers, inside a write transaction: pick the due timers nobody holds a live lease on
 * (the dialect locks the picked rows against other claimers), then lease them to the claimer. A
 * lease that ran out means its claimer died before handling the timer, so it can be claimed again.
 */
final class Timers {
  private Timers() {}

  static List<TimerRecord> claim(
      Connection c, Dialect dialect, Instant now, int max, String claimer, Instant leaseUntil)
      throws SQLException {
    List<TimerRecord> due =
        list(
            c,
            "SELECT "
                + Rows.TIMER
                + " FROM timers WHERE fire_at <= ? AND (lease_until IS NULL OR lease_until < ?)"
                + " ORDER BY fire_at, execution_arn, timer_id LIMIT ?"
                + dialect.lockRowsToClaim(),
            Rows::timer,
            now,
            now,
            max);
    if (due.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE timers SET lease_owner = ?, lease_until = ?"
                + " WHERE execution_arn = ? AND timer_id = ?")) {
      for (TimerRecord t : due) {
        bind(ps, claimer, leaseUntil, t.executionArn(), t.timerId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return due;
  }
}
