package io.stepwell.engine.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the engine keeps durably. Implementations: {@link InMemoryStore} (Express executions and
 * tests), SQLite (the embedded default) and PostgreSQL (several nodes, one database). All run the
 * same contract tests.
 *
 * <p>Thread-safe. Every method is one transaction; {@link #createExecution} and {@link #appendStep}
 * are where durability is decided: when they return, the step is committed.
 */
public interface Store extends AutoCloseable {

  // ---- state machines ----

  /** Stores a new state machine or a new revision of one (same ARN, revision one higher). */
  void putStateMachine(StateMachineRecord stateMachine);

  /** The latest revision of a state machine. */
  Optional<StateMachineRecord> stateMachine(String arn);

  /** A given revision of a state machine. */
  Optional<StateMachineRecord> stateMachine(String arn, int revision);

  /** The latest revision of every state machine, by name. */
  List<StateMachineRecord> stateMachines();

  /**
   * Deletes a state machine (all revisions, versions and aliases); its executions stay until their
   * retention ends.
   */
  boolean deleteStateMachine(String arn);

  // ---- versions and aliases ----

  /**
   * Stores a new version.
   *
   * @return false, and changes nothing, when the state machine already has a version with that
   *     number (another caller published it first)
   */
  boolean createStateMachineVersion(StateMachineVersionRecord version);

  /** A version, by its ARN. */
  Optional<StateMachineVersionRecord> stateMachineVersion(String versionArn);

  /**
   * The highest version number a state machine ever had, deleted versions included (AWS never
   * reuses a number); 0 when it has had none.
   */
  int highestStateMachineVersion(String stateMachineArn);

  /** The versions of a state machine, newest (highest number) first. */
  List<StateMachineVersionRecord> stateMachineVersions(String stateMachineArn);

  /**
   * Deletes a version; executions that ran it keep its revision, and its number stays taken.
   *
   * @return whether it existed
   */
  boolean deleteStateMachineVersion(String versionArn);

  /**
   * Stores a new alias.
   *
   * @return false, and changes nothing, when an alias with that ARN exists
   */
  boolean createStateMachineAlias(StateMachineAliasRecord alias);

  /** An alias, by its ARN. */
  Optional<StateMachineAliasRecord> stateMachineAlias(String aliasArn);

  /** The aliases of a state machine, by name. */
  List<StateMachineAliasRecord> stateMachineAliases(String stateMachineArn);

  /**
   * Replaces an alias's description, routing and update time (its ARN names it).
   *
   * @return false, and changes nothing, when no alias has that ARN
   */
  boolean updateStateMachineAlias(StateMachineAliasRecord alias);

  /**
   * Deletes an alias.
   *
   * @return whether it existed
   */
  boolean deleteStateMachineAlias(String aliasArn);

  // ---- executions ----

  /**
   * Creates an execution with its first step (journal entry 1).
   *
   * @return false, and changes nothing, when an execution with that ARN exists
   */
  boolean createExecution(ExecutionRecord execution, StepRecord firstStep);

  Optional<ExecutionRecord> execution(String arn);

  /**
   * Executions of a state machine, newest first.
   *
   * @param stateMachineArn the state machine's ARN, or a version or alias ARN for the executions
   *     that ran that version or were started through that alias (see {@link ExecutionScope})
   * @param status only those with this status, or {@code null} for all
   * @param afterArn the last ARN of the previous page, or {@code null} for the first
   */
  List<ExecutionRecord> executions(String stateMachineArn, String status, int max, String afterArn);

  /**
   * Appends a step to a running execution's journal, atomically with everything the step changes.
   *
   * @param expectedJournalSize how many journal entries the caller's state was built from
   * @throws ConcurrentStepException when the journal has grown since: nothing was written
   */
  void appendStep(String executionArn, long expectedJournalSize, StepRecord step);

  /**
   * Deletes executions that ended before {@code cutoff} (their stop date is earlier), oldest first,
   * with everything kept for them (journal, history, timers, tasks): AWS keeps a closed execution
   * 90 days. Running executions are never deleted. Safe to call from several nodes at once.
   *
   * @param max at most this many
   * @return how many this call deleted
   */
  int deleteClosedExecutionsBefore(Instant cutoff, int max);

  /** The journal entries (handled events as JSON text), in order. */
  List<String> journal(String executionArn);

  /**
   * History events, in order or reversed.
   *
   * @param afterId return events after this id (before it when reversed); 0 to start at an end
   */
  List<StoredEvent> history(String executionArn, long afterId, int max, boolean reverse);

  // ---- timers and tasks ----

  /**
   * Claims timers due at {@code now}: each is handed to one claimer until {@code leaseUntil}, after
   * which another may claim it again (its claimer died before handling it).
   */
  List<TimerRecord> claimDueTimers(Instant now, int max, String claimer, Instant leaseUntil);

  /** The earliest time any timer is due, to sleep until then. */
  Optional<Instant> nextTimer();

  /** The task waiting for this token, if it still waits. */
  Optional<TaskRecord> taskByToken(String token);

  /** Tasks not yet answered, of running executions (to dispatch again after a restart). */
  List<TaskRecord> pendingTasks(int max);

  // ---- nested executions ----

  /** Remembers that a parent's task waits for a child's end; replaces the child's earlier link. */
  void putParentLink(ParentLink link);

  /**
   * Removes and returns the link of a child: of several callers (nodes) at once, exactly one gets
   * it, and so answers the parent.
   */
  Optional<ParentLink> takeParentLink(String childArn);

  /**
   * Links whose child has ended but that nobody took: the node that ended the child stopped before
   * it answered the parent.
   */
  List<ParentLink> parentLinksOfEndedChildren(int max);

  // ---- activities ----

  /**
   * Creates an activity.
   *
   * @return false, and changes nothing, when an activity with that ARN exists
   */
  boolean createActivity(ActivityRecord activity);

  /** An activity, if it exists. */
  Optional<ActivityRecord> activity(String arn);

  /** Every activity, by name. */
  List<ActivityRecord> activities();

  /**
   * Deletes an activity. Tasks already scheduled for it stay until they are answered or time out.
   *
   * @return whether it existed
   */
  boolean deleteActivity(String arn);

  /**
   * Hands the oldest task waiting for the activity {@code activityArn} (a task of a running
   * execution whose resource is that ARN and that no worker has taken yet) to one worker, durably:
   * the task gets {@code token}, found from then on by {@link #taskByToken}, and is never handed
   * out again, by this store or by another node sharing the database. A worker that never answers
   * does not get its task back into the queue: the Task state's timeouts fail it (the interpreter's
   * own timers), and a retry schedules a new task that is offered again.
   *
   * @param workerName the worker's name as it gave it, or {@code null}
   * @param token the new, unique task token to give the task
   * @param now when it was taken
   * @return the task taken, carrying {@code token}; empty when none waits
   */
  Optional<TaskRecord> claimActivityTask(
      String activityArn, String workerName, String token, Instant now);

  @Override
  void close();
}
