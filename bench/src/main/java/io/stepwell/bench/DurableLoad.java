package io.stepwell.bench;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop of executions through an {@link Engine}: {@code concurrency} virtual threads each
 * start an execution, wait for its end (told by a history listener, so no polling), and start the
 * next, until a deadline. State transitions are the {@code *StateEntered} events committed.
 */
final class DurableLoad {
  private static final Set<String> ENDS =
      Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut");

  private final Engine engine;
  private final Map<String, CompletableFuture<String>> running = new ConcurrentHashMap<>();
  private final AtomicLong transitions = new AtomicLong();
  private final AtomicLong names = new AtomicLong();

  DurableLoad(Engine engine) {
    this.engine = engine;
    engine.addListener(this::onEvents);
  }

  private void onEvents(String arn, List<StoredEvent> events) {
    long entered = 0;
    String end = null;
    for (StoredEvent e : events) {
      if (e.type().endsWith("StateEntered")) {
        entered++;
      } else if (ENDS.contains(e.type())) {
        end = e.type();
      }
    }
    transitions.addAndGet(entered);
    if (end != null) {
      CompletableFuture<String> f = running.remove(arn);
      if (f != null) {
        f.complete(end);
      }
    }
  }

  /** What one run measured. */
  record Result(
      int concurrency,
      long executions,
      long transitions,
      long wallNanos,
      double p50Millis,
      double p99Millis,
      long unsuccessful) {
    double executionsPerSecond() {
      return executions * 1e9 / wallNanos;
    }

    double transitionsPerSecond() {
      return transitions * 1e9 / wallNanos;
    }
  }

  /**
   * Runs executions of {@code stateMachineArn} on {@code concurrency} threads until {@code
   * duration} has passed or {@code maxExecutions} have started; waits for those started.
   */
  Result run(
      String stateMachineArn, String input, int concurrency, Duration duration, long maxExecutions)
      throws InterruptedException {
    String executionPrefix = stateMachineArn.replace(":stateMachine:", ":execution:") + ":";
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong started = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<long[]> perWorker = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    long transitionsBefore = transitions.get();
    long begin = System.nanoTime();
    for (int w = 0; w < concurrency; w++) {
      long[][] slot = {new long[1024]};
      int[] size = {0};
      Thread t =
          Thread.ofVirtual()
              .start(() -> {
                while (System.nanoTime() < deadline && started.incrementAndGet() <= maxExecutions) {
                  String name = "x" + names.incrementAndGet();
                  CompletableFuture<String> done = new CompletableFuture<>();
                  running.put(executionPrefix + name, done);
                  long t0 = System.nanoTime();
                  String end;
                  try {
                    engine.startExecution(stateMachineArn, name, input);
                    end = done.get(60, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    running.remove(executionPrefix + name);
                    end = "error: " + e;
                  }
                  long nanos = System.nanoTime() - t0;
                  if (!"ExecutionSucceeded".equals(end)) {
                    failed.incrementAndGet();
                  }
                  if (size[0] == slot[0].length) {
                    slot[0] = Arrays.copyOf(slot[0], size[0] * 2);
                  }
                  slot[0][size[0]++] = nanos;
                }
                synchronized (perWorker) {
                  perWorker.add(Arrays.copyOf(slot[0], size[0]));
                }
              });
      workers.add(t);
    }
    for (Thread t : workers) {
      t.join();
    }
    long wall = System.nanoTime() - begin;
    long[] all = perWorker.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(
        concurrency,
        all.length,
        transitions.get() - transitionsBefore,
        wall,
        percentileMillis(all, 50),
        percentileMillis(all, 99),
        failed.get());
  }

  /** Nearest-rank percentile of sorted latencies, in milliseconds. */
  private static double percentileMillis(long[] sortedNanos, int percentile) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(rank, sortedNanos.length - 1))] / 1e6;
  }
}
