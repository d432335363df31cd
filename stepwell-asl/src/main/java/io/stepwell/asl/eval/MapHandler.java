package io.stepwell.asl.eval;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.model.JsonataFields;
import io.stepwell.asl.model.MapState;
import io.stepwell.asl.model.PayloadTemplate;
import io.stepwell.asl.path.DataScope;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import java.util.List;
import java.util.Map;

/**
 * Map: the items (from the input, a path, JSONata, or an ItemReader), the concurrency and the
 * tolerated failures, and one iteration per item; the children themselves are {@link
 * GroupHandler}'s.
 */
final class MapHandler {
  private MapHandler() {}

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
      GroupHandler.complete(run, group, started);
      return;
    }
    startIterations(run, group);
  }

  static void recordMapRun(Run run, Group group, String status) {
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

  static void startIterations(Run run, Group group) {
    MapState state = (MapState) group.state;
    Frame owner = group.owner;
    while (!group.closed
        && (!group.redrives.isEmpty() || group.started < group.size())
        && group.running.size() < group.maxConcurrency) {
      // iterations a redrive runs again come first
      Integer again = group.redrives.poll();
      int index = again != null ? again : group.started++;
      Object item = group.items.get(index);
      long iterationStarted =
          state.distributed()
              ? group.trigger
              : GroupHandler.emitAfter(
                  run,
                  group.owner,
                  group.trigger,
                  "MapIterationStarted",
                  run.details("index", index, "name", state.name()));
      Frame resumed = again == null ? null : group.frames[index];
      if (resumed != null) {
        group.running.add(resumed);
        Redrive.resume(run, resumed, iterationStarted);
        continue;
      }
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
              GroupHandler.defined(
                  JsonataMode.evaluate(
                      run, owner, state.jsonata().itemSelector(), "ItemSelector", states));
        } catch (StatesFailure f) {
          GroupHandler.failGroup(
              run, group, f.error(), Run.evaluationCause(owner, f), iterationStarted);
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
          GroupHandler.failGroup(
              run, group, f.error(), Run.evaluationCause(owner, f), iterationStarted);
          return;
        }
      }
      GroupHandler.startChild(run, group, index, state.processor(), input, iterationStarted);
    }
  }
}
