package io.stepwell.functions.process;

import io.stepwell.functions.DeployedFunction;
import io.stepwell.functions.FunctionSpec;
import io.stepwell.functions.RuntimeOutcome;
import io.stepwell.functions.RuntimeRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A function run as processes: a pool of warm {@link FunctionInstance}s, at most {@code
 * maxInstances} at once (its reserved concurrency, else the runtime's default); invocations beyond
 * that wait for an instance to come free. The warmest idle instance serves the next invocation, a
 * new one starts only when none is idle (a cold start), and an instance idle for the idle timeout
 * is stopped.
 */
final class ProcessFunction implements DeployedFunction {
  private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

  private final FunctionSpec spec;
  private final LaunchPlan plan;
  private final Executor executor;
  private final ScheduledExecutorService scheduler;
  private final Duration idleTimeout;
  private final Semaphore slots;
  private final Deque<FunctionInstance> idle = new ArrayDeque<>();
  private final AutoCloseable codeCleanup;
  private volatile boolean closed;

  ProcessFunction(
      FunctionSpec spec,
      LaunchPlan plan,
      int maxInstances,
      Duration idleTimeout,
      Executor executor,
      ScheduledExecutorService scheduler,
      AutoCloseable codeCleanup) {
    this.spec = spec;
    this.plan = plan;
    this.idleTimeout = idleTimeout;
    this.executor = executor;
    this.scheduler = scheduler;
    this.slots = new Semaphore(maxInstances, true);
    this.codeCleanup = codeCleanup;
  }

  @Override
  public RuntimeOutcome invoke(RuntimeRequest request) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cancelled(request);
    }
    try {
      while (true) {
        FunctionInstance instance = takeIdle();
        if (instance == null) {
          try {
            instance = FunctionInstance.start(plan, logStreamName(), executor);
          } catch (IOException e) {
            return FunctionInstance.notStarted(request, plan, ExitMessages.startFailure(plan, e));
          }
        }
        RuntimeOutcome outcome = run(instance, request);
        if (outcome != null) {
          giveBack(instance);
          return outcome;
        }
      }
    } finally {
      slots.release();
    }
  }

  private RuntimeOutcome run(FunctionInstance instance, RuntimeRequest request) {
    try {
      return instance.invoke(request, spec.functionArn());
    } catch (InterruptedException e) {
      instance.close();
      Thread.currentThread().interrupt();
      throw cancelled(request);
    }
  }

  /** The process ids of the idle instances, warmest first (for tests and diagnostics). */
  synchronized List<Long> idlePids() {
    return idle.stream().map(FunctionInstance::pid).toList();
  }

  @Override
  public void close() {
    List<FunctionInstance> stopping;
    synchronized (this) {
      closed = true;
      stopping = List.copyOf(idle);
      idle.clear();
    }
    stopping.forEach(FunctionInstance::close);
    try {
      codeCleanup.close();
    } catch (Exception e) {
      // Only temporary copies of the code are left behind.
    }
  }

  private FunctionInstance takeIdle() {
    while (true) {
      FunctionInstance instance;
      synchronized (this) {
        instance = idle.pollFirst();
      }
      if (instance == null || instance.reusable()) {
        return instance;
      }
      instance.close();
    }
  }

  private void giveBack(FunctionInstance instance) {
    if (!instance.reusable()) {
      instance.close();
      return;
    }
    synchronized (this) {
      if (!closed) {
        idle.addFirst(instance);
        if (instance.markRetirementScheduled()) {
          scheduleRetirement(instance, idleTimeout.toNanos());
        }
        return;
      }
    }
    instance.close();
  }

  /**
   * Stops {@code instance} once it has been idle for the idle timeout. One check is pending per
   * instance (not one per invocation): a check that finds the instance busy, or used since, looks
   * again when the timeout could next have passed.
   */
  private void retire(FunctionInstance instance) {
    synchronized (this) {
      if (closed || !instance.reusable()) {
        return;
      }
      long idleFor = instance.idleNanos();
      if (!idle.contains(instance) || idleFor < idleTimeout.toNanos()) {
        scheduleRetirement(instance, Math.max(1, idleTimeout.toNanos() - idleFor));
        return;
      }
      idle.remove(instance);
    }
    instance.close();
  }

  private void scheduleRetirement(FunctionInstance instance, long delayNanos) {
    var unused = scheduler.schedule(() -> retire(instance), delayNanos, TimeUnit.NANOSECONDS);
  }

  private static String logStreamName() {
    return LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE)
        + "/["
        + FunctionSpec.VERSION
        + "]"
        + UUID.randomUUID().toString().replace("-", "");
  }

  private static CancellationException cancelled(RuntimeRequest request) {
    return new CancellationException(
        "Invocation " + request.requestId() + " was interrupted while waiting for the function.");
  }
}
