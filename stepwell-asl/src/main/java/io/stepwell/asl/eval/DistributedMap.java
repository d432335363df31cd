package io.stepwell.asl.eval;

import io.stepwell.asl.distributed.ChildExecution;
import io.stepwell.asl.distributed.ItemBatcher;
import io.stepwell.asl.distributed.ItemBatcherSpec;
import io.stepwell.asl.distributed.ItemParser;
import io.stepwell.asl.distributed.ListedObject;
import io.stepwell.asl.distributed.MaxItems;
import io.stepwell.asl.distributed.ReaderConfig;
import io.stepwell.asl.distributed.ReaderResource;
import io.stepwell.asl.distributed.ResultDestination;
import io.stepwell.asl.distributed.ResultExport;
import io.stepwell.asl.distributed.ResultManifest;
import io.stepwell.asl.distributed.ResultWriterSpec;
import io.stepwell.asl.error.ErrorName;
import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import io.stepwell.asl.jsonata.JsonataTemplate;
import io.stepwell.asl.model.DistributedConfig;
import io.stepwell.asl.model.MapState;
import io.stepwell.asl.path.JsonPathExpr;
import io.stepwell.asl.path.Missing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a Distributed Map adds to a Map: items read from the bucket store ({@code ItemReader}),
 * grouped into batches ({@code ItemBatcher}), and results written back ({@code ResultWriter}).
 * Reading and writing are commands the driver carries out; parsing is {@code
 * io.stepwell.asl.distributed}'s.
 */
final class DistributedMap {
  private DistributedMap() {}

  /**
   * Asks the driver for the reader's object (or listing); the Map goes on in {@link #itemsRead}.
   */
  static void readItems(Run run, Frame frame, MapState state, Object effective) {
    DistributedConfig config = state.distributedConfig();
    Object parameters =
        resolve(
            run,
            frame,
            effective,
            config.readerParameters(),
            config.readerArguments(),
            "ItemReader");
    ReaderConfig readerConfig = config.reader().readerConfig();
    int maxItems = MaxItems.of(readerConfig);
    if (readerConfig.maxItemsPath() != null) {
      Object value =
          JsonPathExpr.compile(readerConfig.maxItemsPath()).read(run.scope(frame, effective));
      maxItems =
          MaxItems.fromValue(value == Missing.VALUE ? null : value, readerConfig.maxItemsPath());
    } else if (readerConfig.maxItems() instanceof String expression && state.jsonata() != null) {
      Object value =
          JsonataMode.evaluate(
              run,
              frame,
              JsonataTemplate.compile(expression),
              "MaxItems",
              JsonataMode.states(run, frame, effective));
      maxItems = MaxItems.fromValue(value, null);
    }
    Map<String, Object> p = parameters instanceof Map<?, ?> m ? Json.asObject(m) : Map.of();
    String bucket = string(p.get("Bucket"));
    long requestId = ++run.execution.lastStorageRequestId;
    run.execution.storage.put(requestId, frame);
    frame.pendingMapInput = effective;
    frame.pendingMaxItems = maxItems;
    if (config.reader().resource() == ReaderResource.LIST_OBJECTS_V2) {
      String prefix = string(p.get("Prefix"));
      frame.pendingItemSource = "s3://" + bucket + "/" + (prefix == null ? "" : prefix);
      run.commands.add(new Command.ListObjects(requestId, bucket, prefix));
    } else {
      String key = string(p.get("Key"));
      frame.pendingItemSource = "s3://" + bucket + "/" + key;
      run.commands.add(new Command.ReadObject(requestId, bucket, key));
    }
  }

  /** The driver answered a read: parse the items and start the Map Run. */
  static void itemsRead(Run run, Frame frame, byte[] content, List<ListedObject> listing) {
    MapState state = (MapState) frame.state;
    Object effective = frame.pendingMapInput;
    frame.pendingMapInput = null;
    try {
      ReaderConfig readerConfig = state.distributedConfig().reader().readerConfig();
      List<Object> items =
          listing != null
              ? ItemParser.listing(listing, frame.pendingMaxItems)
              : ItemParser.items(readerConfig, content, frame.pendingMaxItems);
      MapHandler.continueMap(run, frame, state, effective, items);
    } catch (StatesFailure f) {
      run.failEvaluation(frame, f);
    } catch (IllegalArgumentException e) {
      run.fail(frame, StatesError.ITEM_READER_FAILED, e.getMessage());
    }
  }

  /** A read or a write failed in the bucket store. */
  static void storageFailed(Run run, Frame frame, String error, String cause) {
    frame.pendingMapInput = null;
    if (frame.children != null) {
      frame.children = null;
    }
    run.fail(frame, ErrorName.of(error), cause);
  }

  /** Groups the items into batches when the Map has an {@code ItemBatcher}. */
  static List<Object> batch(
      Run run, Frame frame, MapState state, Object effective, List<Object> items) {
    DistributedConfig config = state.distributedConfig();
    ItemBatcherSpec batcher = config.batcher();
    if (batcher == null) {
      return items;
    }
    int maxItems =
        limit(
            run,
            frame,
            effective,
            "MaxItemsPerBatch",
            batcher.maxItemsPerBatch(),
            batcher.maxItemsPerBatchPath());
    int maxBytes =
        limit(
            run,
            frame,
            effective,
            "MaxInputBytesPerBatch",
            batcher.maxInputBytesPerBatch(),
            batcher.maxInputBytesPerBatchPath());
    Object batchInput = null;
    if (batcher.batchInput() != null) {
      batchInput =
          resolve(
              run, frame, effective, config.batchInput(), config.batchInputJsonata(), "BatchInput");
    }
    return new ArrayList<>(ItemBatcher.batch(items, batchInput, maxItems, maxBytes));
  }

  private static int limit(
      Run run, Frame frame, Object effective, String field, Object value, String path) {
    if (path != null) {
      Object read = JsonPathExpr.compile(path).read(run.scope(frame, effective));
      return ItemBatcher.limit(field, read == Missing.VALUE ? null : read, path);
    }
    if (value == null) {
      return 0;
    }
    if (value instanceof String expression) {
      Object evaluated =
          JsonataMode.evaluate(
              run,
              frame,
              JsonataTemplate.compile(expression),
              field,
              JsonataMode.states(run, frame, effective));
      return ItemBatcher.limit(field, evaluated, null);
    }
    return ItemBatcher.limit(field, value, null);
  }

  /**
   * Writes the Map Run's results when the writer exports to the bucket store, and returns true: the
   * state goes on in {@link #resultsWritten}. Without an export, sets the state's result and
   * returns false.
   */
  static boolean writeResults(Run run, Group group, long trigger) {
    MapState state = (MapState) group.state;
    DistributedConfig config = state.distributedConfig();
    ResultWriterSpec writer = config.writer();
    List<ChildExecution> children = children(run, group);
    if (!writer.exportsToS3()) {
      group.writtenResult = ResultManifest.stateOutput(writer, children);
      return false;
    }
    Frame owner = group.owner;
    Object parameters =
        resolve(
            run,
            owner,
            owner.rawInput,
            config.writerParameters(),
            config.writerArguments(),
            "ResultWriter");
    ResultExport export =
        ResultManifest.export(writer, ResultDestination.of(parameters), group.mapRunArn, children);
    long requestId = ++run.execution.lastStorageRequestId;
    run.execution.storage.put(requestId, owner);
    group.writtenResult = export.stateResult();
    group.writeTrigger = trigger;
    owner.children = group;
    run.commands.add(new Command.WriteObjects(requestId, export.objects()));
    return true;
  }

  /** The driver wrote the result files: the Map state completes. */
  static void resultsWritten(Run run, Frame owner) {
    Group group = owner.children;
    if (group == null) {
      return;
    }
    GroupHandler.complete(run, group, group.writeTrigger);
  }

  private static List<ChildExecution> children(Run run, Group group) {
    String parent = String.valueOf(run.execution.info.stateMachineArn());
    MapState state = (MapState) group.state;
    String label = state.label() != null ? state.label() : state.name();
    String childMachine = parent + "/" + label;
    String executionPrefix = childMachine.replace(":stateMachine:", ":execution:");
    List<ChildExecution> out = new ArrayList<>(group.size());
    for (int i = 0; i < group.size(); i++) {
      ChildExecution.Status status =
          group.statuses[i] == null ? ChildExecution.Status.PENDING : group.statuses[i];
      String name = group.startDates[i] == null ? null : run.entropy.uuid();
      out.add(
          new ChildExecution(
              status,
              name == null ? null : executionPrefix + ":" + name,
              name,
              childMachine,
              group.inputs[i],
              status == ChildExecution.Status.SUCCEEDED ? group.results[i] : null,
              group.errors[i],
              group.causes[i],
              group.startDates[i],
              group.stopDates[i]));
    }
    return out;
  }

  private static Object resolve(
      Run run,
      Frame frame,
      Object input,
      io.stepwell.asl.model.PayloadTemplate parameters,
      JsonataTemplate arguments,
      String field) {
    if (arguments != null) {
      return JsonataMode.evaluate(
          run, frame, arguments, field + "/Arguments", JsonataMode.states(run, frame, input));
    }
    if (parameters != null) {
      return parameters.evaluate(run.scope(frame, input), run.entropy);
    }
    return Map.of();
  }

  private static String string(Object value) {
    return value instanceof String s ? s : null;
  }
}
