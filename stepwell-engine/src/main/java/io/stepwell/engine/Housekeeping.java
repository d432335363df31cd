package io.stepwell.engine;

import java.time.Duration;

/**
 * The engine's background chores, on one virtual thread until interrupted: every few seconds it
 * answers parents whose children ended while no node answered them, and now and then it deletes
 * executions whose retention has passed. A failing round (the store briefly away) is tried again at
 * the next.
 */
final class Housekeeping implements Runnable {
  static final Duration ROUND = Duration.ofSeconds(10);

  private final RetentionSweeper retention;
  private final Runnable everyRound;

  Housekeeping(RetentionSweeper retention, Runnable everyRound) {
    this.retention = retention;
    this.everyRound = everyRound;
  }

  @Override
  public void run() {
    long sweepEvery = Math.max(1, retention.interval().toMillis() / ROUND.toMillis());
    for (long round = 0; !Thread.currentThread().isInterrupted(); round++) {
      try {
        everyRound.run();
        if (round % sweepEvery == 0) {
          retention.sweep();
        }
      } catch (RuntimeException e) {
        // the store is briefly unavailable: the next round tries again
      }
      try {
        Thread.sleep(ROUND);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
