package io.stepwell.server.metrics;

import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.ParentLink;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import io.stepwell.engine.store.TimerRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Store} that times its commits: {@link #createExecution} and {@link #appendStep}, where
 * durability is decided, go into {@code stepwell_store_commit_seconds}; everything else is handed
 * to the wrapped store untouched. Whoever builds the engine wraps its store:
 *
 * <pre>{@code
 * StepwellMetrics metrics = new StepwellMetrics();
 * Engine engine = Engine.builder(new MeteredStore(JdbcStore.sqlite(dir), metrics)).build();
 * }</pre>
 *
 * A commit that throws (a concurrent step, a store failure) is timed too: it cost the caller.
 */
public final class MeteredStore implements Store {
  private final Store delegate;
  private final StepwellMetrics metrics;

  public MeteredStore(Store delegate, StepwellMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  /** The store this one wraps. */
  public Store delegate() {
    return delegate;
  }

  @Override
  public boolean createExecution(ExecutionRecord execution, StepRecord firstStep) {
    long start = System.nanoTime();
    try {
      return delegate.createExecution(execution, firstStep);
    } finally {
      metrics.recordCreateExecution(System.nanoTime() - start);
    }
  }

  @Override
  public void appendStep(String executionArn, long expectedJournalSize, StepRecord step) {
    long start = System.nanoTime();
    try {
      delegate.appendStep(executionArn, expectedJournalSize, step);
    } finally {
      metrics.recordAppendStep(System.nanoTime() - start);
    }
  }

  @Override
  public void putStateMachine(StateMachineRecord stateMachine) {
    delegate.putStateMachine(stateMachine);
  }

  @Override
  public Optional<StateMachineRecord> stateMachine(String arn) {
    return delegate.stateMachine(arn);
  }

  @Override
  public Optional<StateMachineRecord> stateMachine(String arn, int revision) {
    return delegate.stateMachine(arn, revision);
  }

  @Override
  public List<StateMachineRecord> stateMachines() {
    return delegate.stateMachines();
  }

  @Override
  public boolean deleteStateMachine(String arn) {
    return delegate.deleteStateMachine(arn);
  }

  @Override
  public boolean createStateMachineVersion(StateMachineVersionRecord version) {
    return delegate.createStateMachineVersion(version);
  }

  @Override
  public Optional<StateMachineVersionRecord> stateMachineVersion(String versionArn) {
    return delegate.stateMachineVersion(versionArn);
  }

  @Override
  public int highestStateMachineVersion(String stateMachineArn) {
    return delegate.highestStateMachineVersion(stateMachineArn);
  }

  @Override
  public List<StateMachineVersionRecord> stateMachineVersions(String stateMachineArn) {
    return delegate.stateMachineVersions(stateMachineArn);
  }

  @Override
  public boolean deleteStateMachineVersion(String versionArn) {
    return delegate.deleteStateMachineVersion(versionArn);
  }

  @Override
  public boolean createStateMachineAlias(StateMachineAliasRecord alias) {
    return delegate.createStateMachineAlias(alias);
  }

  @Override
  public Optional<StateMachineAliasRecord> stateMachineAlias(String aliasArn) {
    return delegate.stateMachineAlias(aliasArn);
  }

  @Override
  public List<StateMachineAliasRecord> stateMachineAliases(String stateMachineArn) {
    return delegate.stateMachineAliases(stateMachineArn);
  }

  @Override
  public boolean updateStateMachineAlias(StateMachineAliasRecord alias) {
    return delegate.updateStateMachineAlias(alias);
  }

  @Override
  public boolean deleteStateMachineAlias(String aliasArn) {
    return delegate.deleteStateMachineAlias(aliasArn);
  }

  @Override
  public Optional<ExecutionRecord> execution(String arn) {
    return delegate.execution(arn);
  }

  @Override
  public List<ExecutionRecord> executions(
      String stateMachineArn, String status, int max, String afterArn) {
    return delegate.executions(stateMachineArn, status, max, afterArn);
  }

  @Override
  public int deleteClosedExecutionsBefore(Instant cutoff, int max) {
    return delegate.deleteClosedExecutionsBefore(cutoff, max);
  }

  @Override
  public List<String> journal(String executionArn) {
    return delegate.journal(executionArn);
  }

  @Override
  public List<StoredEvent> history(String executionArn, long afterId, int max, boolean reverse) {
    return delegate.history(executionArn, afterId, max, reverse);
  }

  @Override
  public List<TimerRecord> claimDueTimers(
      Instant now, int max, String claimer, Instant leaseUntil) {
    return delegate.claimDueTimers(now, max, claimer, leaseUntil);
  }

  @Override
  public Optional<Instant> nextTimer() {
    return delegate.nextTimer();
  }

  @Override
  public Optional<TaskRecord> taskByToken(String token) {
    return delegate.taskByToken(token);
  }

  @Override
  public List<TaskRecord> pendingTasks(int max) {
    return delegate.pendingTasks(max);
  }

  @Override
  public void putParentLink(ParentLink link) {
    delegate.putParentLink(link);
  }

  @Override
  public Optional<ParentLink> takeParentLink(String childArn) {
    return delegate.takeParentLink(childArn);
  }

  @Override
  public List<ParentLink> parentLinksOfEndedChildren(int max) {
    return delegate.parentLinksOfEndedChildren(max);
  }

  @Override
  public boolean createActivity(ActivityRecord activity) {
    return delegate.createActivity(activity);
  }

  @Override
  public Optional<ActivityRecord> activity(String arn) {
    return delegate.activity(arn);
  }

  @Override
  public List<ActivityRecord> activities() {
    return delegate.activities();
  }

  @Override
  public boolean deleteActivity(String arn) {
    return delegate.deleteActivity(arn);
  }

  @Override
  public Optional<TaskRecord> claimActivityTask(
      String activityArn, String workerName, String token, Instant now) {
    return delegate.claimActivityTask(activityArn, workerName, token, now);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
