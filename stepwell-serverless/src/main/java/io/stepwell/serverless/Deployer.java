package io.stepwell.serverless;

import io.stepwell.engine.Engine;
import io.stepwell.engine.EngineException;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.InvalidFunctionException;
import io.stepwell.serverless.DeployReport.Action;
import io.stepwell.serverless.DeployReport.Change;
import io.stepwell.serverless.DeployReport.Kind;
import io.stepwell.serverless.schedule.Schedules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deploys a {@link Project} onto an engine and a function host, as {@code serverless deploy} does
 * onto AWS: registers the functions, creates the activities, creates or updates the state machines
 * and installs the schedules (run by a {@link io.stepwell.serverless.schedule.ScheduleRunner}
 * registered on the engine). Idempotent: deploying the same project again changes nothing; a
 * changed definition makes a new revision; a changed function configuration re-registers it.
 *
 * <p>Not done (yet): deleting the functions and state machines a project no longer has (the engine
 * keeps no record of which project made them); a function whose configuration is unchanged keeps
 * the code it loaded, even if its jar changed.
 */
public final class Deployer {
  private Deployer() {}

  /**
   * Deploys {@code project}.
   *
   * @throws ServerlessException when the project's region or account is not the engine's, or a
   *     function or state machine is refused (with where it is declared)
   */
  public static DeployReport deploy(
      Project project, Engine engine, FunctionHost functions, DeployOptions options) {
    return deploy(project, engine, functions, options, Schedules.DEFAULT_ROUNDS);
  }

  /** As {@link #deploy(Project, Engine, FunctionHost, DeployOptions)}; for tests of runners. */
  static DeployReport deploy(
      Project project,
      Engine engine,
      FunctionHost functions,
      DeployOptions options,
      int scheduleRounds) {
    if (!project.region().equals(engine.region())
        || !project.accountId().equals(engine.account())) {
      throw new ServerlessException(
          null,
          "the project resolves to region "
              + project.region()
              + " and account "
              + project.accountId()
              + ", but the engine's ARNs name "
              + engine.region()
              + " and "
              + engine.account()
              + ": deploy with --region "
              + engine.region()
              + " and the engine's account, or build the engine with arnScope");
    }
    List<Change> changes = new ArrayList<>();
    for (FunctionDef f : project.functions().values()) {
      changes.add(function(f, functions));
    }
    for (String activity : project.activities()) {
      changes.add(activity(activity, engine));
    }
    for (StateMachineDef sm : project.stateMachines().values()) {
      changes.add(stateMachine(sm, engine));
    }
    List<Schedules.Wanted> wanted =
        project.scheduleTriggers().stream()
            .map(t ->
                new Schedules.Wanted(
                    t.ruleName(),
                    t.expression(),
                    t.stateMachineArn(),
                    t.input(),
                    t.inputPath(),
                    t.enabled()))
            .toList();
    for (Schedules.Change c :
        Schedules.apply(engine, project.stackName(), wanted, scheduleRounds)) {
      changes.add(
          new Change(
              Kind.SCHEDULE,
              c.rule(),
              c.runnerArn(),
              switch (c.outcome()) {
                case CREATED -> Action.CREATED;
                case UPDATED -> Action.UPDATED;
                case RESTARTED -> Action.RESTARTED;
                case UNCHANGED -> Action.UNCHANGED;
                case STOPPED -> Action.STOPPED;
                case DISABLED -> Action.DISABLED;
              },
              null));
    }
    return new DeployReport(
        changes, project.httpTriggers(), project.scheduleTriggers(), project.warnings());
  }

  private static Change function(FunctionDef f, FunctionHost host) {
    boolean java = f.runnable();
    if (!java && !host.runtimeNames().contains(f.runtime())) {
      return new Change(
          Kind.FUNCTION,
          f.name(),
          f.arn(),
          Action.NOT_RUNNABLE,
          "runtime " + f.runtime() + " cannot run here yet; its configuration is kept");
    }
    // Java functions of older runtimes run on the Java 21 runtime
    String runtime = java ? FunctionConfig.JAVA_21 : f.runtime();
    FunctionConfig config;
    try {
      config =
          new FunctionConfig(
              f.name(),
              runtime,
              f.handler(),
              f.code(),
              f.timeout(),
              f.memoryMb(),
              f.environment(),
              0);
    } catch (InvalidFunctionException e) {
      throw new ServerlessException(f.at(), "function " + f.key() + ": " + e.getMessage(), e);
    }
    String detail = f.runtime().equals(runtime) ? null : f.runtime() + " runs on " + runtime;
    Optional<FunctionConfig> existing = host.config(f.name());
    if (existing.isPresent() && existing.get().equals(config)) {
      return new Change(Kind.FUNCTION, f.name(), f.arn(), Action.UNCHANGED, detail);
    }
    try {
      if (existing.isPresent()) {
        host.unregister(f.name());
      }
      host.register(config);
    } catch (InvalidFunctionException e) {
      if (!java) {
        // e.g. no node or python3 on this machine: the rest of the project still deploys, and a
        // state calling this function fails as Lambda would
        return new Change(Kind.FUNCTION, f.name(), f.arn(), Action.NOT_RUNNABLE, e.getMessage());
      }
      throw new ServerlessException(f.at(), "function " + f.key() + ": " + e.getMessage(), e);
    }
    return new Change(
        Kind.FUNCTION,
        f.name(),
        f.arn(),
        existing.isPresent() ? Action.UPDATED : Action.CREATED,
        detail);
  }

  private static Change activity(String name, Engine engine) {
    boolean exists = engine.listActivities().stream().anyMatch(a -> a.name().equals(name));
    String arn = engine.createActivity(name).arn();
    return new Change(Kind.ACTIVITY, name, arn, exists ? Action.UNCHANGED : Action.CREATED, null);
  }

  private static Change stateMachine(StateMachineDef sm, Engine engine) {
    try {
      Optional<StateMachineRecord> existing = existing(engine, sm.arn());
      if (existing.isEmpty()) {
        engine.createStateMachine(sm.name(), sm.definition(), sm.type(), sm.roleArn());
        return new Change(Kind.STATE_MACHINE, sm.name(), sm.arn(), Action.CREATED, null);
      }
      StateMachineRecord current = existing.get();
      if (!current.type().equals(sm.type())) {
        // the type cannot change: CloudFormation replaces the state machine
        engine.deleteStateMachine(sm.arn());
        engine.createStateMachine(sm.name(), sm.definition(), sm.type(), sm.roleArn());
        return new Change(
            Kind.STATE_MACHINE,
            sm.name(),
            sm.arn(),
            Action.REPLACED,
            current.type() + " became " + sm.type());
      }
      if (current.definition().equals(sm.definition())) {
        return new Change(
            Kind.STATE_MACHINE,
            sm.name(),
            sm.arn(),
            Action.UNCHANGED,
            "revision " + current.revision());
      }
      StateMachineRecord next = engine.updateStateMachine(sm.arn(), sm.definition());
      return new Change(
          Kind.STATE_MACHINE, sm.name(), sm.arn(), Action.UPDATED, "revision " + next.revision());
    } catch (EngineException e) {
      throw new ServerlessException(
          sm.at(), "state machine " + sm.key() + ": " + e.code() + ": " + e.getMessage(), e);
    }
  }

  private static Optional<StateMachineRecord> existing(Engine engine, String arn) {
    try {
      return Optional.of(engine.stateMachine(arn));
    } catch (EngineException e) {
      return Optional.empty();
    }
  }
}
