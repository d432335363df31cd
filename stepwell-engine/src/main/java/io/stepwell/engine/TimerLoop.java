package io.stepwell.engine;

import io.stepwell.asl.eval.Event;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.TimerRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * Fires due timers: claims them from the stores with a lease (so one node fires each, and another
 * takes over a claim whose node died), hands each execution its {@code TimerFired} event, and
 * sleeps until the next timer is due or a new one is started.
 */
final class TimerLoop {
  private static final Duration LEASE = Duration.ofSeconds(60);

  private final List<Store> stores;
  private final InstantSource clock;
  private final String node;
  private final BiConsumer<String, Event> handle;
  private final Object signal = new Object();

  TimerLoop(
      List<Store> stores, InstantSource clock, String node, BiConsumer<String, Event> handle) {
    this.stores = List.copyOf(stores);
    this.clock = clock;
    this.node = node;
    this.handle = handle;
  }

  /** Fires every timer due now, on this thread. */
  int fireDue() {
    List<TimerRecord> due = claim(1000);
    Instant now = clock.instant();
    for (TimerRecord t : due) {
      handle.accept(t.executionArn(), new Event.TimerFired(now, t.timerId()));
    }
    return due.size();
  }

  /** A new timer was started: look again now rather than at the old wake-up time. */
  void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  /** Runs until interrupted, handing due timers to {@code workers}. */
  void run(Executor workers) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        List<TimerRecord> due = claim(100);
        for (TimerRecord t : due) {
          workers.execute(() ->
              handle.accept(t.executionArn(), new Event.TimerFired(clock.instant(), t.timerId())));
        }
        if (due.isEmpty()) {
          synchronized (signal) {
            signal.wait(Math.min(millisToNext(), 1000));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The store is briefly unavailable: try again shortly.
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private List<TimerRecord> claim(int max) {
    Instant now = clock.instant();
    List<TimerRecord> due = new ArrayList<>();
    for (Store store : stores) {
      due.addAll(store.claimDueTimers(now, max, node, now.plus(LEASE)));
    }
    return due;
  }

  private long millisToNext() {
    Instant now = clock.instant();
    long best = 1000;
    for (Store store : stores) {
      var next = store.nextTimer();
      if (next.isPresent()) {
        best = Math.min(best, Math.max(1, Duration.between(now, next.get()).toMillis()));
      }
    }
    return best;
  }
}
