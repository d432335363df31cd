package io.stepwell.engine;

import io.stepwell.asl.eval.Event;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Task dispatch: picks the {@link TaskDispatcher} that serves a Task state's resource, runs it, and
 * hands its answer to the execution. A resource nobody serves fails the task, unless it waits for a
 * token (then a callback answers it).
 */
final class TaskRouter {
  /** The dispatcher of the resources a predicate accepts. */
  record Route(Predicate<String> resources, TaskDispatcher dispatcher) {}

  private final List<Route> routes;
  private final InstantSource clock;
  private final BiConsumer<String, Event> handle;

  TaskRouter(List<Route> routes, InstantSource clock, BiConsumer<String, Event> handle) {
    this.routes = List.copyOf(routes);
    this.clock = clock;
    this.handle = handle;
  }

  /** Runs the task's dispatcher and hands over its answer (a failure if it throws). */
  void dispatch(TaskInvocation invocation) {
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
          handle.accept(
              invocation.executionArn(),
              new Event.TaskSucceeded(now, invocation.taskId(), s.output()));
      case TaskOutcome.Failed f ->
          handle.accept(
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
                "States.TaskFailed", "No task integration serves the resource " + resource);
  }
}
