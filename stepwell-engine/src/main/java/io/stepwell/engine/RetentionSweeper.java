package io.stepwell.engine;

import io.stepwell.engine.store.Store;
import java.time.Duration;
import java.time.InstantSource;

/**
 * Deletes closed executions once their retention has passed (AWS keeps them 90 days after they
 * end), in batches, from a background virtual thread. Several nodes sharing a database may sweep at
 * once: a deletion is idempotent, and each batch is one statement.
 */
final class RetentionSweeper {
  /** AWS's "Execution history retention time": 90 days after an execution is closed. */
  static final Duration AWS_RETENTION = Duration.ofDays(90);

  private static final int BATCH = 500;
  private static final Duration MAX_INTERVAL = Duration.ofHours(1);

  private final Store store;
  private final InstantSource clock;
  private final Duration retention;

  RetentionSweeper(Store store, InstantSource clock, Duration retention) {
    this.store = store;
    this.clock = clock;
    this.retention = retention;
  }

  /** Deletes everything expired now; returns how many executions. */
  int sweep() {
    int total = 0;
    while (true) {
      int deleted = store.deleteClosedExecutionsBefore(clock.instant().minus(retention), BATCH);
      total += deleted;
      if (deleted < BATCH) {
        return total;
      }
    }
  }

  /**
   * How long between sweeps: often enough that nothing outlives its retention by more than a tenth
   * of it, or an hour.
   */
  Duration interval() {
    Duration tenth = retention.dividedBy(10);
    return tenth.compareTo(MAX_INTERVAL) < 0 ? tenth : MAX_INTERVAL;
  }
}
