package io.stepwell.serverless;

import java.util.List;

/**
 * What a deploy did.
 *
 * @param changes one per function, activity, state machine and schedule, in that order
 * @param http the http events for the server to serve
 * @param schedules the schedule events (running on the engine when enabled)
 * @param warnings what was left out or may not do what was meant
 */
public record DeployReport(
    List<Change> changes,
    List<HttpTrigger> http,
    List<ScheduleTrigger> schedules,
    List<String> warnings) {
  public DeployReport {
    changes = List.copyOf(changes);
    http = List.copyOf(http);
    schedules = List.copyOf(schedules);
    warnings = List.copyOf(warnings);
  }

  /** What a change was made to. */
  public enum Kind {
    FUNCTION,
    ACTIVITY,
    STATE_MACHINE,
    SCHEDULE
  }

  /** What was done. */
  public enum Action {
    CREATED,
    UPDATED,
    REPLACED,
    UNCHANGED,
    /** A schedule's runner was stopped (disabled or removed) or restarted. */
    STOPPED,
    RESTARTED,
    /** A disabled schedule with nothing to stop. */
    DISABLED,
    /** A function whose runtime Stepwell cannot run yet: its configuration is kept. */
    NOT_RUNNABLE
  }

  /**
   * One thing a deploy did.
   *
   * @param kind what it was done to
   * @param name its name
   * @param arn its ARN (a schedule's: its runner state machine's), or {@code null}
   * @param action what was done
   * @param detail more, or {@code null}
   */
  public record Change(Kind kind, String name, String arn, Action action, String detail) {}

  /** Whether the deploy changed nothing (deploying the same project again). */
  public boolean changedNothing() {
    return changes.stream()
        .allMatch(c ->
            c.action() == Action.UNCHANGED
                || c.action() == Action.NOT_RUNNABLE
                || c.action() == Action.DISABLED);
  }

  /** The changes of one kind. */
  public List<Change> changes(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }
}
