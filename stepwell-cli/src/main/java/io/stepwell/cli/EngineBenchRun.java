package io.stepwell.cli;

import io.stepwell.engine.Engine;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs durable Standard executions through the {@link Engine} on a store: {@code threads} virtual
 * threads each start an execution, wait for its end (a history listener says when, no polling) and
 * start the next. Task states are answered at once with their parameters (an echo), in process.
 */
final class EngineBenchRun implements AutoCloseable {
  private static final Set<String> ENDS =
      Set.of("ExecutionSucceeded", "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut");

  private final Engine engine;
  private final String stateMachineArn;
  private final String executionPrefix;
  private final String input;
  private final Map<String, CompletableFuture<String>> running = new ConcurrentHashMap<>();
  private final AtomicLong transitions = new AtomicLong();
  private final AtomicInteger names = new AtomicInteger();

  EngineBenchRun(Store store, String definition, String input) {
    this.engine =
        Engine.builder(store).tasks("", t -> new TaskOutcome.Succeeded(t.parameters())).build();
    engine.addListener(this::onEvents);
    this.stateMachineArn = engine.createStateMachine("Bench", definition, "STANDARD", null).arn();
    this.executionPrefix = stateMachineArn.replace(":stateMachine:", ":execution:") + ":";
    this.input = input;
  }

  private void onEvents(String arn, List<StoredEvent> events) {
    String end = null;
    for (StoredEvent e : events) {
      if (e.type().endsWith("StateEntered")) {
        transitions.incrementAndGet();
      } else if (ENDS.contains(e.type())) {
        end = e.type();
      }
    }
    CompletableFuture<String> f = end == null ? null : running.remove(arn);
    if (f != null) {
      f.complete(end);
    }
  }

  /** Runs {@code count} executions, {@code threads} at a time. */
  BenchRun.Measurement measure(int count, int threads) throws InterruptedException {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger unsuccessful = new AtomicInteger();
    long transitionsBefore = transitions.get();
    long begin = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      workers.add(
          Thread.ofVirtual()
              .start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  long t0 = System.nanoTime();
                  if (!"ExecutionSucceeded".equals(once())) {
                    unsuccessful.incrementAndGet();
                  }
                  latencies[i] = System.nanoTime() - t0;
                }
              }));
    }
    for (Thread t : workers) {
      t.join();
    }
    long wall = System.nanoTime() - begin;
    return new BenchRun.Measurement(
        latencies, wall, transitions.get() - transitionsBefore, unsuccessful.get());
  }

  private String once() {
    String name = "execution-" + names.incrementAndGet();
    CompletableFuture<String> done = new CompletableFuture<>();
    running.put(executionPrefix + name, done);
    try {
      engine.startExecution(stateMachineArn, name, input);
      return done.get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      running.remove(executionPrefix + name);
      return "error";
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
