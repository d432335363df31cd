package io.stepwell.serverless.schedule;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import io.stepwell.engine.Engine;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.TaskDispatcher;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.engine.store.ExecutionRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs EventBridge schedules on the engine itself: the Task states ({@code
 * arn:aws:states:::aws-sdk:stepwell-schedule:next}, {@code :fire}, {@code :continue}) of each
 * schedule's hidden runner state machine (see {@link Schedules}). The resources have the shape of
 * AWS SDK integrations because the engine validates Task resources as AWS does; register the runner
 * before any dispatcher that serves every {@code aws-sdk} resource. Register it on the engine and
 * bind it once built:
 *
 * <pre>{@code
 * ScheduleRunner schedules = new ScheduleRunner();
 * Engine engine = Engine.builder(store).tasks(ScheduleRunner.RESOURCE_PREFIX, schedules).build();
 * schedules.bind(engine);
 * }</pre>
 *
 * <p>Each answer is computed from the task's parameters alone (the schedule, the runner's state,
 * {@code $$.State.EnteredTime}), so a replay or a repeated dispatch agrees; a target's execution is
 * named after the runner's execution and the fire time, so a repeated {@code fire} starts it once.
 * A runner that is no longer current (its state machine was updated, replaced or deleted since it
 * started) stops instead of firing: a deploy that changes a schedule cannot leave two runners.
 */
public final class ScheduleRunner implements TaskDispatcher {
  /** The resource prefix the runner's Task states use. */
  public static final String RESOURCE_PREFIX = "arn:aws:states:::aws-sdk:stepwell-schedule:";

  private final CompletableFuture<Engine> engine = new CompletableFuture<>();

  /** Binds the runner to the engine it was registered on. */
  public void bind(Engine value) {
    engine.complete(value);
  }

  @Override
  public TaskOutcome dispatch(TaskInvocation task) {
    if (!(task.parameters() instanceof Map<?, ?> p)) {
      return new TaskOutcome.Failed("States.Runtime", "The schedule task needs its parameters.");
    }
    Map<String, Object> parameters = Json.asObject(p);
    Engine bound;
    try {
      bound = engine.get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unavailable();
    } catch (ExecutionException | TimeoutException e) {
      return unavailable();
    }
    String action = task.resource().substring(RESOURCE_PREFIX.length());
    RunnerState state = RunnerState.of(parameters.get("state"));
    String execution = (String) parameters.get("execution");
    if (!current(bound, execution, state.generation())) {
      return new TaskOutcome.Succeeded(state.stopped());
    }
    return switch (action) {
      case "next" -> new TaskOutcome.Succeeded(next(parameters, state));
      case "fire" -> new TaskOutcome.Succeeded(fire(bound, parameters, state, execution));
      case "continue" -> {
        String runner = bound.describeExecution(execution).stateMachineArn();
        start(bound, runner, name(execution + "#continue"), Json.write(state.successor()));
        yield new TaskOutcome.Succeeded(Map.of());
      }
      default ->
          new TaskOutcome.Failed(
              "States.Runtime", "No schedule action " + action + " (next, fire, continue).");
    };
  }

  private static TaskOutcome unavailable() {
    return new TaskOutcome.Failed(
        "Stepwell.ScheduleRunnerUnavailable",
        "The schedule runner is not bound to an engine (ScheduleRunner.bind).");
  }

  /**
   * Whether the runner's execution is the one its state machine wants: the state machine exists,
   * the execution runs its latest revision, and the deploy that started this chain made it.
   */
  private static boolean current(Engine engine, String execution, long generation) {
    try {
      ExecutionRecord e = engine.describeExecution(execution);
      int revision = engine.stateMachine(e.stateMachineArn()).revision();
      return e.revision() == revision && generation == revision;
    } catch (EngineException e) {
      return false;
    }
  }

  private static Map<String, Object> next(Map<String, Object> p, RunnerState state) {
    ScheduleExpression expression = ScheduleExpression.parse((String) p.get("expression"));
    Instant now = Instant.parse((String) p.get("now"));
    Instant start =
        state.start() != null ? state.start() : Instant.parse((String) p.get("executionStart"));
    Instant after = state.at() != null && state.at().isAfter(now) ? state.at() : now;
    Optional<Instant> at = expression.next(after, start);
    return at.isEmpty() ? state.stopped() : state.scheduled(start, at.get());
  }

  private Map<String, Object> fire(
      Engine engine, Map<String, Object> p, RunnerState state, String execution) {
    String input = input(engine, p, state.at());
    Map<String, Object> out = state.fired(((Number) p.get("rounds")).intValue());
    try {
      ExecutionRecord started =
          start(engine, (String) p.get("target"), name(execution + "#" + state.at()), input);
      out.put("lastExecution", started.arn());
    } catch (EngineException e) {
      // EventBridge drops a target it cannot start; the schedule goes on
      out.put("lastError", e.code() + ": " + e.getMessage());
    }
    return out;
  }

  /** What the target is started with: the input, or EventBridge's event (or a path into it). */
  private static String input(Engine engine, Map<String, Object> p, Instant at) {
    if (p.get("input") instanceof String given) {
      return given;
    }
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("version", "0");
    event.put("id", name(p.get("ruleArn") + "@" + at));
    event.put("detail-type", "Scheduled Event");
    event.put("source", "aws.events");
    event.put("account", engine.account());
    event.put("time", at.toString());
    event.put("region", engine.region());
    event.put("resources", List.of(p.get("ruleArn")));
    event.put("detail", Map.of());
    if (p.get("inputPath") instanceof String path) {
      Object value = JsonPathExpr.compile(path).readFrom(event);
      return Json.write(value == Missing.VALUE ? null : value);
    }
    return Json.write(event);
  }

  private static ExecutionRecord start(Engine engine, String arn, String name, String input) {
    try {
      return engine.startExecution(arn, name, input);
    } catch (EngineException e) {
      if (!e.code().equals("ExecutionAlreadyExists")) {
        throw e;
      }
      // dispatched again after a crash: it was started the first time
      return engine.describeExecution(arn.replace(":stateMachine:", ":execution:") + ":" + name);
    }
  }

  private static String name(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
