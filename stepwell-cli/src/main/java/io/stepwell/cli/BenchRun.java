package io.stepwell.cli;

import io.stepwell.asl.history.HistoryEvent;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.testkit.ExecutionResult;
import io.stepwell.testkit.InMemoryDriver;
import io.stepwell.testkit.RunRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one compiled definition many times on a fixed pool of threads. Executions share nothing but
 * the compiled machine (the interpreter is pure), so threads never wait for each other.
 */
final class BenchRun {
  private static final long STACK_BYTES = 16L << 20;

  private final StateMachine machine;
  private final Object input;
  private final String type;
  private final InMemoryDriver driver;
  private final Instant start;
  private final AtomicInteger names = new AtomicInteger();

  BenchRun(StateMachine machine, Object input, String type, InMemoryDriver driver, Instant start) {
    this.machine = machine;
    this.input = input;
    this.type = type;
    this.driver = driver;
    this.start = start;
  }

  /** What one batch of executions measured. */
  static final class Measurement {
    private final long[] sortedLatencyNanos;
    private final long wallNanos;
    private final long transitions;
    private final int unsuccessful;

    Measurement(long[] latencyNanos, long wallNanos, long transitions, int unsuccessful) {
      this.sortedLatencyNanos = latencyNanos.clone();
      Arrays.sort(sortedLatencyNanos);
      this.wallNanos = wallNanos;
      this.transitions = transitions;
      this.unsuccessful = unsuccessful;
    }

    double executionsPerSecond() {
      return sortedLatencyNanos.length * 1e9 / wallNanos;
    }

    /** {@code *StateEntered} events per second. */
    double transitionsPerSecond() {
      return transitions * 1e9 / wallNanos;
    }

    /** The latency below which {@code percentile}% of the executions finished (nearest rank). */
    double percentileMillis(int percentile) {
      int rank = (int) Math.ceil(percentile / 100.0 * sortedLatencyNanos.length) - 1;
      return sortedLatencyNanos[Math.max(0, Math.min(rank, sortedLatencyNanos.length - 1))] / 1e6;
    }

    int unsuccessful() {
      return unsuccessful;
    }
  }

  /** Runs {@code count} executions on {@code threads} threads. */
  Measurement measure(int count, int threads) {
    if (count == 0) {
      return new Measurement(new long[0], 1, 0, 0);
    }
    ThreadFactory factory = Thread.ofPlatform().daemon().stackSize(STACK_BYTES).factory();
    long[] latencies = new long[count];
    long begin = System.nanoTime();
    long transitions = 0;
    int unsuccessful = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, factory)) {
      List<Future<Outcome>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(this::once));
      }
      for (int i = 0; i < count; i++) {
        Outcome o = futures.get(i).get();
        latencies[i] = o.nanos();
        transitions += o.transitions();
        unsuccessful += o.succeeded() ? 0 : 1;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    return new Measurement(latencies, System.nanoTime() - begin, transitions, unsuccessful);
  }

  private record Outcome(long nanos, long transitions, boolean succeeded) {}

  private Outcome once() {
    RunRequest request =
        new RunRequest(
            "", input, type, "Bench", "execution-" + names.incrementAndGet(), start, null);
    long t0 = System.nanoTime();
    ExecutionResult result = driver.run(machine, request, true);
    long nanos = System.nanoTime() - t0;
    long entered = 0;
    for (HistoryEvent e : result.history()) {
      if (e.type().endsWith("StateEntered")) {
        entered++;
      }
    }
    return new Outcome(nanos, entered, "SUCCEEDED".equals(result.status()));
  }
}
