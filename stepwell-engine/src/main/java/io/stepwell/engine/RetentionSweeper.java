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

  /** Sweeps now and then until interrupted. */
  void run() {
    // often enough that nothing outlives its retention by more than a tenth of it (or an hour)
    Duration interval = retention.dividedBy(10);
    long sleepMillis = Math.max(1000, Math.min(interval.toMillis(), MAX_INTERVAL.toMillis()));
    while (!Thread.currentThread().isInterrupted()) {
      try {
        sweep();
      } catch (RuntimeException e) {
        // the store is briefly unavailable: the next round tries again
      }
      try {
        Thread.sleep(sleepMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
