package io.stepwell.engine;

import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.TaskRecord;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Activities: their records, the built-in dispatcher that parks a Task state whose resource is an
 * activity ARN until a worker takes it, and the long poll of {@code GetActivityTask}.
 *
 * <p>Which worker gets a task is decided by the store ({@link Store#claimActivityTask}), so that
 * two nodes sharing a database never hand one task to two workers. A poll wakes at once when this
 * node schedules an activity task, and otherwise looks again every {@link #RECHECK} for tasks that
 * other nodes scheduled.
 */
final class Activities implements TaskDispatcher {
  private static final Duration RECHECK = Duration.ofMillis(100);
  private static final Pattern ACTIVITY_ARN =
      Pattern.compile("arn:[a-z-]+:states:[a-z0-9-]+:\\d{12}:activity:.+");

  private final List<Store> stores;
  private final InstantSource clock;
  private final Object scheduled = new Object();

  /** Told which worker took which task, so the history records it. */
  private final java.util.function.BiConsumer<TaskRecord, String> started;

  /**
   * @param stores where activity tasks may wait; the first keeps the activities themselves
   * @param started told which worker took which task
   */
  Activities(
      List<Store> stores,
      InstantSource clock,
      java.util.function.BiConsumer<TaskRecord, String> started) {
    this.started = started;
    this.stores = List.copyOf(stores);
    this.clock = clock;
  }

  /** Whether a Task state's resource is an activity. */
  static boolean serves(String resource) {
    return ACTIVITY_ARN.matcher(resource).matches();
  }

  ActivityRecord create(String arn, String name) {
    Store store = stores.getFirst();
    store.createActivity(new ActivityRecord(arn, name, clock.instant()));
    // Idempotent by name: a second create returns the first one's record.
    return store.activity(arn).orElseThrow();
  }

  ActivityRecord describe(String arn) {
    requireArn(arn);
    return stores
        .getFirst()
        .activity(arn)
        .orElseThrow(() ->
            new EngineException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'"));
  }

  List<ActivityRecord> list() {
    return stores.getFirst().activities();
  }

  void delete(String arn) {
    requireArn(arn);
    stores.getFirst().deleteActivity(arn);
  }

  /** Waits up to {@code wait} for a task of the activity; empty when none came. */
  Optional<ActivityTask> poll(String arn, String workerName, Duration wait)
      throws InterruptedException {
    describe(arn);
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      for (Store store : stores) {
        String token = UUID.randomUUID() + "-" + UUID.randomUUID();
        Optional<TaskRecord> taken =
            store.claimActivityTask(arn, workerName, token, clock.instant());
        if (taken.isPresent()) {
          started.accept(taken.get(), workerName);
          return Optional.of(new ActivityTask(token, taken.get().parameters()));
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      long millis = Math.max(1, Math.min(RECHECK.toMillis(), left / 1_000_000));
      synchronized (scheduled) {
        scheduled.wait(millis);
      }
    }
  }

  @Override
  public TaskOutcome dispatch(TaskInvocation invocation) {
    if (stores.getFirst().activity(invocation.resource()).isEmpty()) {
      return new TaskOutcome.Failed(
          "States.Runtime", "The activity " + invocation.resource() + " does not exist.");
    }
    synchronized (scheduled) {
      scheduled.notifyAll();
    }
    return new TaskOutcome.Pending();
  }

  /** AWS's {@code InvalidArn} for anything but an activity ARN. */
  static void requireArn(String arn) {
    if (arn == null || !arn.startsWith("arn:") || arn.split(":", -1).length < 7) {
      throw new EngineException("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + arn + "'");
    }
    if (!serves(arn)) {
      throw new EngineException(
          "InvalidArn",
          "Invalid Arn: 'Resource type not valid in this context: " + arn.split(":")[5] + "'");
    }
  }
}
