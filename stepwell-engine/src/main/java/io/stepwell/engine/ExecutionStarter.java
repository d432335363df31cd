package io.stepwell.engine;

import io.stepwell.asl.eval.ExecutionInfo;
import io.stepwell.asl.eval.Interpreter;
import io.stepwell.asl.eval.Step;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import io.stepwell.engine.internal.JournalCodec;
import io.stepwell.engine.internal.Steps;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.engine.store.StepRecord;
import io.stepwell.engine.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * {@code StartExecution} once the state machine revision is known: the name and input checked as
 * AWS checks them, the ARN, the first step run and committed with the execution (idempotent by name
 * while it runs), then its effects.
 */
final class ExecutionStarter {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,80}");
  private static final int MAX_INPUT_BYTES = 256 * 1024;

  private final String region;
  private final String account;
  private final Function<String, Store> storeFor;
  private final InstantSource clock;
  private final RandomGenerator seeds;
  private final StepLoop steps;
  private final StepLoop.Interpreters interpreters;
  private final StepLoop.Committed committed;
  private final int maxHistoryEvents;

  ExecutionStarter(
      String region,
      String account,
      Function<String, Store> storeFor,
      InstantSource clock,
      RandomGenerator seeds,
      StepLoop steps,
      StepLoop.Interpreters interpreters,
      StepLoop.Committed committed,
      int maxHistoryEvents) {
    this.region = region;
    this.account = account;
    this.storeFor = storeFor;
    this.clock = clock;
    this.seeds = seeds;
    this.steps = steps;
    this.interpreters = interpreters;
    this.committed = committed;
    this.maxHistoryEvents = maxHistoryEvents;
  }

  static void requireName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new EngineException("InvalidName", "Invalid Name: '" + name + "'");
    }
  }

  /** Starts an execution of {@code sm}, recording the version and alias it came through. */
  ExecutionRecord start(
      StateMachineRecord sm, StateMachineVersions.Target target, String name, String input) {
    String executionName = name == null ? Ids.uuid() : name;
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
            + (isExpress ? ":" + Ids.uuid() : "");
    Store store = storeFor.apply(arn);
    Optional<ExecutionRecord> existing = store.execution(arn);
    if (existing.isPresent()) {
      return sameOrConflict(existing.get(), inputText);
    }
    Instant now = clock.instant();
    // Express executions keep no history (as on AWS without logging): cheaper steps, no limit.
    ExecutionInfo info =
        new ExecutionInfo(
            arn,
            executionName,
            sm.arn(),
            sm.name(),
            sm.roleArn(),
            value,
            now,
            !isExpress,
            isExpress ? 0 : maxHistoryEvents);
    // Task tokens come from this randomness: unguessable, and stored so that a replay agrees.
    long seed = seeds.nextLong();
    Interpreter interpreter = interpreters.of(sm, seed);
    ReentrantLock lock = steps.lock(arn);
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
      if (!store.createExecution(record, first)) {
        return sameOrConflict(store.execution(arn).orElseThrow(), inputText);
      }
      steps.started(arn, interpreter, step.state());
      committed.after(arn, step, first);
      // an Express execution that ended in its first step may already have left the bounded
      // record of recent ones under heavy load: what was committed is the answer then
      return store.execution(arn).orElse(record);
    } finally {
      lock.unlock();
    }
  }

  private static ExecutionRecord sameOrConflict(ExecutionRecord existing, String input) {
    if ("RUNNING".equals(existing.status())
        && Json.valueEquals(Json.parse(existing.input()), Json.parse(input))) {
      return existing;
    }
    throw new EngineException(
        "ExecutionAlreadyExists", "Execution Already Exists: '" + existing.arn() + "'");
  }
}
