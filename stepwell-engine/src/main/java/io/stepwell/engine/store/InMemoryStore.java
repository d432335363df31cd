package io.stepwell.engine.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store in memory, for Express executions and tests: nothing survives the process. One lock
 * around everything makes each method one transaction.
 */
public final class InMemoryStore implements Store {
  private final Map<String, List<StateMachineRecord>> machines = new LinkedHashMap<>();
  private final Map<String, Execution> executions = new LinkedHashMap<>();
  private final Map<String, TaskRecord> tokens = new HashMap<>();
  private final Map<String, ActivityRecord> activities = new LinkedHashMap<>();
  private final Map<String, StateMachineVersionRecord> versions = new LinkedHashMap<>();
  private final Map<String, StateMachineAliasRecord> aliases = new LinkedHashMap<>();
  private final Map<String, Integer> highestVersions = new HashMap<>();
  private final Map<String, ParentLink> parentLinks = new LinkedHashMap<>();
  private final int maxFinished;

  /** A store that keeps everything. */
  public InMemoryStore() {
    this(Integer.MAX_VALUE);
  }

  /** A store that forgets the oldest finished executions beyond {@code maxFinished}. */
  public InMemoryStore(int maxFinished) {
    this.maxFinished = maxFinished;
  }

  private static final class Execution {
    ExecutionRecord record;
    final List<String> journal = new ArrayList<>();
    final List<StoredEvent> history = new ArrayList<>();
    final Map<Long, TimerRecord> timers = new HashMap<>();
    final Map<Long, Instant> leases = new HashMap<>();
    final Map<Long, TaskRecord> tasks = new HashMap<>();
    final java.util.Set<Long> claimed = new java.util.HashSet<>();

    Execution(ExecutionRecord record) {
      this.record = record;
    }
  }

  @Override
  public synchronized void putStateMachine(StateMachineRecord stateMachine) {
    machines.computeIfAbsent(stateMachine.arn(), a -> new ArrayList<>()).add(stateMachine);
  }

  @Override
  public synchronized Optional<StateMachineRecord> stateMachine(String arn) {
    List<StateMachineRecord> revisions = machines.get(arn);
    return revisions == null ? Optional.empty() : Optional.of(revisions.getLast());
  }

  @Override
  public synchronized Optional<StateMachineRecord> stateMachine(String arn, int revision) {
    List<StateMachineRecord> revisions = machines.get(arn);
    if (revisions == null) {
      return Optional.empty();
    }
    return revisions.stream().filter(r -> r.revision() == revision).findFirst();
  }

  @Override
  public synchronized List<StateMachineRecord> stateMachines() {
    return machines.values().stream()
        .map(List::getLast)
        .sorted(Comparator.comparing(StateMachineRecord::name))
        .toList();
  }

  @Override
  public synchronized boolean deleteStateMachine(String arn) {
    versions.values().removeIf(v -> v.stateMachineArn().equals(arn));
    highestVersions.remove(arn);
    aliases.values().removeIf(a -> a.stateMachineArn().equals(arn));
    return machines.remove(arn) != null;
  }

  @Override
  public synchronized boolean createStateMachineVersion(StateMachineVersionRecord version) {
    if (version.version() <= highestStateMachineVersion(version.stateMachineArn())) {
      return false;
    }
    versions.put(version.arn(), version);
    highestVersions.put(version.stateMachineArn(), version.version());
    return true;
  }

  @Override
  public synchronized int highestStateMachineVersion(String stateMachineArn) {
    return highestVersions.getOrDefault(stateMachineArn, 0);
  }

  @Override
  public synchronized Optional<StateMachineVersionRecord> stateMachineVersion(String versionArn) {
    return Optional.ofNullable(versions.get(versionArn));
  }

  @Override
  public synchronized List<StateMachineVersionRecord> stateMachineVersions(String stateMachineArn) {
    return versions.values().stream()
        .filter(v -> v.stateMachineArn().equals(stateMachineArn))
        .sorted(Comparator.comparingInt(StateMachineVersionRecord::version).reversed())
        .toList();
  }

  @Override
  public synchronized boolean deleteStateMachineVersion(String versionArn) {
    return versions.remove(versionArn) != null;
  }

  @Override
  public synchronized boolean createStateMachineAlias(StateMachineAliasRecord alias) {
    return aliases.putIfAbsent(alias.arn(), alias) == null;
  }

  @Override
  public synchronized Optional<StateMachineAliasRecord> stateMachineAlias(String aliasArn) {
    return Optional.ofNullable(aliases.get(aliasArn));
  }

  @Override
  public synchronized List<StateMachineAliasRecord> stateMachineAliases(String stateMachineArn) {
    return aliases.values().stream()
        .filter(a -> a.stateMachineArn().equals(stateMachineArn))
        .sorted(Comparator.comparing(StateMachineAliasRecord::name))
        .toList();
  }

  @Override
  public synchronized boolean updateStateMachineAlias(StateMachineAliasRecord alias) {
    return aliases.replace(alias.arn(), alias) != null;
  }

  @Override
  public synchronized boolean deleteStateMachineAlias(String aliasArn) {
    return aliases.remove(aliasArn) != null;
  }

  @Override
  public synchronized boolean createExecution(ExecutionRecord execution, StepRecord firstStep) {
    if (executions.containsKey(execution.arn())) {
      return false;
    }
    Execution e = new Execution(execution);
    executions.put(execution.arn(), e);
    apply(e, firstStep);
    return true;
  }

  @Override
  public synchronized Optional<ExecutionRecord> execution(String arn) {
    Execution e = executions.get(arn);
    return e == null ? Optional.empty() : Optional.of(e.record);
  }

  @Override
  public synchronized List<ExecutionRecord> executions(
      String stateMachineArn, String status, int max, String afterArn) {
    List<ExecutionRecord> all = new ArrayList<>();
    ExecutionScope scope = ExecutionScope.of(stateMachineArn);
    for (Execution e : executions.values()) {
      String of =
          switch (scope) {
            case STATE_MACHINE -> e.record.stateMachineArn();
            case VERSION -> e.record.stateMachineVersionArn();
            case ALIAS -> e.record.stateMachineAliasArn();
          };
      if (stateMachineArn.equals(of) && (status == null || status.equals(e.record.status()))) {
        all.add(e.record);
      }
    }
    all.sort(
        Comparator.comparing(ExecutionRecord::startDate)
            .thenComparing(ExecutionRecord::arn)
            .reversed());
    int from = 0;
    if (afterArn != null) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).arn().equals(afterArn)) {
          from = i + 1;
          break;
        }
      }
    }
    return List.copyOf(all.subList(Math.min(from, all.size()), Math.min(from + max, all.size())));
  }

  @Override
  public synchronized void appendStep(
      String executionArn, long expectedJournalSize, StepRecord step) {
    Execution e = executions.get(executionArn);
    if (e == null) {
      throw new StoreException("no execution " + executionArn);
    }
    if (e.journal.size() != expectedJournalSize) {
      throw new ConcurrentStepException(executionArn, expectedJournalSize, e.journal.size());
    }
    apply(e, step);
  }

  private void apply(Execution e, StepRecord step) {
    e.journal.add(step.journalEntry());
    e.history.addAll(step.events());
    ExecutionRecord r = e.record;
    e.record =
        new ExecutionRecord(
            r.arn(),
            r.stateMachineArn(),
            r.revision(),
            r.name(),
            step.status(),
            r.input(),
            step.output(),
            step.error(),
            step.cause(),
            r.startDate(),
            step.stopDate(),
            r.stateMachineVersionArn(),
            r.stateMachineAliasArn(),
            r.redriveCount() + (step.redriveDate() == null ? 0 : 1),
            step.redriveDate() == null ? r.redriveDate() : step.redriveDate(),
            null,
            null);
    for (long id : step.timersRemoved()) {
      e.timers.remove(id);
      e.leases.remove(id);
    }
    for (TimerRecord t : step.timersAdded()) {
      e.timers.put(t.timerId(), t);
    }
    for (long id : step.tasksRemoved()) {
      TaskRecord t = e.tasks.remove(id);
      e.claimed.remove(id);
      if (t != null && t.token() != null) {
        tokens.remove(t.token());
      }
    }
    for (TaskRecord t : step.tasksAdded()) {
      e.tasks.put(t.taskId(), t);
      if (t.token() != null) {
        tokens.put(t.token(), t);
      }
    }
    if (!"RUNNING".equals(step.status())) {
      forgetOldFinished(r.arn());
      e.timers.clear();
      e.leases.clear();
      for (TaskRecord t : e.tasks.values()) {
        if (t.token() != null) {
          tokens.remove(t.token());
        }
      }
      e.tasks.clear();
      e.claimed.clear();
    }
  }

  private final java.util.ArrayDeque<String> finished = new java.util.ArrayDeque<>();

  private void forgetOldFinished(String justFinished) {
    if (maxFinished == Integer.MAX_VALUE) {
      return;
    }
    finished.add(justFinished);
    while (finished.size() > maxFinished) {
      String forgotten = finished.poll();
      executions.remove(forgotten);
      parentLinks.remove(forgotten);
    }
  }

  @Override
  public synchronized int deleteClosedExecutionsBefore(Instant cutoff, int max) {
    List<ExecutionRecord> closed = new ArrayList<>();
    for (Execution e : executions.values()) {
      Instant stop = e.record.stopDate();
      if (!"RUNNING".equals(e.record.status()) && stop != null && stop.isBefore(cutoff)) {
        closed.add(e.record);
      }
    }
    closed.sort(Comparator.comparing(ExecutionRecord::stopDate));
    int deleted = 0;
    for (ExecutionRecord r : closed.subList(0, Math.min(Math.max(max, 0), closed.size()))) {
      executions.remove(r.arn());
      finished.remove(r.arn());
      parentLinks.remove(r.arn());
      deleted++;
    }
    return deleted;
  }

  @Override
  public synchronized List<String> journal(String executionArn) {
    Execution e = executions.get(executionArn);
    return e == null ? List.of() : List.copyOf(e.journal);
  }

  @Override
  public synchronized List<StoredEvent> history(
      String executionArn, long afterId, int max, boolean reverse) {
    Execution e = executions.get(executionArn);
    if (e == null) {
      return List.of();
    }
    List<StoredEvent> out = new ArrayList<>();
    List<StoredEvent> events = e.history;
    if (!reverse) {
      for (StoredEvent ev : events) {
        if (ev.id() > afterId && out.size() < max) {
          out.add(ev);
        }
      }
    } else {
      for (int i = events.size() - 1; i >= 0 && out.size() < max; i--) {
        StoredEvent ev = events.get(i);
        if (afterId == 0 || ev.id() < afterId) {
          out.add(ev);
        }
      }
    }
    return out;
  }

  @Override
  public synchronized List<TimerRecord> claimDueTimers(
      Instant now, int max, String claimer, Instant leaseUntil) {
    List<TimerRecord> due = new ArrayList<>();
    for (Execution e : executions.values()) {
      for (TimerRecord t : e.timers.values()) {
        Instant lease = e.leases.get(t.timerId());
        if (!t.fireAt().isAfter(now) && (lease == null || lease.isBefore(now))) {
          due.add(t);
        }
      }
    }
    due.sort(Comparator.comparing(TimerRecord::fireAt));
    List<TimerRecord> claimed = List.copyOf(due.subList(0, Math.min(max, due.size())));
    for (TimerRecord t : claimed) {
      executions.get(t.executionArn()).leases.put(t.timerId(), leaseUntil);
    }
    return claimed;
  }

  @Override
  public synchronized Optional<Instant> nextTimer() {
    return executions.values().stream()
        .flatMap(e -> e.timers.values().stream())
        .map(TimerRecord::fireAt)
        .min(Comparator.naturalOrder());
  }

  @Override
  public synchronized Optional<TaskRecord> taskByToken(String token) {
    return Optional.ofNullable(tokens.get(token));
  }

  @Override
  public synchronized List<TaskRecord> pendingTasks(int max) {
    List<TaskRecord> out = new ArrayList<>();
    for (Execution e : executions.values()) {
      for (TaskRecord t : e.tasks.values()) {
        if (out.size() < max) {
          out.add(t);
        }
      }
    }
    return out;
  }

  @Override
  public synchronized void putParentLink(ParentLink link) {
    parentLinks.put(link.childArn(), link);
  }

  @Override
  public synchronized Optional<ParentLink> takeParentLink(String childArn) {
    return Optional.ofNullable(parentLinks.remove(childArn));
  }

  @Override
  public synchronized List<ParentLink> parentLinksOfEndedChildren(int max) {
    List<ParentLink> out = new ArrayList<>();
    for (ParentLink link : parentLinks.values()) {
      Execution child = executions.get(link.childArn());
      if (out.size() < max && child != null && !"RUNNING".equals(child.record.status())) {
        out.add(link);
      }
    }
    return out;
  }

  @Override
  public synchronized boolean createActivity(ActivityRecord activity) {
    return activities.putIfAbsent(activity.arn(), activity) == null;
  }

  @Override
  public synchronized Optional<ActivityRecord> activity(String arn) {
    return Optional.ofNullable(activities.get(arn));
  }

  @Override
  public synchronized List<ActivityRecord> activities() {
    return activities.values().stream()
        .sorted(Comparator.comparing(ActivityRecord::name).thenComparing(ActivityRecord::arn))
        .toList();
  }

  @Override
  public synchronized boolean deleteActivity(String arn) {
    return activities.remove(arn) != null;
  }

  @Override
  public synchronized Optional<TaskRecord> claimActivityTask(
      String activityArn, String workerName, String token, Instant now) {
    Execution owner = null;
    TaskRecord oldest = null;
    for (Execution e : executions.values()) {
      for (TaskRecord t : e.tasks.values()) {
        if (t.resource().equals(activityArn)
            && !e.claimed.contains(t.taskId())
            && (oldest == null || older(t, oldest))) {
          owner = e;
          oldest = t;
        }
      }
    }
    if (owner == null) {
      return Optional.empty();
    }
    TaskRecord taken =
        new TaskRecord(
            oldest.executionArn(),
            oldest.taskId(),
            oldest.resource(),
            oldest.parameters(),
            token,
            oldest.createdAt());
    owner.claimed.add(taken.taskId());
    owner.tasks.put(taken.taskId(), taken);
    if (oldest.token() != null) {
      tokens.remove(oldest.token());
    }
    tokens.put(token, taken);
    return Optional.of(taken);
  }

  private static boolean older(TaskRecord a, TaskRecord b) {
    int byTime = a.createdAt().compareTo(b.createdAt());
    if (byTime != 0) {
      return byTime < 0;
    }
    int byExecution = a.executionArn().compareTo(b.executionArn());
    return byExecution != 0 ? byExecution < 0 : a.taskId() < b.taskId();
  }

  @Override
  public void close() {
    // nothing to release
  }
}
