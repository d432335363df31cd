package io.stepwell.asl.eval;

import io.stepwell.asl.distributed.ChildExecution;
import io.stepwell.asl.error.ErrorName;
import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.jsonata.JsonataTemplate;
import io.stepwell.asl.model.JsonataFields;
import io.stepwell.asl.model.MapState;
import io.stepwell.asl.model.ParallelState;
import io.stepwell.asl.model.PayloadTemplate;
import io.stepwell.asl.model.ResultPath;
import io.stepwell.asl.model.StateMachine;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
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

  static void executeMap(Run run, Frame frame, MapState state) {
    if (state.jsonata() != null) {
      executeJsonataMap(run, frame, state, state.jsonata());
      return;
    }
    Object raw = frame.rawInput;
    Object effective = state.inputPath().apply(raw, run.scope(frame, raw));
    DataScope scope = run.scope(frame, effective);
    if (state.distributedConfig().reader() != null) {
      // With an ItemReader, the items come from the bucket store and ItemsPath is ignored.
      DistributedMap.readItems(run, frame, state, effective);
      return;
    }
    Object items = effective;
    if (state.itemsPath() != null) {
      items = state.itemsPath().read(scope);
      if (items == Missing.VALUE) {
        throw StatesFailure.runtime(
            "Invalid path '"
                + state.itemsPath().text()
                + "' : "
                + state.itemsPath().notFoundMessage(effective));
      }
    }
    if (!(items instanceof List<?> list)) {
      throw StatesFailure.runtime("Map state input must be an array but was: " + Json.write(items));
    }
    continueMap(run, frame, state, effective, Json.asArray(list));
  }

  /** The items are known: batch them, evaluate the concurrency and tolerance, and start. */
  static void continueMap(
      Run run, Frame frame, MapState state, Object effective, List<Object> items) {
    List<Object> itemList = DistributedMap.batch(run, frame, state, effective, items);
    if (state.jsonata() != null) {
      continueJsonataMap(run, frame, state, state.jsonata(), itemList);
      return;
    }
    DataScope scope = run.scope(frame, effective);
    int maxConcurrency = state.maxConcurrency();
    if (state.maxConcurrencyPath() != null) {
      maxConcurrency = (int) integer(state.maxConcurrencyPath(), "MaxConcurrencyPath", scope);
    }
    long started = run.emit(frame, "MapStateStarted", run.details("length", itemList.size()));
    Long toleratedCount = state.toleratedFailureCount();
    if (state.toleratedFailureCountPath() != null) {
      toleratedCount =
          integer(state.toleratedFailureCountPath(), "ToleratedFailureCountPath", scope);
    }
    Double toleratedPercentage = state.toleratedFailurePercentage();
    if (state.toleratedFailurePercentagePath() != null) {
      Object v = state.toleratedFailurePercentagePath().read(scope);
      if (v instanceof String text) {
        try {
          v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      if (!(v instanceof Number n)) {
        throw StatesFailure.runtime(
            "The ToleratedFailurePercentagePath field refers to value \""
                + (v == Missing.VALUE ? "" : Json.write(v))
                + "\" which is not a valid number: "
                + state.toleratedFailurePercentagePath().text());
      }
      toleratedPercentage = n.doubleValue();
    }
    startMap(
        run,
        frame,
        state,
        effective,
        itemList,
        maxConcurrency,
        toleratedCount,
        toleratedPercentage,
        started);
  }

  private static void executeJsonataMap(Run run, Frame frame, MapState state, JsonataFields j) {
    Object raw = frame.rawInput;
    if (state.distributedConfig().reader() != null) {
      DistributedMap.readItems(run, frame, state, raw);
      return;
    }
    Map<String, Object> states = JsonataMode.states(run, frame, raw);
    Object items = raw;
    if (j.items() != null) {
      items = JsonataMode.evaluate(run, frame, j.items(), "Items", states);
      if (!(items instanceof List<?>)) {
        throw JsonataMode.unexpectedType(j.items(), "Items", "array", items);
      }
    } else if (!(items instanceof List<?>)) {
      throw new StatesFailure(
          StatesError.QUERY_EVALUATION_ERROR,
          "Map state input must be an array but was: " + Json.write(items));
    }
    continueMap(run, frame, state, raw, Json.asArray(items));
  }

  private static void continueJsonataMap(
      Run run, Frame frame, MapState state, JsonataFields j, List<Object> itemList) {
    Object raw = frame.rawInput;
    Map<String, Object> states = JsonataMode.states(run, frame, raw);
    int maxConcurrency = state.maxConcurrency();
    if (j.maxConcurrency() != null) {
      maxConcurrency =
          (int) JsonataMode.integer(run, frame, j.maxConcurrency(), "MaxConcurrency", states);
    }
    long started = run.emit(frame, "MapStateStarted", run.details("length", itemList.size()));
    Long toleratedCount = state.toleratedFailureCount();
    if (j.toleratedFailureCount() != null) {
      toleratedCount =
          JsonataMode.integer(
              run, frame, j.toleratedFailureCount(), "ToleratedFailureCount", states);
    }
    Double toleratedPercentage = state.toleratedFailurePercentage();
    if (j.toleratedFailurePercentage() != null) {
      Object v =
          JsonataMode.evaluate(
              run, frame, j.toleratedFailurePercentage(), "ToleratedFailurePercentage", states);
      if (!(v instanceof Number n)) {
        throw new StatesFailure(
            StatesError.QUERY_EVALUATION_ERROR,
            "The JSONata expression specified for the field 'ToleratedFailurePercentage' returned"
                + " an unexpected result type. Expected 'number'");
      }
      toleratedPercentage = n.doubleValue();
    }
    startMap(
        run,
        frame,
        state,
        raw,
        itemList,
        maxConcurrency,
        toleratedCount,
        toleratedPercentage,
        started);
  }

  private static void startMap(
      Run run,
      Frame frame,
      MapState state,
      Object effective,
      List<Object> itemList,
      int maxConcurrency,
      Long toleratedCount,
      Double toleratedPercentage,
      long started) {
    if (toleratedCount != null && toleratedCount < 0) {
      throw StatesFailure.runtime("ToleratedFailureCount cannot be negative.");
    }
    if (toleratedPercentage != null && (toleratedPercentage < 0 || toleratedPercentage > 100)) {
      throw StatesFailure.runtime("ToleratedFailurePercentage must be between 0 and 100.");
    }
    String runArn = null;
    if (state.distributed()) {
      runArn = mapRunArn(run, state);
      started = run.emit(frame, "MapRunStarted", run.details("mapRunArn", runArn));
    }
    Group group =
        new Group(
            frame, state, itemList, maxConcurrency, toleratedPercentage, toleratedCount, effective);
    group.trigger = started;
    group.mapRunArn = runArn;
    if (frame.pendingItemSource != null) {
      group.itemSource = frame.pendingItemSource;
      frame.pendingItemSource = null;
    }
    frame.children = group;
    recordMapRun(run, group, "RUNNING");
    if (itemList.isEmpty()) {
      complete(run, group, started);
      return;
    }
    startIterations(run, group);
  }

  private static void recordMapRun(Run run, Group group, String status) {
    if (group.mapRunArn != null && !group.owner.silent) {
      MapRun before = run.execution.mapRuns.get(group.mapRunArn);
      run.execution.mapRuns.put(
          group.mapRunArn,
          MapRun.of(
              group,
              String.valueOf(run.execution.info.executionArn()),
              status,
              before == null ? run.now : before.startDate(),
              run.now));
    }
  }

  private static Object defined(Object value) {
    return JsonataTemplate.isUndefined(value) ? null : value;
  }

  private static String mapRunArn(Run run, MapState state) {
    ExecutionInfo info = run.execution.info;
    String smArn = String.valueOf(info.stateMachineArn());
    String prefix = smArn.replace(":stateMachine:", ":mapRun:");
    String label = state.label() != null ? state.label() : state.name();
    return prefix + "/" + label + ":" + run.entropy.uuid();
  }

  private static long integer(JsonPathExpr path, String field, DataScope scope) {
    Object v = path.read(scope);
    if (v instanceof Number n && Json.isIntegral(n)) {
      return n.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        // reported below, as AWS words it
      }
    }
    throw StatesFailure.runtime(
        "The "
            + field
            + " field refers to value \""
            + (v == Missing.VALUE ? "" : v instanceof String s ? s : Json.write(v))
            + "\" which is not a valid integer: "
            + path.text());
  }

  private static void startIterations(Run run, Group group) {
    MapState state = (MapState) group.state;
    Frame owner = group.owner;
    while (!group.closed
        && group.started < group.size()
        && group.running.size() < group.maxConcurrency) {
      int index = group.started++;
      Object item = group.items.get(index);
      long iterationStarted =
          state.distributed()
              ? group.trigger
              : emitAfter(
                  run,
                  group.owner,
                  group.trigger,
                  "MapIterationStarted",
                  run.details("index", index, "name", state.name()));
      Object input = item;
      PayloadTemplate selector = state.itemSelector();
      if (state.jsonata() != null && state.jsonata().itemSelector() != null) {
        try {
          Map<String, Object> states = new java.util.HashMap<>();
          states.put("input", group.effectiveInput);
          states.put(
              "context",
              FrameScope.forItem(run, owner, group.effectiveInput, index, item, group.itemSource)
                  .context());
          input =
              defined(
                  JsonataMode.evaluate(
                      run, owner, state.jsonata().itemSelector(), "ItemSelector", states));
        } catch (StatesFailure f) {
          failGroup(run, group, f.error(), Run.evaluationCause(owner, f), iterationStarted);
          return;
        }
      } else if (selector != null) {
        try {
          input =
              selector.evaluate(
                  FrameScope.forItem(
                      run, owner, group.effectiveInput, index, item, group.itemSource),
                  run.entropy);
        } catch (StatesFailure f) {
          failGroup(run, group, f.error(), Run.evaluationCause(owner, f), iterationStarted);
          return;
        }
      }
      startChild(run, group, index, state.processor(), input, iterationStarted);
    }
  }

  private static void startChild(
      Run run, Group group, int index, StateMachine program, Object input, long previousEvent) {
    Frame child = new Frame(program, group, index, Missing.VALUE);
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
  private static long emitAfter(
      Run run, Frame owner, long previousEventId, String type, Map<String, Object> details) {
    return owner.silent ? previousEventId : run.emitAfter(previousEventId, type, details);
  }

  private static boolean isDistributed(Group group) {
    return group.state instanceof MapState m && m.distributed();
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
      startIterations(run, group);
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
          startIterations(run, group);
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

  private static void failGroup(
      Run run, Group group, ErrorName error, String cause, long previousEvent) {
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
    owner.lastEventId = previousEvent;
    if (isDistributed(group)) {
      run.emit(owner, "MapRunFailed", run.details());
      recordMapRun(run, group, "FAILED");
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
      recordMapRun(run, group, "SUCCEEDED");
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
