package io.stepwell.asl.eval;

import io.stepwell.asl.distributed.ChildExecution;
import io.stepwell.asl.error.ErrorName;
import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.jsonata.JsonataTemplate;
import io.stepwell.asl.model.JsonataFields;
import io.stepwell.asl.model.MapState;
import io.stepwell.asl.model.ParallelState;
import io.stepwell.asl.model.PayloadTemplate;
import io.stepwell.asl.model.ResultPath;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.path.Missing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Parallel and Map: start child frames (all branches; items up to MaxConcurrency), collect their
 * results in order, and fail when a branch fails or a Map's tolerated failures are exceeded.
 */
final class GroupHandler {
  private GroupHandler() {}

  static void executeParallel(Run run, Frame frame, ParallelState state) {
    Object raw = frame.rawInput;
    Object effective;
    if (state.jsonata() != null) {
      effective = raw;
      if (state.jsonata().arguments() != null) {
        effective =
            defined(
                JsonataMode.evaluate(
                    run,
                    frame,
                    state.jsonata().arguments(),
                    "Arguments",
                    JsonataMode.states(run, frame, raw)));
      }
    } else {
      effective = state.inputPath().apply(raw, run.scope(frame, raw));
      if (state.parameters() != null) {
        effective = state.parameters().evaluate(run.scope(frame, effective), run.entropy);
      }
    }
    long started = run.emit(frame, "ParallelStateStarted", run.details());
    int n = state.branches().size();
    Group group =
        new Group(frame, state, Collections.nCopies(n, effective), 0, null, null, effective);
    group.trigger = started;
    frame.children = group;
    for (int i = 0; i < n; i++) {
      startChild(run, group, i, state.branches().get(i), effective, started);
    }
    group.started = n;
  }

  static void startChild(
      Run run, Group group, int index, StateMachine program, Object input, long previousEvent) {
    Frame child = new Frame(program, group, index, Missing.VALUE);
    group.frames[index] = child;
    child.lastEventId = previousEvent;
    group.started(index, input, run.now);
    child.silent = group.owner.silent || isDistributed(group);
    group.running.add(child);
    run.later(() -> {
      if (!child.finished) {
        run.enter(child, program.startAt(), input);
      }
    });
  }

  /** Records an event for the owner's group, unless the owner itself is a silent iteration. */
  static long emitAfter(
      Run run, Frame owner, long previousEventId, String type, Map<String, Object> details) {
    return owner.silent ? previousEventId : run.emitAfter(previousEventId, type, details);
  }

  static boolean isDistributed(Group group) {
    return group.state instanceof MapState m && m.distributed();
  }

  static Object defined(Object value) {
    return JsonataTemplate.isUndefined(value) ? null : value;
  }

  static void childSucceeded(Run run, Frame child, Object output) {
    Group group = child.group;
    if (group.closed) {
      return;
    }
    group.running.remove(child);
    group.results[child.index] = output;
    group.ended(child.index, ChildExecution.Status.SUCCEEDED, null, null, run.now);
    group.completed++;
    long trigger = child.lastEventId;
    if (group.isMap() && !isDistributed(group)) {
      trigger =
          emitAfter(
              run,
              group.owner,
              child.lastEventId,
              "MapIterationSucceeded",
              run.details("index", child.index, "name", group.state.name()));
      group.trigger = child.lastEventId;
    }
    if (group.completed == group.size()) {
      complete(run, group, trigger);
    } else if (group.isMap()) {
      MapHandler.startIterations(run, group);
    }
  }

  static void childFailed(Run run, Frame child, String error, String cause) {
    Group group = child.group;
    if (group.closed) {
      return;
    }
    group.running.remove(child);
    group.completed++;
    group.failed++;
    group.ended(child.index, ChildExecution.Status.FAILED, error, cause, run.now);
    long trigger = child.lastEventId;
    if (group.isMap()) {
      if (!isDistributed(group)) {
        emitAfter(
            run,
            group.owner,
            child.lastEventId,
            "MapIterationFailed",
            run.details("index", child.index, "name", group.state.name()));
        group.trigger = child.lastEventId;
      }
      if (!group.toleranceExceeded()) {
        Map<String, Object> errorOutput = new java.util.LinkedHashMap<>();
        errorOutput.put("Error", error);
        if (cause != null) {
          errorOutput.put("Cause", cause);
        }
        group.results[child.index] = errorOutput;
        if (group.completed == group.size()) {
          complete(run, group, trigger);
        } else {
          MapHandler.startIterations(run, group);
        }
        return;
      }
      if (group.toleratedCount != null || group.toleratedPercentage != null) {
        failGroup(
            run,
            group,
            StatesError.EXCEED_TOLERATED_FAILURE_THRESHOLD,
            "The specified tolerated failure threshold was exceeded",
            trigger);
        return;
      }
    }
    failGroup(run, group, ErrorName.of(error), cause, trigger);
  }

  static void failGroup(Run run, Group group, ErrorName error, String cause, long previousEvent) {
    group.closed = true;
    Frame owner = group.owner;
    for (Frame other : List.copyOf(group.running)) {
      run.abandon(other);
      if (group.isMap() && !isDistributed(group)) {
        emitAfter(
            run,
            group.owner,
            other.lastEventId,
            "MapIterationAborted",
            run.details("index", other.index, "name", group.state.name()));
      }
    }
    group.running.clear();
    owner.children = null;
    // A redrive runs again only the children that did not succeed; after a payload too large,
    // AWS runs the whole state again.
    owner.redriveGroup = error == StatesError.DATA_LIMIT_EXCEEDED ? null : group;
    owner.lastEventId = previousEvent;
    if (isDistributed(group)) {
      run.emit(owner, "MapRunFailed", run.details());
      MapHandler.recordMapRun(run, group, "FAILED");
    }
    // AWS records XStateFailed only once the state gives up: not before a retry.
    if (!run.willRetry(owner, error)) {
      String prefix = group.isMap() ? "Map" : "Parallel";
      run.emit(owner, prefix + "StateFailed", run.details());
    }
    run.fail(owner, error, cause);
  }

  static void complete(Run run, Group group, long trigger) {
    group.closed = true;
    Frame owner = group.owner;
    if (group.writtenResult == null
        && group.state instanceof MapState m
        && m.distributedConfig().writer() != null) {
      // The Map Run writes its results first; the state goes on when they are written.
      if (DistributedMap.writeResults(run, group, trigger)) {
        return;
      }
    }
    owner.children = null;
    if (isDistributed(group)) {
      trigger = emitAfter(run, group.owner, trigger, "MapRunSucceeded", run.details());
      MapHandler.recordMapRun(run, group, "SUCCEEDED");
    }
    emitAfter(
        run,
        owner,
        trigger,
        (group.isMap() ? "Map" : "Parallel") + "StateSucceeded",
        run.details());
    owner.lastEventId = trigger;
    Object result =
        group.writtenResult != null
            ? group.writtenResult
            : new ArrayList<>(Arrays.asList(group.results));
    PayloadTemplate resultSelector;
    ResultPath resultPath;
    String next;
    PayloadTemplate assign;
    if (group.state instanceof MapState m) {
      resultSelector = m.resultSelector();
      resultPath = m.resultPath();
      next = m.next();
      assign = m.assign();
    } else {
      ParallelState p = (ParallelState) group.state;
      resultSelector = p.resultSelector();
      resultPath = p.resultPath();
      next = p.next();
      assign = p.assign();
    }
    try {
      if (owner.state.jsonata() != null) {
        JsonataFields j = owner.state.jsonata();
        Map<String, Object> states =
            JsonataMode.with(JsonataMode.states(run, owner, owner.rawInput), "result", result);
        Map<String, Object> assigned = JsonataMode.assign(run, owner, j.assign(), states);
        Object output = JsonataMode.output(run, owner, j.output(), states, result);
        run.exit(owner, output, next, assigned);
        return;
      }
      if (resultSelector != null) {
        result = resultSelector.evaluate(run.scope(owner, result), run.entropy);
      }
      Map<String, Object> assigned = run.assignments(owner, assign, result);
      Object output = resultPath.apply(owner.rawInput, result);
      output = owner.state.outputPath().apply(output, run.scope(owner, output));
      run.exit(owner, output, next, assigned);
    } catch (StatesFailure f) {
      run.failEvaluation(owner, f);
    }
  }
}
