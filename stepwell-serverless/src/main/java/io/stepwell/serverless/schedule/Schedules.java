package io.stepwell.serverless.schedule;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.Engine;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.store.ExecutionRecord;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.serverless.cloudformation.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Installs a stack's schedules on an engine as runner state machines (see {@link ScheduleRunner}):
 * one per enabled schedule, named {@code stepwell-schedule-STACKHASH-RULEHASH}. Deploying the same
 * schedules again changes nothing; a changed schedule's runner is stopped, updated and started
 * again; a disabled or removed schedule's runner is stopped and deleted.
 */
public final class Schedules {
  /** Rounds a runner execution makes before it hands over to a fresh one. */
  public static final int DEFAULT_ROUNDS = 100;

  private static final String PREFIX = "stepwell-schedule-";

  private Schedules() {}

  /**
   * One schedule to install.
   *
   * @param rule the rule's name
   * @param expression when it fires
   * @param targetArn the state machine it starts
   * @param input the input as JSON text, or {@code null} for EventBridge's event
   * @param inputPath a JSONPath into EventBridge's event, or {@code null}
   * @param enabled whether it runs
   */
  public record Wanted(
      String rule,
      ScheduleExpression expression,
      String targetArn,
      String input,
      String inputPath,
      boolean enabled) {}

  /** What happened to one schedule. */
  public enum Outcome {
    CREATED,
    UPDATED,
    RESTARTED,
    UNCHANGED,
    STOPPED,
    DISABLED
  }

  /**
   * What was done to one schedule.
   *
   * @param rule the rule's name ({@code null} for a removed runner found on the engine)
   * @param runnerArn the runner state machine's ARN
   * @param outcome what was done
   */
  public record Change(String rule, String runnerArn, Outcome outcome) {}

  /** The runner state machine's name for {@code rule} of {@code stack}. */
  public static String runnerName(String stack, String rule) {
    return PREFIX + Names.suffix(stack) + "-" + Names.suffix(rule);
  }

  /**
   * Makes the engine's runners for {@code stack} match {@code wanted}.
   *
   * @param rounds rounds per runner execution ({@link #DEFAULT_ROUNDS})
   */
  public static List<Change> apply(Engine engine, String stack, List<Wanted> wanted, int rounds) {
    String prefix = PREFIX + Names.suffix(stack) + "-";
    Map<String, StateMachineRecord> existing = new LinkedHashMap<>();
    for (StateMachineRecord sm : engine.listStateMachines()) {
      if (sm.name().startsWith(prefix)) {
        existing.put(sm.name(), sm);
      }
    }
    List<Change> changes = new ArrayList<>();
    for (Wanted w : wanted) {
      String name = runnerName(stack, w.rule());
      StateMachineRecord current = existing.remove(name);
      if (!w.enabled()) {
        if (current != null) {
          remove(engine, current.arn());
          changes.add(new Change(w.rule(), current.arn(), Outcome.STOPPED));
        } else {
          changes.add(new Change(w.rule(), null, Outcome.DISABLED));
        }
        continue;
      }
      String ruleArn =
          "arn:aws:events:" + engine.region() + ":" + engine.account() + ":rule/" + w.rule();
      String definition =
          RunnerDefinition.of(
              w.rule(), ruleArn, w.expression(), w.targetArn(), w.input(), w.inputPath(), rounds);
      changes.add(install(engine, name, w.rule(), definition, current));
    }
    for (StateMachineRecord stale : existing.values()) {
      remove(engine, stale.arn());
      changes.add(new Change(null, stale.arn(), Outcome.STOPPED));
    }
    return changes;
  }

  private static Change install(
      Engine engine, String name, String rule, String definition, StateMachineRecord current) {
    if (current == null) {
      StateMachineRecord created = engine.createStateMachine(name, definition, "STANDARD", null);
      start(engine, created);
      return new Change(rule, created.arn(), Outcome.CREATED);
    }
    if (current.definition().equals(definition)) {
      if (!running(engine, current.arn()).isEmpty()) {
        return new Change(rule, current.arn(), Outcome.UNCHANGED);
      }
      StateMachineRecord restarted = engine.updateStateMachine(current.arn(), definition);
      start(engine, restarted);
      return new Change(rule, current.arn(), Outcome.RESTARTED);
    }
    stopAll(engine, current.arn());
    StateMachineRecord updated = engine.updateStateMachine(current.arn(), definition);
    start(engine, updated);
    return new Change(rule, current.arn(), Outcome.UPDATED);
  }

  /** Starts a chain whose generation is the runner's current revision. */
  private static void start(Engine engine, StateMachineRecord runner) {
    engine.startExecution(runner.arn(), null, Json.write(RunnerState.initial(runner.revision())));
  }

  private static void remove(Engine engine, String arn) {
    stopAll(engine, arn);
    engine.deleteStateMachine(arn);
  }

  private static void stopAll(Engine engine, String arn) {
    for (int pass = 0; pass < 3; pass++) {
      List<ExecutionRecord> running = running(engine, arn);
      if (running.isEmpty()) {
        return;
      }
      for (ExecutionRecord e : running) {
        try {
          engine.stopExecution(
              e.arn(), "Stepwell.ScheduleChanged", "The schedule was changed or removed.");
        } catch (EngineException ignored) {
          // it ended meanwhile
        }
      }
    }
  }

  private static List<ExecutionRecord> running(Engine engine, String arn) {
    return engine.listExecutions(arn, "RUNNING", 1000, null);
  }
}
