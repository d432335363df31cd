package io.stepwell.engine;

import io.stepwell.asl.Entropy;
import io.stepwell.asl.eval.Command;
import io.stepwell.asl.eval.Event;
import io.stepwell.asl.eval.ExecutionInfo;
import io.stepwell.asl.eval.ExecutionState;
import io.stepwell.asl.eval.ExecutionStatus;
import io.stepwell.asl.eval.Interpreter;
import io.stepwell.asl.eval.Step;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.asl.model.DefinitionParser;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.validate.InvalidDefinitionException;
import io.stepwell.asl.validate.Validator;
import io.stepwell.engine.internal.JournalCodec;
import io.stepwell.engine.internal.Steps;
import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.engine.store.AliasRoute;
import io.stepwell.engine.store.ConcurrentStepException;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineAliasRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StateMachineVersionRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import io.stepwell.engine.store.StoredEvent;
import io.stepwell.engine.store.TaskRecord;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
  private static final int MAX_INPUT_BYTES = 256 * 1024;
  private static final int EXPRESS_RECORDS = 1000;
  private static final java.security.SecureRandom SEEDS = new java.security.SecureRandom();

  private final Store store;
  private final String region;
  private final String account;

  /** Express executions: in memory, no durable history, a bounded record of recent ones. */
  private final io.stepwell.engine.store.InMemoryStore express =
      new io.stepwell.engine.store.InMemoryStore(EXPRESS_RECORDS);

  private final InstantSource clock;
  private final String node;
  private final List<Route> routes;
  private final NestedExecutions nested;
  private final Activities activities;
  private final StateMachineVersions versions;
  private final List<HistoryListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * States of busy executions, least recently used dropped first: an execution waiting for hours
   * need not hold memory, its journal rebuilds it when it wakes.
   */
  private final Map<String, Loaded> cache;

  private final Map<String, StateMachine> compiled = new ConcurrentHashMap<>();
  private final ReentrantLock[] locks = new ReentrantLock[64];
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final TimerLoop timers;
  private final io.stepwell.engine.bucket.BucketStore buckets;
  private final Thread timerLoop;

  private record Route(Predicate<String> resources, TaskDispatcher dispatcher) {}

  /** An execution's state in memory, and how many journal entries it was built from. */
  private static final class Loaded {
    final Interpreter interpreter;
    final ExecutionState state;
    long journalSize;

    Loaded(Interpreter interpreter, ExecutionState state, long journalSize) {
      this.interpreter = interpreter;
      this.state = state;
      this.journalSize = journalSize;
    }
  }

  private Engine(Builder b) {
    this.store = b.store;
    this.region = b.region;
    this.account = b.account;
    this.clock = b.clock;
    this.node = b.node;
    this.buckets = b.buckets;
    this.nested = new NestedExecutions(this);
    this.versions = new StateMachineVersions(store, clock, b.random);
    int cached = b.cachedExecutions;
    this.cache =
        java.util.Collections.synchronizedMap(
            new LinkedHashMap<String, Loaded>(1024, 0.75f, true) {
              private static final long serialVersionUID = 1L;

              @Override
              protected boolean removeEldestEntry(Map.Entry<String, Loaded> eldest) {
                return size() > cached;
              }
            });
    List<Route> all = new ArrayList<>(b.routes);
    all.add(new Route(r -> r.startsWith(NestedExecutions.PREFIX), nested));
    this.activities =
        new Activities(
            List.of(store, express),
            clock,
            (task, worker) ->
                handle(
                    task.executionArn(),
                    new Event.TaskStarted(clock.instant(), task.taskId(), worker)));
    all.add(new Route(Activities::serves, activities));
    this.routes = List.copyOf(all);
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
    this.timers = new TimerLoop(List.of(store, express), clock, node, this::handle);
    // Last: recovered tasks may answer at once, and their steps may start timers.
    recover();
    this.timerLoop =
        b.runTimers
            ? Thread.ofVirtual().name("stepwell-timers").start(() -> timers.run(workers))
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
    private final List<Route> routes = new ArrayList<>();
    private boolean runTimers = true;
    private java.util.random.RandomGenerator random = SEEDS;
    private int cachedExecutions = 10_000;
    private io.stepwell.engine.bucket.BucketStore buckets =
        new io.stepwell.engine.bucket.InMemoryBucketStore();

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
      routes.add(new Route(r -> r.startsWith(prefix), dispatcher));
      return this;
    }

    /**
     * Task states that call Lambda (a function ARN or {@code lambda:invoke}) run the functions of
     * {@code host}.
     */
    public Builder functions(io.stepwell.functions.FunctionHost host) {
      routes.add(
          new Route(
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

    /** Where Distributed Maps read items and write results ({@code s3://bucket/key}). */
    public Builder buckets(io.stepwell.engine.bucket.BucketStore buckets) {
      this.buckets = buckets;
      return this;
    }

    /** Whether a background loop fires due timers (default yes; tests drive them by hand). */
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
   * executions).
   *
   * @param status only those with this status, or {@code null} for all
   * @param afterArn the last ARN of the previous page, or {@code null} for the first
   * @throws EngineException {@code StateMachineDoesNotExist}
   */
  public List<ExecutionRecord> listExecutions(
      String stateMachineArn, String status, int max, String afterArn) {
    StateMachineRecord sm = stateMachine(stateMachineArn);
    Store source = "EXPRESS".equals(sm.type()) ? express : store;
    return source.executions(stateMachineArn, status, max, afterArn);
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
    String executionName = name == null ? java.util.UUID.randomUUID().toString() : name;
    requireName(executionName);
    String inputText = input == null ? "{}" : input;
    if (inputText.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT_BYTES) {
      throw new EngineException(
          "ValidationException",
          "1 validation error detected: Value at 'input' failed to satisfy constraint: Member must"
              + " have length less than or equal to 262144");
    }
    Object value;
    try {
      value = Json.parse(inputText);
    } catch (JsonSyntaxException e) {
      throw new EngineException(
          "InvalidExecutionInput",
          "Invalid State Machine Execution Input: '" + e.getMessage() + "'");
    }
    boolean isExpress = "EXPRESS".equals(sm.type());
    // Express execution ARNs carry a third part of AWS's own: every start is a new execution.
    String arn =
        "arn:aws:states:"
            + region
            + ":"
            + account
            + (isExpress ? ":express:" : ":execution:")
            + sm.name()
            + ":"
            + executionName
            + (isExpress ? ":" + java.util.UUID.randomUUID() : "");
    Optional<ExecutionRecord> existing = storeFor(arn).execution(arn);
    if (existing.isPresent()) {
      return sameOrConflict(existing.get(), inputText);
    }
    Instant now = clock.instant();
    // Express executions keep no history (as on AWS without logging): cheaper steps.
    ExecutionInfo info =
        new ExecutionInfo(
            arn, executionName, sm.arn(), sm.name(), sm.roleArn(), value, now, !isExpress);
    // Task tokens come from this randomness: unguessable, and stored so that a replay agrees.
    long seed = SEEDS.nextLong();
    Interpreter interpreter = interpreter(sm, seed);
    ReentrantLock lock = lock(arn);
    lock.lock();
    try {
      Step step = interpreter.start(info);
      StepRecord first = Steps.record(arn, step, null, JournalCodec.start(info, seed), now);
      ExecutionRecord record =
          new ExecutionRecord(
              arn,
              sm.arn(),
              sm.revision(),
              executionName,
              first.status(),
              inputText,
              first.output(),
              first.error(),
              first.cause(),
              now,
              first.stopDate(),
              target.versionArn(),
              target.aliasArn());
      if (!storeFor(arn).createExecution(record, first)) {
        return sameOrConflict(storeFor(arn).execution(arn).orElseThrow(), inputText);
      }
      if (step.state().status() == ExecutionStatus.RUNNING) {
        cache.put(arn, new Loaded(interpreter, step.state(), 1));
      }
      afterCommit(arn, step, first);
    } finally {
      lock.unlock();
    }
    return storeFor(arn).execution(arn).orElseThrow();
  }

  private static ExecutionRecord sameOrConflict(ExecutionRecord existing, String input) {
    if ("RUNNING".equals(existing.status())
        && Json.valueEquals(Json.parse(existing.input()), Json.parse(input))) {
      return existing;
    }
    throw new EngineException(
        "ExecutionAlreadyExists", "Execution Already Exists: '" + existing.arn() + "'");
  }

  /** An execution as it is now. */
  public ExecutionRecord describeExecution(String arn) {
    return storeFor(arn)
        .execution(arn)
        .orElseThrow(() ->
            new EngineException(
                "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'"));
  }

  /** History events in order (or reversed), after {@code afterId}. */
  public List<StoredEvent> history(String arn, long afterId, int max, boolean reverse) {
    describeExecution(arn);
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
    return awaitExecution(startExecution(stateMachineArn, name, input).arn(), timeout);
  }

  /** Waits until the execution has ended, or the timeout passes; returns it as it then is. */
  public ExecutionRecord awaitExecution(String arn, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      ExecutionRecord e = describeExecution(arn);
      if (!"RUNNING".equals(e.status()) || System.nanoTime() >= deadline) {
        return e;
      }
      Thread.sleep(5);
    }
  }

  /** Stops a running execution; a finished one is left as it is. */
  public ExecutionRecord stopExecution(String arn, String error, String cause) {
    ExecutionRecord e = describeExecution(arn);
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
    ReentrantLock lock = lock(arn);
    lock.lock();
    try {
      for (int attempt = 0; ; attempt++) {
        Loaded loaded = cache.get(arn);
        if (loaded == null) {
          loaded = replay(arn);
        }
        if (loaded.state.status() != ExecutionStatus.RUNNING) {
          return;
        }
        Step step = loaded.interpreter.handle(loaded.state, event);
        StepRecord record =
            Steps.record(arn, step, event, JournalCodec.event(event), clock.instant());
        try {
          storeFor(arn).appendStep(arn, loaded.journalSize, record);
        } catch (ConcurrentStepException e) {
          cache.remove(arn);
          if (attempt < 5) {
            continue;
          }
          throw e;
        } catch (RuntimeException e) {
          cache.remove(arn);
          throw e;
        }
        loaded.journalSize++;
        if (loaded.state.status() == ExecutionStatus.RUNNING) {
          cache.put(arn, loaded);
        } else {
          cache.remove(arn);
        }
        afterCommit(arn, step, record);
        return;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Rebuilds an execution's state from its journal. */
  private Loaded replay(String arn) {
    ExecutionRecord execution = describeExecution(arn);
    List<String> journal = storeFor(arn).journal(arn);
    StateMachineRecord sm =
        store
            .stateMachine(execution.stateMachineArn(), execution.revision())
            .orElseThrow(
                () -> new EngineException("StateMachineDoesNotExist", execution.stateMachineArn()));
    Interpreter interpreter = interpreter(sm, JournalCodec.seed(journal.getFirst()));
    ExecutionState state = interpreter.start(JournalCodec.startInfo(journal.getFirst())).state();
    for (int i = 1; i < journal.size(); i++) {
      interpreter.handle(state, JournalCodec.decode(journal.get(i)));
    }
    return new Loaded(interpreter, state, journal.size());
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
      workers.execute(() -> nested.ended(describeExecution(arn)));
    }
  }

  private void dispatch(TaskInvocation invocation) {
    TaskOutcome outcome;
    try {
      outcome = route(invocation.resource()).dispatch(invocation);
    } catch (RuntimeException e) {
      outcome = new TaskOutcome.Failed("States.TaskFailed", String.valueOf(e.getMessage()));
    }
    complete(invocation, outcome);
  }

  /** Hands the interpreter what a task answered. */
  void complete(TaskInvocation invocation, TaskOutcome outcome) {
    Instant now = clock.instant();
    switch (outcome) {
      case TaskOutcome.Succeeded s ->
          handle(
              invocation.executionArn(),
              new Event.TaskSucceeded(now, invocation.taskId(), s.output()));
      case TaskOutcome.Failed f ->
          handle(
              invocation.executionArn(),
              new Event.TaskFailed(now, invocation.taskId(), f.error(), f.cause()));
      case TaskOutcome.Pending p -> {
        // answered later by a callback with the token
      }
    }
  }

  private TaskDispatcher route(String resource) {
    for (Route r : routes) {
      if (r.resources().test(resource)) {
        return r.dispatcher();
      }
    }
    return invocation ->
        invocation.taskToken() != null
            ? new TaskOutcome.Pending()
            : new TaskOutcome.Failed(
                "States.TaskFailed",
                "No task integration serves the resource " + resource(invocation));
  }

  private static String resource(TaskInvocation invocation) {
    return invocation.resource();
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
    if (name == null || !NAME.matcher(name).matches()) {
      throw new EngineException("InvalidName", "Invalid Name: '" + name + "'");
    }
  }

  private Store storeFor(String executionArn) {
    return executionArn.contains(":express:") ? express : store;
  }

  private ReentrantLock lock(String arn) {
    return locks[Math.floorMod(arn.hashCode(), locks.length)];
  }

  /** A snapshot of everything known of an execution, for tests and tools. */
  public Map<String, Object> debugState(String arn) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cached", cache.containsKey(arn));
    m.put("journal", store.journal(arn).size());
    return m;
  }

  @Override
  public void close() {
    if (timerLoop != null) {
      timerLoop.interrupt();
    }
    workers.shutdown();
    try {
      workers.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
