package io.stepwell.engine;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.eval.Command;
import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.ExecutionInfo;
import io.stepwell.asl.eval.Interpreter;
import io.stepwell.asl.eval.Step;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.asl.model.DefinitionParser;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.asl.validate.Validator;
import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.ExecutionScope;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Stepwell's engine, embeddable: state machines, durable Standard executions, timers and task
 * callbacks, on a {@link Store}.
 *
 * <p>Implementation note: an execution's state is never the only copy. Every interpreter step is
 * committed to the store with the event it handled (the journal); the state is cached while the
 * execution is busy and rebuilt by replaying the journal after a restart, on another node, or when
 * the cache evicted it. A step's effects (dispatching tasks, waking waiters) happen only after its
 * commit, so a crash loses nothing that was acknowledged; a task whose step committed but whose
 * dispatch did not happen is dispatched again on recovery (at least once across a crash).
 */
public final class Engine implements AutoCloseable {
  /** The region ARNs name unless the builder says otherwise. */
  public static final String DEFAULT_REGION = "us-east-1";

  /** The account ARNs name unless the builder says otherwise (AWS's documentation account). */
  public static final String DEFAULT_ACCOUNT = "123456789012";

  private static final int EXPRESS_RECORDS = 1000;
  private static final java.util.random.RandomGenerator SEEDS = new StripedSecureRandom();

  private final Store store;
  private final String region;
  private final String account;

  /** Express executions: in memory, no durable history, a bounded record of recent ones. */
  private final io.stepwell.engine.store.InMemoryStore express;

  private final InstantSource clock;
  private final String node;
  private final TaskRouter tasks;
  private final NestedExecutions nested;
  private final Activities activities;
  private final StateMachineVersions versions;
  private final List<HistoryListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  private final StepLoop steps;
  private final Redrives redrives;
  private final ExecutionStarter starter;
  private final RetentionSweeper retention;

  private final Map<String, StateMachine> compiled = new ConcurrentHashMap<>();
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final TimerLoop timers;
  private final io.stepwell.engine.bucket.BucketStore buckets;
  private final Thread timerLoop;
  private final Thread sweeper;

  private Engine(Builder b) {
    this.store = b.store;
    this.express = new io.stepwell.engine.store.InMemoryStore(b.recentExpressExecutions);
    this.region = b.region;
    this.account = b.account;
    this.clock = b.clock;
    this.node = b.node;
    this.buckets = b.buckets;
    this.nested = new NestedExecutions(this, this::storeFor);
    this.versions = new StateMachineVersions(store, clock, b.random);
    this.steps =
        new StepLoop(
            store, this::storeFor, clock, b.cachedExecutions, this::interpreter, this::afterCommit);
    this.redrives = new Redrives(store, steps, clock, b.maxHistoryEvents);
    this.starter =
        new ExecutionStarter(
            region,
            account,
            this::storeFor,
            clock,
            SEEDS,
            steps,
            this::interpreter,
            this::afterCommit,
            b.maxHistoryEvents);
    this.retention = new RetentionSweeper(store, clock, b.retention);
    List<TaskRouter.Route> all = new ArrayList<>(b.routes);
    all.add(new TaskRouter.Route(r -> r.startsWith(NestedExecutions.PREFIX), nested));
    this.activities =
        new Activities(
            List.of(store, express),
            clock,
            (task, worker) ->
                handle(
                    task.executionArn(),
                    new Event.TaskStarted(clock.instant(), task.taskId(), worker)));
    all.add(new TaskRouter.Route(Activities::serves, activities));
    this.tasks = new TaskRouter(all, clock, this::handle);
    this.timers = new TimerLoop(List.of(store, express), clock, node, this::handle);
    // Last: recovered tasks may answer at once, and their steps may start timers.
    recover();
    this.timerLoop =
        b.runTimers
            ? Thread.ofVirtual().name("stepwell-timers").start(() -> timers.run(workers))
            : null;
    this.sweeper =
        b.runTimers
            ? Thread.ofVirtual()
                .name("stepwell-housekeeping")
                .start(new Housekeeping(retention, () -> nested.answerLost(store)))
            : null;
  }

  /** A builder; the store is required. */
  public static Builder builder(Store store) {
    return new Builder(store);
  }

  /** How an engine is put together. */
  public static final class Builder {
    private final Store store;

    private InstantSource clock = InstantSource.system();
    private String region = DEFAULT_REGION;
    private String account = DEFAULT_ACCOUNT;
    private String node = "node-1";
    private final List<TaskRouter.Route> routes = new ArrayList<>();
    private boolean runTimers = true;
    private java.util.random.RandomGenerator random = SEEDS;
    private int cachedExecutions = 10_000;
    private int recentExpressExecutions = EXPRESS_RECORDS;
    private io.stepwell.engine.bucket.BucketStore buckets =
        new io.stepwell.engine.bucket.InMemoryBucketStore();
    private int maxHistoryEvents = ExecutionInfo.AWS_MAX_HISTORY_EVENTS;
    private Duration retention = RetentionSweeper.AWS_RETENTION;

    private Builder(Store store) {
      this.store = store;
    }

    /**
     * The clock; a test clock makes timers fire when the test says (see {@link #fireDueTimers}).
     */
    public Builder clock(InstantSource clock) {
      this.clock = clock;
      return this;
    }

    /** The randomness that picks which version of an alias an execution runs. */
    public Builder random(java.util.random.RandomGenerator random) {
      this.random = random;
      return this;
    }

    /** The region and account that the ARNs of state machines, executions and activities name. */
    public Builder arnScope(String region, String account) {
      if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d") || !account.matches("\\d{12}")) {
        throw new IllegalArgumentException(
            "region must look like us-east-1 and account be 12 digits: " + region + ", " + account);
      }
      this.region = region;
      this.account = account;
      return this;
    }

    /** This node's name, recorded on the timers it claims. */
    public Builder node(String node) {
      this.node = node;
      return this;
    }

    /** Tasks whose resource ARN starts with {@code prefix} go to {@code dispatcher}. */
    public Builder tasks(String prefix, TaskDispatcher dispatcher) {
      routes.add(new TaskRouter.Route(r -> r.startsWith(prefix), dispatcher));
      return this;
    }

    /**
     * Task states that call Lambda (a function ARN or {@code lambda:invoke}) run the functions of
     * {@code host}.
     */
    public Builder functions(io.stepwell.functions.FunctionHost host) {
      routes.add(
          new TaskRouter.Route(
              io.stepwell.engine.lambda.LambdaDispatcher::serves,
              new io.stepwell.engine.lambda.LambdaDispatcher(host, clock)));
      return this;
    }

    /**
     * How many running executions' states stay in memory (default 10,000); the others are rebuilt
     * from their journals when an event comes for them.
     */
    public Builder cachedExecutions(int cachedExecutions) {
      if (cachedExecutions < 0) {
        throw new IllegalArgumentException("cachedExecutions must not be negative");
      }
      this.cachedExecutions = cachedExecutions;
      return this;
    }

    /**
     * How many ended Express executions stay in memory for a developer to inspect (default 1,000;
     * Express executions keep no durable record).
     */
    public Builder recentExpressExecutions(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("recentExpressExecutions must not be negative");
      }
      this.recentExpressExecutions = count;
      return this;
    }

    /** Where Distributed Maps read items and write results ({@code s3://bucket/key}). */
    public Builder buckets(io.stepwell.engine.bucket.BucketStore buckets) {
      this.buckets = buckets;
      return this;
    }

    /**
     * The most history events a Standard execution may have (default AWS's 25,000): the event that
     * would pass it fails the execution with {@code States.Runtime}, "The execution reached the
     * maximum number of history events (N)." Fixed for each execution when it starts. Express
     * executions have no limit, as on AWS.
     */
    public Builder maxHistoryEvents(int maxHistoryEvents) {
      if (maxHistoryEvents < 3) {
        throw new IllegalArgumentException("maxHistoryEvents must be at least 3");
      }
      this.maxHistoryEvents = maxHistoryEvents;
      return this;
    }

    /**
     * How long closed executions are kept (default AWS's 90 days after they end): a background
     * sweep (see {@link #runTimers}) deletes older ones with their history; {@link
     * Engine#deleteExpiredExecutions} sweeps at once.
     */
    public Builder retention(Duration retention) {
      if (retention.isNegative() || retention.isZero()) {
        throw new IllegalArgumentException("retention must be positive");
      }
      this.retention = retention;
      return this;
    }

    /**
     * Whether background loops fire due timers and sweep expired executions (default yes; tests
     * drive them by hand).
     */
    public Builder runTimers(boolean runTimers) {
      this.runTimers = runTimers;
      return this;
    }

    public Engine build() {
      return new Engine(this);
    }
  }

  /** Told of history events as they are committed (the console watches executions this way). */
  public void addListener(HistoryListener listener) {
    listeners.add(listener);
  }

  /** The region this engine's ARNs name. */
  public String region() {
    return region;
  }

  /** The account this engine's ARNs name. */
  public String account() {
    return account;
  }

  // ---------------------------------------------------------------- state machines

  /**
   * Creates a state machine, or returns the existing one when the name, type and definition are the
   * same (as AWS does).
   *
   * @throws EngineException {@code InvalidDefinition}, {@code InvalidName}, {@code
   *     StateMachineAlreadyExists}
   */
  public StateMachineRecord createStateMachine(
      String name, String definition, String type, String roleArn) {
    requireName(name);
    String kind = type == null ? "STANDARD" : type;
    compile(definition, kind);
    String arn = "arn:aws:states:" + region + ":" + account + ":stateMachine:" + name;
    Optional<StateMachineRecord> existing = store.stateMachine(arn);
    if (existing.isPresent()) {
      StateMachineRecord e = existing.get();
      if (e.definition().equals(definition) && e.type().equals(kind)) {
        return e;
      }
      throw new EngineException(
          "StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }
    Instant now = clock.instant();
    StateMachineRecord record =
        new StateMachineRecord(arn, name, kind, definition, roleArn, 1, now, now);
    store.putStateMachine(record);
    return record;
  }

  /** A new revision; running executions keep theirs. */
  public StateMachineRecord updateStateMachine(String arn, String definition) {
    StateMachineRecord current = stateMachine(arn);
    compile(definition, current.type());
    StateMachineRecord next =
        new StateMachineRecord(
            arn,
            current.name(),
            current.type(),
            definition,
            current.roleArn(),
            current.revision() + 1,
            current.createdAt(),
            clock.instant());
    store.putStateMachine(next);
    return next;
  }

  /** The latest revision of every state machine, by name. */
  public List<StateMachineRecord> listStateMachines() {
    return store.stateMachines();
  }

  /**
   * Deletes a state machine with its versions and aliases; its executions stay until retention
   * removes them. Deleting one that does not exist succeeds, as on AWS.
   */
  public void deleteStateMachine(String arn) {
    store.deleteStateMachine(arn);
  }

  /**
   * Executions of a state machine, newest first (Express ones from the in-memory record of recent
   * executions). A version ARN lists the executions that ran that version (started from it or
   * through an alias); an alias ARN those started through the alias, as on AWS.
   *
   * @param status only those with this status, or {@code null} for all
   * @param afterArn the last ARN of the previous page, or {@code null} for the first
   * @throws EngineException {@code StateMachineDoesNotExist}; for a version or alias ARN {@code
   *     InvalidArn}, {@code ResourceNotFound}
   */
  public List<ExecutionRecord> listExecutions(
      String stateMachineArn, String status, int max, String afterArn) {
    String unqualified = stateMachineArn;
    if (stateMachineArn != null
        && stateMachineArn.contains(":stateMachine:")
        && ExecutionScope.of(stateMachineArn) != ExecutionScope.STATE_MACHINE) {
      unqualified =
          ExecutionScope.of(stateMachineArn) == ExecutionScope.VERSION
              ? versions.describeVersion(stateMachineArn).stateMachineArn()
              : versions.describeAlias(stateMachineArn).stateMachineArn();
    }
    StateMachineRecord sm = stateMachine(unqualified);
    Store source = "EXPRESS".equals(sm.type()) ? express : store;
    return source.executions(stateMachineArn, status, max, afterArn);
  }

  /**
   * {@code DescribeStateMachine}: for a state machine ARN its latest revision; for a version ARN
   * the revision the version names, under the version's ARN and with its creation date.
   *
   * @throws EngineException {@code StateMachineDoesNotExist}; {@code InvalidArn} for an alias ARN
   *     or a malformed one; {@code ResourceNotFound} for a version that does not exist
   */
  public StateMachineRecord describeStateMachine(String arnOrVersionArn) {
    if (arnOrVersionArn == null
        || !arnOrVersionArn.contains(":stateMachine:")
        || ExecutionScope.of(arnOrVersionArn) == ExecutionScope.STATE_MACHINE) {
      return stateMachine(arnOrVersionArn);
    }
    if (ExecutionScope.of(arnOrVersionArn) == ExecutionScope.ALIAS) {
      throw StateMachineVersions.invalidArn(arnOrVersionArn);
    }
    StateMachineVersionRecord v = versions.describeVersion(arnOrVersionArn);
    StateMachineRecord revision =
        store
            .stateMachine(v.stateMachineArn(), v.revision())
            .orElseThrow(() ->
                new EngineException(
                    "StateMachineDoesNotExist",
                    "State Machine Does Not Exist: '" + arnOrVersionArn + "'"));
    return new StateMachineRecord(
        v.arn(),
        revision.name(),
        revision.type(),
        revision.definition(),
        revision.roleArn(),
        revision.revision(),
        v.createdAt(),
        v.createdAt());
  }

  /** The latest revision of a state machine. */
  public StateMachineRecord stateMachine(String arn) {
    return store
        .stateMachine(arn)
        .orElseThrow(() ->
            new EngineException(
                "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'"));
  }

  // ---------------------------------------------------------------- versions and aliases

  /**
   * {@code PublishStateMachineVersion}: a version of the current revision, numbered from 1; when
   * the current revision is already the latest version, that version (as AWS does).
   *
   * @throws EngineException {@code InvalidArn}, {@code StateMachineDoesNotExist}, {@code
   *     ConflictException}
   */
  public StateMachineVersionRecord publishStateMachineVersion(
      String stateMachineArn, String description) {
    requireUnqualified(stateMachineArn);
    return versions.publish(stateMachine(stateMachineArn), description);
  }

  /**
   * {@code ListStateMachineVersions}: newest first.
   *
   * @throws EngineException {@code InvalidArn}, {@code StateMachineDoesNotExist}
   */
  public List<StateMachineVersionRecord> listStateMachineVersions(String stateMachineArn) {
    requireUnqualified(stateMachineArn);
    stateMachine(stateMachineArn);
    return store.stateMachineVersions(stateMachineArn);
  }

  /**
   * {@code DeleteStateMachineVersion}; deleting one that does not exist is not an error.
   *
   * @throws EngineException {@code InvalidArn}; {@code ConflictException} while an alias routes to
   *     it
   */
  public void deleteStateMachineVersion(String versionArn) {
    versions.deleteVersion(versionArn);
  }

  /**
   * {@code CreateStateMachineAlias}: idempotent when the description and routing are the same.
   *
   * @param routing one or two versions of one state machine, weights summing to 100
   * @throws EngineException {@code InvalidName}, {@code InvalidArn}, {@code ValidationException},
   *     {@code ResourceNotFound} (a version), {@code ConflictException} (the name is taken)
   */
  public StateMachineAliasRecord createStateMachineAlias(
      String name, String description, List<AliasRoute> routing) {
    return versions.createAlias(name, description, routing);
  }

  /**
   * {@code DescribeStateMachineAlias}.
   *
   * @throws EngineException {@code InvalidArn}, {@code ResourceNotFound}
   */
  public StateMachineAliasRecord describeStateMachineAlias(String aliasArn) {
    return versions.describeAlias(aliasArn);
  }

  /**
   * {@code ListStateMachineAliases}: by name.
   *
   * @throws EngineException {@code InvalidArn}, {@code StateMachineDoesNotExist}
   */
  public List<StateMachineAliasRecord> listStateMachineAliases(String stateMachineArn) {
    requireUnqualified(stateMachineArn);
    stateMachine(stateMachineArn);
    return store.stateMachineAliases(stateMachineArn);
  }

  /**
   * {@code UpdateStateMachineAlias}: a {@code null} description or routing is left as it is.
   *
   * @throws EngineException {@code InvalidArn}, {@code ResourceNotFound}, {@code
   *     ValidationException}
   */
  public StateMachineAliasRecord updateStateMachineAlias(
      String aliasArn, String description, List<AliasRoute> routing) {
    return versions.updateAlias(aliasArn, description, routing);
  }

  /**
   * {@code DeleteStateMachineAlias}.
   *
   * @throws EngineException {@code InvalidArn}, {@code ResourceNotFound}
   */
  public void deleteStateMachineAlias(String aliasArn) {
    versions.deleteAlias(aliasArn);
  }

  private static void requireUnqualified(String stateMachineArn) {
    if (StateMachineVersions.Qualified.parse(stateMachineArn).qualifier() != null) {
      throw StateMachineVersions.invalidArn(stateMachineArn);
    }
  }

  // ---------------------------------------------------------------- executions

  /**
   * Starts an execution. Idempotent by name: the same name and input while it runs gives the same
   * execution; otherwise a used name is {@code ExecutionAlreadyExists}. A version ARN runs that
   * version; an alias ARN runs one of its versions, picked by weight, and the execution records
   * both.
   */
  public ExecutionRecord startExecution(String stateMachineArn, String name, String input) {
    StateMachineRecord sm;
    StateMachineVersions.Target target;
    if (stateMachineArn != null && stateMachineArn.contains(":stateMachine:")) {
      target = versions.resolve(stateMachineArn);
      sm =
          target.revision() == null
              ? stateMachine(target.stateMachineArn())
              : store
                  .stateMachine(target.stateMachineArn(), target.revision())
                  .orElseThrow(() ->
                      new EngineException(
                          "StateMachineDoesNotExist",
                          "State Machine Does Not Exist: '" + stateMachineArn + "'"));
    } else {
      sm = stateMachine(stateMachineArn);
      target = new StateMachineVersions.Target(stateMachineArn, null, null, null);
    }
    return starter.start(sm, target, name, input);
  }

  /**
   * An execution as it is now, with its redrive count and date and (for a Standard execution)
   * whether it may be redriven now and why not.
   *
   * @throws EngineException {@code ExecutionDoesNotExist}
   */
  public ExecutionRecord describeExecution(String arn) {
    ExecutionRecord e = execution(arn);
    return arn.contains(":express:") ? e : redrives.judged(e);
  }

  /** An execution as stored. */
  private ExecutionRecord execution(String arn) {
    return storeFor(arn)
        .execution(arn)
        .orElseThrow(() ->
            new EngineException(
                "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
  }

  /**
   * {@code RedriveExecution}: an execution that failed, timed out or was aborted goes on from the
   * states that did not succeed, with the same input, definition and ARN; successful states are not
   * run again (see AWS's "Redriving executions"). The history goes on with {@code
   * ExecutionRedriven}; the redrive count goes up and the redrive date is now. Allowed for 14 days
   * after the execution ended, for Standard executions, while the history has room.
   *
   * @param clientToken makes the call idempotent: the same token (among the last 10 that redrove
   *     the execution, within 15 minutes) gets the execution back without a second redrive; {@code
   *     null} for none
   * @return the execution, redriven (its {@code redriveDate} is the redrive's)
   * @throws EngineException {@code ExecutionDoesNotExist}, {@code ExecutionNotRedrivable}, {@code
   *     ValidationException} (a bad client token)
   */
  public ExecutionRecord redriveExecution(String executionArn, String clientToken) {
    ExecutionRecord e = execution(executionArn);
    if (executionArn.contains(":express:")) {
      throw Redrives.expressNotRedrivable();
    }
    return redrives.redrive(e, clientToken);
  }

  /**
   * Deletes the closed executions whose retention has passed (see {@link Builder#retention}) now,
   * rather than at the background sweep's next round.
   *
   * @return how many were deleted
   */
  public int deleteExpiredExecutions() {
    return retention.sweep();
  }

  /**
   * Answers now the parents ({@code startExecution.sync}) whose children ended while no node
   * answered them, rather than at the background round (every 10 s).
   */
  public void answerLostParents() {
    nested.answerLost(store);
  }

  /** History events in order (or reversed), after {@code afterId}. */
  public List<StoredEvent> history(String arn, long afterId, int max, boolean reverse) {
    execution(arn);
    return storeFor(arn).history(arn, afterId, max, reverse);
  }

  /**
   * {@code StartSyncExecution}: starts an Express execution and waits for its end.
   *
   * @throws EngineException {@code StateMachineTypeNotSupported} for a Standard state machine
   */
  public ExecutionRecord startSyncExecution(
      String stateMachineArn, String name, String input, Duration timeout)
      throws InterruptedException {
    // a version or an alias runs the state machine's own type
    String unqualified =
        stateMachineArn != null && stateMachineArn.contains(":stateMachine:")
            ? StateMachineVersions.Qualified.parse(stateMachineArn).stateMachineArn()
            : stateMachineArn;
    if (!"EXPRESS".equals(stateMachine(unqualified).type())) {
      throw new EngineException(
          "StateMachineTypeNotSupported",
          "This operation is not supported by this type of state machine");
    }
    ExecutionRecord started = startExecution(stateMachineArn, name, input);
    return "RUNNING".equals(started.status()) ? awaitExecution(started.arn(), timeout) : started;
  }

  /** Waits until the execution has ended, or the timeout passes; returns it as it then is. */
  public ExecutionRecord awaitExecution(String arn, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      ExecutionRecord e = execution(arn);
      if (!"RUNNING".equals(e.status()) || System.nanoTime() >= deadline) {
        // an ended Express execution may leave the bounded record of recent ones at any time
        try {
          return describeExecution(arn);
        } catch (EngineException gone) {
          return e;
        }
      }
      Thread.sleep(5);
    }
  }

  /** Stops a running execution; a finished one is left as it is. */
  public ExecutionRecord stopExecution(String arn, String error, String cause) {
    ExecutionRecord e = execution(arn);
    if ("RUNNING".equals(e.status())) {
      handle(arn, new Event.StopRequested(clock.instant(), error, cause));
    }
    return describeExecution(arn);
  }

  // ---------------------------------------------------------------- activities

  /**
   * {@code CreateActivity}: idempotent by name (the existing activity is returned).
   *
   * @throws EngineException {@code InvalidName}
   */
  public ActivityRecord createActivity(String name) {
    requireName(name);
    return activities.create(
        "arn:aws:states:" + region + ":" + account + ":activity:" + name, name);
  }

  /**
   * {@code DescribeActivity}.
   *
   * @throws EngineException {@code InvalidArn}, {@code ActivityDoesNotExist}
   */
  public ActivityRecord describeActivity(String arn) {
    return activities.describe(arn);
  }

  /** {@code ListActivities}: every activity, by name. */
  public List<ActivityRecord> listActivities() {
    return activities.list();
  }

  /**
   * {@code DeleteActivity}; deleting one that does not exist is not an error (as on AWS).
   *
   * @throws EngineException {@code InvalidArn}
   */
  public void deleteActivity(String arn) {
    activities.delete(arn);
  }

  /**
   * {@code GetActivityTask}: waits up to {@code wait} (AWS waits 60 s) for a task scheduled for the
   * activity and hands it to this worker alone; empty when none came. The worker answers with
   * {@link #sendTaskSuccess}, {@link #sendTaskFailure} and {@link #sendTaskHeartbeat}.
   *
   * @param workerName recorded with the claim, or {@code null}
   * @param wait how long to wait; {@code null} for AWS's 60 s
   * @throws EngineException {@code InvalidArn}, {@code ActivityDoesNotExist}
   */
  public Optional<ActivityTask> getActivityTask(
      String activityArn, String workerName, Duration wait) throws InterruptedException {
    return activities.poll(activityArn, workerName, wait == null ? Duration.ofSeconds(60) : wait);
  }

  // ---------------------------------------------------------------- callbacks

  /** {@code SendTaskSuccess}. */
  public void sendTaskSuccess(String token, String output) {
    TaskRecord task = task(token);
    Object value;
    try {
      value = Json.parse(output);
    } catch (JsonSyntaxException e) {
      throw new EngineException("InvalidOutput", "Invalid Output: '" + e.getMessage() + "'");
    }
    handle(task.executionArn(), new Event.TaskSucceeded(clock.instant(), task.taskId(), value));
  }

  /** {@code SendTaskFailure}. */
  public void sendTaskFailure(String token, String error, String cause) {
    TaskRecord task = task(token);
    handle(task.executionArn(), new Event.TaskFailed(clock.instant(), task.taskId(), error, cause));
  }

  /** {@code SendTaskHeartbeat}. */
  public void sendTaskHeartbeat(String token) {
    TaskRecord task = task(token);
    handle(task.executionArn(), new Event.TaskHeartbeat(clock.instant(), task.taskId()));
  }

  private TaskRecord task(String token) {
    if (token == null || token.isEmpty() || token.length() > 1024) {
      throw new EngineException("InvalidToken", "Invalid token");
    }
    return store
        .taskByToken(token)
        .or(() -> express.taskByToken(token))
        .orElseThrow(() ->
            new EngineException(
                "TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'"));
  }

  // ---------------------------------------------------------------- timers

  /** Fires every timer due now, on this thread; for tests with a hand-driven clock. */
  public int fireDueTimers() {
    return timers.fireDue();
  }

  // ---------------------------------------------------------------- the step loop

  /** Hands an execution one event and commits the step; retried when another node came first. */
  void handle(String arn, Event event) {
    steps.handle(arn, event);
  }

  private void afterCommit(String arn, Step step, StepRecord record) {
    if (!record.events().isEmpty()) {
      for (HistoryListener l : listeners) {
        try {
          l.onEvents(arn, record.events());
        } catch (RuntimeException e) {
          // a listener's failure is its own
        }
      }
    }
    for (Command c : step.commands()) {
      if (io.stepwell.engine.bucket.BucketCommands.isStorage(c)) {
        workers.execute(() ->
            handle(
                arn, io.stepwell.engine.bucket.BucketCommands.serve(buckets, c, clock.instant())));
      }
      if (c instanceof Command.InvokeTask t) {
        TaskInvocation invocation =
            new TaskInvocation(
                arn, t.taskId(), t.resource(), Json.deepCopy(t.parameters()), t.taskToken());
        workers.execute(() -> dispatch(invocation));
      }
    }
    if (!record.timersAdded().isEmpty()) {
      timers.wake();
    }
    if (!"RUNNING".equals(record.status())) {
      workers.execute(() -> nested.ended(execution(arn)));
    }
  }

  private void dispatch(TaskInvocation invocation) {
    tasks.dispatch(invocation);
  }

  /** Hands the interpreter what a task answered. */
  void complete(TaskInvocation invocation, TaskOutcome outcome) {
    tasks.complete(invocation, outcome);
  }

  /** Dispatches again the tasks whose steps committed before a crash (at least once). */
  private void recover() {
    for (TaskRecord t : store.pendingTasks(10_000)) {
      TaskInvocation invocation =
          new TaskInvocation(
              t.executionArn(), t.taskId(), t.resource(), Json.parse(t.parameters()), t.token());
      workers.execute(() -> dispatch(invocation));
    }
  }

  // ---------------------------------------------------------------- helpers

  private Interpreter interpreter(StateMachineRecord sm, long seed) {
    StateMachine machine =
        compiled.computeIfAbsent(
            sm.arn() + "#" + sm.revision(), k -> compile(sm.definition(), sm.type()));
    return new Interpreter(machine, Entropy.seeded(seed));
  }

  private static StateMachine compile(String definition, String type) {
    try {
      return DefinitionParser.parse(Validator.requireValid(definition, type));
    } catch (InvalidDefinitionException e) {
      throw new EngineException("InvalidDefinition", e.getMessage());
    }
  }

  private static void requireName(String name) {
    ExecutionStarter.requireName(name);
  }

  private Store storeFor(String executionArn) {
    return executionArn.contains(":express:") ? express : store;
  }

  /** A snapshot of everything known of an execution, for tests and tools. */
  public Map<String, Object> debugState(String arn) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cached", steps.isCached(arn));
    m.put("journal", store.journal(arn).size());
    return m;
  }

  @Override
  public void close() {
    if (timerLoop != null) {
      timerLoop.interrupt();
    }
    if (sweeper != null) {
      sweeper.interrupt();
    }
    workers.shutdown();
    try {
      workers.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
